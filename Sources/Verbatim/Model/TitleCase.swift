/// When a sentence is title-cased, as a headline is (`Trump Says He Would Deport Nikki Haley`):
/// its common words are capitalised too, so a capitalised run there need not be a name. The
/// attribution stage (speaker names) and the stance stage (targets) decide it alike.
public enum TitleCase {
    /// Share of a sentence's words that are capitalised above which it is title-cased: a title
    /// whose small words (`of`, `the`) alone stay lowercase is above it (`Planet of the Apes
    /// Returns to Theaters`: 5 of 7), while a sentence naming two people, a day and a place keeps
    /// most of its verbs and function words lowercase (`The board of Reveal Corp met Merkel on
    /// Monday`: 5 of 9).
    public static let capitalisedShare = 0.7
    /// Fewest words of a title-cased sentence: a short one may be mostly names (`The Ask Team met
    /// Merkel.`: 4 of 5), while the headlines of PolNeAR train's false targets have 7 words or more.
    public static let fewestWords = 6

    /// Whether a sentence of `words` words, `capitalised` of them capitalised, is title-cased.
    /// - Complexity: O(1).
    public static func isTitleCased(words: Int, capitalised: Int) -> Bool {
        words >= fewestWords && Double(capitalised) > capitalisedShare * Double(words)
    }
}
