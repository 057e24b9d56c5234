import Verbatim

/// One generated news article.
public struct GeneratedArticle: Sendable {
    public var id: String
    public var date: String
    public var outlet: String
    public var title: String
    /// Paragraphs separated by blank lines, as UTF-8.
    public var text: [UInt8]
}

/// Builds new articles from the source pools: each article gets its own cast
/// (every source speaker is given a new first name, surname and role), a date,
/// an outlet, and paragraphs drawn from the sentence pools in proportion to
/// their sizes, without repeating a sentence until its pool runs out.
///
/// The same seed gives the same articles in the same order, on any machine.
public struct ArticleComposer: Sendable {
    public let pools: SourcePools
    public let patterns: Patterns
    public let seed: UInt64
    private var random: SplitMix64
    private var produced = 0
    private let firstDate: CivilDate

    /// Paragraphs per article: news wire copy runs from a short brief to a long report.
    static let paragraphsPerArticle = 4...14
    /// Sentences per paragraph, as in the source corpus.
    static let sentencesPerParagraph = 1...3

    public init(pools: SourcePools, patterns: Patterns, seed: UInt64) {
        self.pools = pools
        self.patterns = patterns
        self.seed = seed
        random = SplitMix64(seed: seed)
        firstDate = pools.earliestDate ?? CivilDate(patterns.firstDate) ?? CivilDate(daysSinceEpoch: 0)
    }

    /// Who plays each source speaker in one article.
    private struct Cast {
        var names: [(first: [UInt8], last: [UInt8])]
        var roles: [[UInt8]]
    }

    /// The next article.
    /// - Complexity: O(*s*) in the article's length plus the size of the pools.
    public mutating func next() -> GeneratedArticle {
        let index = produced
        produced += 1
        let cast = drawCast()
        var text: [UInt8] = []
        text.reserveCapacity(4096)
        var orders = pools.sentences.map { random.permutation($0.count) }
        var cursors = Array(repeating: 0, count: orders.count)
        let weights = pools.sentences.map(\.count)
        let totalWeight = weights.reduce(0, +)
        let paragraphs = random.within(Self.paragraphsPerArticle)
        for paragraph in 0..<paragraphs {
            // The lead paragraph is never a bare quotation.
            var kind = pickKind(weights: weights, total: totalWeight)
            if paragraph == 0 && kind == SentenceKind.quote.rawValue && weights[SentenceKind.narrative.rawValue] > 0 {
                kind = SentenceKind.narrative.rawValue
            }
            if paragraph > 0 { text.append(contentsOf: [0x0A, 0x0A]) }
            let sentences = random.within(Self.sentencesPerParagraph)
            for sentence in 0..<sentences {
                if cursors[kind] == orders[kind].count {
                    orders[kind] = random.permutation(orders[kind].count)
                    cursors[kind] = 0
                }
                let template = pools.sentences[kind][orders[kind][cursors[kind]]]
                cursors[kind] += 1
                if sentence > 0 { text.append(0x20) }
                render(template, cast: cast, into: &text)
            }
        }
        var title: [UInt8] = []
        if !pools.titles.isEmpty { render(random.pick(pools.titles), cast: cast, into: &title) }
        let date = CivilDate(daysSinceEpoch: firstDate.daysSinceEpoch + random.below(max(1, patterns.dateSpanDays)))
        let outlet = random.pick(pools.outlets) + random.pick(patterns.outletEditions)
        return GeneratedArticle(
            id: "gen-\(seed)-\(Self.padded(index))", date: date.description, outlet: outlet,
            title: String(decoding: title, as: UTF8.self), text: text)
    }

    private static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    private mutating func pickKind(weights: [Int], total: Int) -> Int {
        var draw = random.below(total)
        for (kind, weight) in weights.enumerated() {
            if draw < weight { return kind }
            draw -= weight
        }
        return weights.count - 1
    }

    /// Every source speaker gets a distinct surname (a permutation of the
    /// source surnames), any source first name, and any source role.
    private mutating func drawCast() -> Cast {
        let people = pools.people
        let surnameOrder = random.permutation(people.count)
        var names: [(first: [UInt8], last: [UInt8])] = []
        var roles: [[UInt8]] = []
        for person in 0..<people.count {
            names.append((Array(random.pick(people).first.utf8), Array(people[surnameOrder[person]].last.utf8)))
            roles.append(Array(random.pick(pools.roles).utf8))
        }
        return Cast(names: names, roles: roles)
    }

    private mutating func render(_ template: SentenceTemplate, cast: Cast, into bytes: inout [UInt8]) {
        for piece in template.pieces {
            switch piece {
            case .literal(let literal):
                bytes.append(contentsOf: literal)
            case .fullName(let person):
                bytes.append(contentsOf: cast.names[person].first)
                bytes.append(0x20)
                bytes.append(contentsOf: cast.names[person].last)
            case .surname(let person):
                bytes.append(contentsOf: cast.names[person].last)
            case .roleAndName(let person):
                bytes.append(contentsOf: cast.roles[person])
                bytes.append(0x20)
                bytes.append(contentsOf: cast.names[person].first)
                bytes.append(0x20)
                bytes.append(contentsOf: cast.names[person].last)
            case .weekday:
                bytes.append(contentsOf: random.pick(patterns.weekdays).utf8)
            }
        }
    }

    /// Articles as `Document`s (id, text, and date/outlet/title metadata),
    /// until their texts reach `bytes` in total: fixtures for benchmarks.
    /// - Complexity: O(*bytes*).
    public mutating func documents(totalTextBytes bytes: Int) -> [Document] {
        var documents: [Document] = []
        var total = 0
        while total < bytes {
            let article = next()
            total += article.text.count
            documents.append(
                Document(
                    id: article.id, text: String(decoding: article.text, as: UTF8.self),
                    metadata: [("date", .string(article.date)), ("outlet", .string(article.outlet)), ("title", .string(article.title))],
                    origin: Origin(path: "generated")))
        }
        return documents
    }
}
