/// An ellipsis in brackets (`[...]`, `[…]`) marks words left out of a
/// quotation, not the end of a sentence: `"Bohr [...] used the analogy
/// [...]" (Smith 55).` is one sentence.
enum BracketedEllipsisRule {
    private static let dotted: [UInt8] = Array("[...]".utf8)
    private static let character: [UInt8] = Array("[…]".utf8)

    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        // The bracket counts as a closing mark, so look at the sentence end itself.
        let end = context.sentenceEnd
        if endsWith(dotted, at: end, context) || endsWith(character, at: end, context) { return .join }
        // `[...]”` : the ellipsis before closing quotation marks.
        var inner = end
        while inner > context.sentenceStart {
            let length = ClosingMark.length(endingAt: inner, in: context.bytes, from: context.sentenceStart)
            if length == 0 || context.bytes[inner - 1] == ASCII.rightBracket { break }
            inner -= length
        }
        if inner != end, endsWith(dotted, at: inner, context) || endsWith(character, at: inner, context) {
            return .join
        }
        return nil
    }

    private static func endsWith(_ pattern: [UInt8], at end: Int, _ context: BoundaryContext) -> Bool {
        let start = end - pattern.count
        guard start >= context.sentenceStart else { return false }
        for offset in 0..<pattern.count where context.bytes[start + offset] != pattern[offset] { return false }
        return true
    }
}
