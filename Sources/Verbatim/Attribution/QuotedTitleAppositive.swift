extension AttributionContext {
    /// Most words of a quoted title closing an appositive (`“Morning Joe,”`, `“Scandal,”`).
    static let maximumAppositiveTitleWords = 5

    /// `Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested`, `Washington, star of television’s “Scandal,”
    /// thanked`: an appositive that ends in a quoted title, with the comma inside the closing mark. The title is
    /// no quotation of the speaker's: it opens with a capital right after a word (`MSNBC’s “Morning`) and holds
    /// only words. Returns the comma that opens the appositive, so that the speaker is the phrase before it.
    /// - Parameters:
    ///   - close: the closing mark right before the cue.
    ///   - lower: the first token the speaker phrase may use.
    /// - Returns: the comma before the appositive, or nil when the tokens are no such appositive.
    /// - Complexity: O(*a*) in `maximumAppositiveTokens`.
    func commaOpeningTitledAppositive(closingAt close: Int, notBefore lower: Int) -> Int? {
        guard tokens[close].isQuoteMark, close - 2 >= lower, tokens[close - 1].kind == .comma else { return nil }
        var open = close - 2
        while open >= lower, tokens[open].kind == .word, close - open <= Self.maximumAppositiveTitleWords + 1 {
            open -= 1
        }
        guard open - 1 >= lower, open < close - 2, tokens[open].isQuoteMark, tokens[open + 1].isCapitalized,
            tokens[open - 1].kind == .word
        else { return nil }
        var comma = open - 1
        while comma >= lower, close - comma <= Self.maximumAppositiveTokens, tokens[comma].kind == .word { comma -= 1 }
        guard comma >= lower, tokens[comma].kind == .comma else { return nil }
        return comma
    }
}
