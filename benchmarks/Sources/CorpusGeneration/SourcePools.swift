import Verbatim

/// What a sentence of the source corpus is, for recombining: a direct
/// quotation, reported (indirect) speech, or narrative.
public enum SentenceKind: Int, Sendable, CaseIterable {
    /// Holds a quotation mark.
    case quote
    /// Holds a cue verb (`said`, `told`, `denied`) but no quotation mark.
    case indirect
    /// Neither.
    case narrative
}

/// A piece of a sentence template: literal bytes, or a slot filled per article.
public enum TemplatePiece: Sendable {
    case literal([UInt8])
    /// "John Kerry": a source person's full name, replaced by the article's cast.
    case fullName(person: Int)
    /// "Kerry": a source person's surname alone.
    case surname(person: Int)
    /// "Secretary of State John Kerry": a role and full name.
    case roleAndName(person: Int)
    /// "Sunday".
    case weekday
}

/// A source sentence with its speakers, roles and weekdays cut out as slots.
public struct SentenceTemplate: Sendable {
    public var pieces: [TemplatePiece]
}

/// A speaker found in the source corpus: a two-word name next to a cue verb.
public struct SourcePerson: Sendable, Hashable {
    public var first: String
    public var last: String
}

/// The material of `corpus/`, taken apart for recombination: sentence
/// templates by kind, titles, speakers' first names and surnames, roles,
/// outlets and the earliest date.
public struct SourcePools: Sendable {
    /// Templates of each `SentenceKind`, indexed by its raw value.
    public var sentences: [[SentenceTemplate]]
    public var titles: [SentenceTemplate]
    public var people: [SourcePerson]
    public var roles: [String]
    public var outlets: [String]
    /// Earliest `date` member of the source documents, if any.
    public var earliestDate: CivilDate?

    /// Reads and takes apart every document under `folder` (text files and JSON Lines).
    /// - Throws: `GeneratorError` when the folder yields no usable sentence; `ICUError` from segmenting.
    /// - Complexity: O(*n* · *p*) in the size of the source corpus and the number of speakers found.
    public static func load(from folder: String, patterns: Patterns) throws -> SourcePools {
        let segmenter = try Segmenter(tokenize: false)
        var rawSentences: [String] = []
        var rawTitles: [String] = []
        var outlets: [String] = []
        var earliest: CivilDate?
        for item in CorpusReader(inputs: [folder]) {
            // Markdown files in a corpus folder describe it; they are not articles.
            guard let document = item.document, !document.origin.path.hasSuffix(".md") else { continue }
            if case .string(let title)? = document.metadata("title") { rawTitles.append(title) }
            if case .string(let outlet)? = document.metadata("outlet"), !outlets.contains(outlet) { outlets.append(outlet) }
            if case .string(let text)? = document.metadata("date"), let date = CivilDate(text) {
                if earliest == nil || date.daysSinceEpoch < earliest!.daysSinceEpoch { earliest = date }
            }
            let text = SourceText(document.text)
            let segmentation = try segmenter.segment(text)
            for (index, paragraph) in segmentation.paragraphs.enumerated() {
                let paragraphText = text.string(paragraph.span)
                // A text file's first paragraph without closing punctuation is its headline.
                if index == 0 && document.metadata("title") == nil && !endsLikeSentence(paragraphText) {
                    rawTitles.append(paragraphText)
                }
            }
            // Sentences inside one quotation stay together, so that every unit has balanced quotation marks.
            var pending: String?
            var pendingParagraph = -1
            for sentence in segmentation.sentences {
                let sentenceText = text.string(sentence.span)
                if let open = pending, pendingParagraph == sentence.paragraph {
                    pending = open + " " + sentenceText
                } else {
                    pending = sentenceText
                }
                pendingParagraph = sentence.paragraph
                if let unit = pending, hasBalancedQuotes(unit) {
                    if isUsableSentence(unit) { rawSentences.append(unit) }
                    pending = nil
                }
            }
        }
        guard !rawSentences.isEmpty else { throw GeneratorError("no usable sentence under \(folder)") }
        let cueVerbs = Set(patterns.cueVerbs)
        let people = findPeople(in: rawSentences, cueVerbs: cueVerbs)
        guard !people.isEmpty else { throw GeneratorError("no speaker found next to a cue verb under \(folder)") }
        let builder = TemplateBuilder(people: people, weekdays: Set(patterns.weekdays), cueVerbs: cueVerbs)
        var sentences = Array(repeating: [SentenceTemplate](), count: SentenceKind.allCases.count)
        var roles: [String] = []
        for raw in rawSentences {
            let (template, foundRoles) = builder.template(for: raw)
            for role in foundRoles where !roles.contains(role) { roles.append(role) }
            sentences[kind(of: raw, cueVerbs: cueVerbs).rawValue].append(template)
        }
        if roles.isEmpty { throw GeneratorError("no speaker role found under \(folder)") }
        return SourcePools(
            sentences: sentences, titles: rawTitles.map { builder.template(for: $0).template }, people: people,
            roles: roles, outlets: outlets.isEmpty ? ["Verbatim Wire"] : outlets, earliestDate: earliest)
    }

