/// A wire dateline or a kicker in capitals opening a sentence before a dash: `WASHINGTON (AP) — Donald
/// Trump called …`, `NEW YORK, Nov. 19 (UPI) — Former Secretary of State … Hillary Clinton is calling …`,
/// `Washington (AFP) – Democrat Hillary Clinton has taken a swipe …`, `CONGRESS HAS INVESTIGATED HIM — Oz’s …`.
/// It names a place or a section, never the sentence's subject, which starts after the dash. A name before
/// a dash (`Jason Sims — a teacher from Mount Pleasant — says`) is no dateline: a dateline is in capitals or
/// names its agency in parentheses.
enum DatelineOpener {
    /// Most tokens before the dash (`NEW YORK , Nov. 19 ( UPI )`, the longest dateline seen in PolNeAR train; not tuned).
    static let maximumTokens = 9

    /// The first token after the dateline opening `sentence`, or nil when the sentence opens with none.
    /// - Parameters:
    ///   - sentence: the sentence's token range.
    ///   - context: the document's tokens and text.
    /// - Returns: the index of the token after the dash.
    /// - Complexity: O(`maximumTokens`).
    static func end(of sentence: Range<Int>, context: AttributionContext) -> Int? {
        let tokens = context.tokens
        guard let first = sentence.first, tokens[first].kind == .word, tokens[first].isCapitalized else { return nil }
        var index = first
        var hasAgency = false
        while index < sentence.upperBound, index - first <= maximumTokens {
            let token = tokens[index]
            switch token.kind {
            case .dash:
                guard index > first, hasAgency || isInCapitals(tokens[first], context: context) else { return nil }
                return index + 1 < sentence.upperBound ? index + 1 : nil
            case .word:
                guard token.isCapitalized || context.isNumber(token) else { return nil }
            case .comma:
                break
            case .other:
                // `(AP)`, `(Reuters)`: an agency in parentheses.
                if context.document.text.bytes[token.utf8Start] == openingParenthesis { hasAgency = true }
            default:
                return nil
            }
            index += 1
        }
        return nil
    }

    static let openingParenthesis: UInt8 = 0x28

    /// True for a word whose first two letters are capitals (`WASHINGTON`, `CONGRESS`).
    static func isInCapitals(_ token: LexicalToken, context: AttributionContext) -> Bool {
        guard token.utf8End - token.utf8Start >= 2 else { return false }
        let second = context.document.text.bytes[token.utf8Start + 1]
        return second >= 0x41 && second <= 0x5A
    }
}
