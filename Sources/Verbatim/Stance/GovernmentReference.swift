/// Whom `the regime`, `the government` or `the administration` means in a document: the name that
/// qualifies that noun elsewhere in it (`the Assad regime`, `the Obama administration`), most often
/// (the later on a tie). A demonym (`the Syrian regime`) names a country, not who runs it, and is
/// passed over. The nouns come from `lexicons/government-nouns.txt`.
struct GovernmentReference {
    /// Endings of demonyms (`Syrian`, `Korean`, `Chinese`, `British`): part of the rule, not a lexicon.
    static let demonymEndings = ["ian", "ean", "ese", "ish"]

    /// Aliases to add for the document: (`regime`, `Assad`).
    /// - Parameters:
    ///   - text: the document's text.
    ///   - nouns: lowercase government nouns.
    /// - Complexity: O(*n*) in the length of the text.
    static func aliases(in text: SourceText, nouns: Set<String>) -> [(alias: String, name: String)] {
        guard !nouns.isEmpty else { return [] }
        var counts: [String: [String: (count: Int, last: Int)]] = [:]
        var previous: String?
        var position = 0
        for rawWord in text.bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            position += 1
            let word = strip(String(decoding: rawWord, as: UTF8.self))
            defer { previous = word }
            let lowered = word.lowercased()
            guard nouns.contains(lowered), let name = previous, let first = name.unicodeScalars.first,
                first.properties.isUppercase, name.count > 1,
                !demonymEndings.contains(where: { name.lowercased().hasSuffix($0) }), name.lowercased() != "the"
            else { continue }
            let entry = counts[lowered, default: [:]][name] ?? (0, 0)
            counts[lowered, default: [:]][name] = (entry.count + 1, position)
        }
        return counts.compactMap { noun, names in
            let best = names.max { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }
            return best.map { (noun, $0.key) }
        }
    }

    /// The word without surrounding punctuation and without a possessive `'s` / `’s`.
    private static func strip(_ word: String) -> String {
        var word = Substring(word)
        while let first = word.first, !first.isLetter && !first.isNumber { word = word.dropFirst() }
        while let last = word.last, !last.isLetter && !last.isNumber { word = word.dropLast() }
        if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
        return String(word)
    }
}