    static func kind(of sentence: String, cueVerbs: Set<String>) -> SentenceKind {
        if sentence.unicodeScalars.contains(where: { quotationMarks.contains($0) }) { return .quote }
        if words(of: sentence).contains(where: { cueVerbs.contains(stripped($0).lowercased()) }) { return .indirect }
        return .narrative
    }

    /// The double quotation marks of news text: straight, and curly open and close.
    static let quotationMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]
    /// Punctuation trimmed from the ends of a word before it is compared.
    static let edgePunctuation: Set<Character> = [
        ",", ".", ";", ":", "!", "?", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "(", ")", "\u{2026}",
    ]
    /// Closing characters of a complete sentence.
    static let sentenceEndings: Set<Character> = [".", "!", "?", "\"", "\u{201D}", "\u{2019}", "\u{2026}"]
    /// Fewer words than this is a caption or page furniture ("Follow Us"), not news prose.
    static let minimumWords = 5

    /// As many closing as opening curly quotation marks, and an even number of straight ones.
    static func hasBalancedQuotes(_ text: String) -> Bool {
        var opening = 0
        var closing = 0
        var straight = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{201C}": opening += 1
            case "\u{201D}": closing += 1
            case "\"": straight += 1
            default: break
            }
        }
        return opening == closing && straight % 2 == 0
    }

    static func endsLikeSentence(_ text: String) -> Bool {
        text.last.map { sentenceEndings.contains($0) } ?? false
    }

    static func isUsableSentence(_ text: String) -> Bool {
        endsLikeSentence(text) && words(of: text).count >= minimumWords
    }

    static func words(of text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    }

    static func stripped(_ word: Substring) -> Substring {
        var word = word
        while let first = word.first, edgePunctuation.contains(first) { word = word.dropFirst() }
        while let last = word.last, edgePunctuation.contains(last) { word = word.dropLast() }
        return word
    }

    /// "Kerry", "Al-Assad": an upper-case letter then at least one lower-case letter.
    static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return word.unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase })
            && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
    }

    /// Words the name finder takes for a first name but that only open a sentence.
    static let sentenceOpeners: Set<Substring> = ["The", "He", "She", "It", "We", "They", "This", "That", "In", "On"]

    /// Two-word names ("Sergei Lavrov") right before or after a cue verb, in
    /// the order first found.
    static func findPeople(in sentences: [String], cueVerbs: Set<String>) -> [SourcePerson] {
        var people: [SourcePerson] = []
        func consider(_ first: Substring, _ last: Substring) {
            guard isNameWord(first), isNameWord(last), !sentenceOpeners.contains(first) else { return }
            let person = SourcePerson(first: String(first), last: String(last))
            if !people.contains(person) { people.append(person) }
        }
        for sentence in sentences {
            let words = words(of: sentence)
            for (index, word) in words.enumerated() where cueVerbs.contains(stripped(word).lowercased()) {
                // "Sergei Lavrov rejected": both words bare (no comma inside the name).
                if index >= 2, stripped(words[index - 2]) == words[index - 2] {
                    consider(words[index - 2], stripped(words[index - 1]))
                }
                // "said Muhammad Mardoud.", but not "accused Syrian President Bashar al-Assad": the name must end there.
                if index + 2 < words.count, stripped(words[index + 1]) == words[index + 1],
                    stripped(words[index + 2]) != words[index + 2] || index + 3 == words.count
                        || !isNameWord(stripped(words[index + 3]))
                {
                    consider(words[index + 1], stripped(words[index + 2]))
                }
            }
        }
        return people
    }
}

