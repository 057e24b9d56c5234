/// Gives every person one name per document: the fullest form the document
/// writes (`Secretary of State John Kerry`, `Mr. Kerry`, `Kerry` →
/// `John Kerry`), found by the last word of the name among the document's
/// capitalised phrases; titles found with the full form go to the role.
enum CanonicalNames {
    /// - Complexity: O(*n*) in the number of tokens plus O(*q*) in the number of quotations.
    static func canonicalize(_ quotations: inout [Quotation], context: AttributionContext) {
        guard quotations.contains(where: { $0.speaker?.kind == .person }) else { return }
        let fullNames = fullNamesByLastWord(context)
        for index in quotations.indices {
            guard var speaker = quotations[index].speaker, speaker.kind == .person else { continue }
            let lastWord = speaker.name.split(separator: " ").last.map(String.init) ?? speaker.name
            let key = LexicalScanner.key(of: lastWord)
            guard let ranges = fullNames[key] else { continue }
            let fullName = context.text(ranges.name)
            guard fullName.count > speaker.name.count,
                fullName.hasSuffix(speaker.name.split(separator: " ").last.map(String.init) ?? "")
            else { continue }
            speaker.name = fullName
            if speaker.role == nil, let title = ranges.title { speaker.role = context.text(title) }
            quotations[index].speaker = speaker
        }
    }

    /// The first name of two or more words (after titles) ending in each last word, with its title
    /// (token ranges: the text is read only for the names a speaker needs).
    static func fullNamesByLastWord(_ context: AttributionContext) -> [UInt64: (name: Range<Int>, title: Range<Int>?)] {
        let tokens = context.tokens
        var names: [UInt64: (name: Range<Int>, title: Range<Int>?)] = [:]
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized else {
                index += 1
                continue
            }
            let start = index
            var end = index
            while end < tokens.count, tokens[end].kind == .word,
                tokens[end].isCapitalized
                    || (context.lexicons.nameConnectors.contains(tokens[end].key) && end + 1 < tokens.count
                        && tokens[end + 1].isCapitalized)
            {
                end += 1
            }
            index = end
            // A name starting a sentence may begin with any capitalised word (`But Kerry`): skip those.
            let sentence = context.lexical.sentenceRange(of: start)
            var nameStart = start
            while nameStart < end - 1, let title = context.lexicons.titles.longestMatch(in: tokens, at: nameStart, end: end - 1) {
                nameStart += title.keys.count
            }
            guard end - nameStart >= 2, nameStart > sentence.lowerBound || nameStart > start else { continue }
            guard !tokens[nameStart..<end].contains(where: { context.lexicons.organisationWords.contains($0.key) }) else {
                continue
            }
            let key = tokens[end - 1].key
            if names[key] == nil {
                names[key] = (nameStart..<end, nameStart > start ? start..<nameStart : nil)
            }
        }
        return names
    }
}
