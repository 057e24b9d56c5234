/// A title-cased sentence (a headline: `Trump Says He Would Deport Nikki Haley`) capitalises its
/// common words, so a capitalised run taken for a name may open with them (`Deport Nikki Haley`,
/// `Year Barack Obama`, `Endorsed Trump`): they are no part of the name.
enum HeadlineWordsBeforeName {
    /// The start of the name in `range` once the leading common lowercase words (`common-words.txt`)
    /// that a title-cased sentence capitalised are dropped; `range.lowerBound` when the sentence is not
    /// title-cased or the name opens with no such word. The last word always stays.
    /// - Parameters:
    ///   - range: token range of a capitalised name.
    ///   - context: the document's tokens and lexicons.
    /// - Returns: the token index where the name starts.
    /// - Complexity: O(1) when the first word is no common word (most names); otherwise O(*n*) in the
    ///   sentence's tokens.
    static func nameStart(in range: Range<Int>, context: AttributionContext) -> Int {
        var start = range.lowerBound
        guard range.count > 1, isCommonCapitalised(start, context) else { return start }
        guard isTitleCased(context.lexical.sentenceRange(of: start), context.tokens) else { return start }
        while start < range.upperBound - 1, isCommonCapitalised(start, context) { start += 1 }
        return start
    }

    /// Whether token `index` is a capitalised (not all-capitals: `US`, `IT` are acronyms) common word.
    /// - Complexity: O(1).
    private static func isCommonCapitalised(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, token.isCapitalized, context.lexicons.commonWords.contains(token.key) else { return false }
        let bytes = context.document.text.bytes
        let second = token.utf8Start + 1
        return !(second < token.utf8End && bytes[second] >= 0x41 && bytes[second] <= 0x5A)
    }

    /// Whether most words of a sentence are capitalised, as a headline's are (`TitleCase`).
    /// - Complexity: O(*n*) in the sentence's tokens.
    static func isTitleCased(_ sentence: Range<Int>, _ tokens: [LexicalToken]) -> Bool {
        var words = 0
        var capitalised = 0
        for index in sentence where tokens[index].kind == .word {
            words += 1
            if tokens[index].isCapitalized { capitalised += 1 }
        }
        return TitleCase.isTitleCased(words: words, capitalised: capitalised)
    }
}