/// Cuts speakers, roles and weekdays out of sentences.
struct TemplateBuilder {
    let people: [SourcePerson]
    let weekdays: Set<String>
    let cueVerbs: Set<String>
    /// At most this many words before a name are read as its role ("Russian Foreign Minister").
    static let maximumRoleWords = 4
    /// Lower-case words that end a role going backwards: "said on Sunday that Secretary of State ...".
    static let roleStops: Set<Substring> = ["the", "a", "an", "that", "and", "but", "by", "with", "to", "on", "in", "at", "for"]

    func template(for sentence: String) -> (template: SentenceTemplate, roles: [String]) {
        let words = SourcePools.words(of: sentence)
        var slots: [(range: Range<String.Index>, piece: TemplatePiece)] = []
        var roles: [String] = []
        var index = 0
        while index < words.count {
            let word = SourcePools.stripped(words[index])
            if index + 1 < words.count, words[index] == word,
                let person = people.firstIndex(where: {
                    $0.first == word && $0.last == SourcePools.stripped(words[index + 1])
                })
            {
                let nameEnd = SourcePools.stripped(words[index + 1]).endIndex
                // The words before a name are its role ("Secretary of State", "media activist") only
                // when they run back to the start of the sentence or of a clause.
                var roleStart = index
                var roleIsWhole = false
                while index - roleStart <= Self.maximumRoleWords {
                    if roleStart == 0 {
                        roleIsWhole = true
                        break
                    }
                    let previous = words[roleStart - 1]
                    if SourcePools.stripped(previous) != previous {
                        roleIsWhole = !previous.hasPrefix("\u{201C}") && !previous.hasPrefix("\"")
                        break
                    }
                    if Self.roleStops.contains(previous) || cueVerbs.contains(previous.lowercased())
                        || people.contains(where: { $0.last == previous })
                    {
                        break
                    }
                    roleStart -= 1
                }
                if roleIsWhole && roleStart < index {
                    roles.append(String(sentence[words[roleStart].startIndex..<words[index - 1].endIndex]))
                    slots.append((words[roleStart].startIndex..<nameEnd, .roleAndName(person: person)))
                } else {
                    slots.append((word.startIndex..<nameEnd, .fullName(person: person)))
                }
                index += 2
                continue
            }
            if let person = people.firstIndex(where: { $0.last == word }) {
                slots.append((word.startIndex..<word.endIndex, .surname(person: person)))
            } else if weekdays.contains(String(word)) {
                slots.append((word.startIndex..<word.endIndex, .weekday))
            }
            index += 1
        }
        var pieces: [TemplatePiece] = []
        var cursor = sentence.startIndex
        for slot in slots {
            if cursor < slot.range.lowerBound { pieces.append(.literal(Array(sentence[cursor..<slot.range.lowerBound].utf8))) }
            pieces.append(slot.piece)
            cursor = slot.range.upperBound
        }
        if cursor < sentence.endIndex { pieces.append(.literal(Array(sentence[cursor...].utf8))) }
        return (SentenceTemplate(pieces: pieces), roles)
    }
}
