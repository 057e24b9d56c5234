import Testing

@testable import Verbatim

@Suite("verbatim compare: aggregates and intervals")
struct StanceComparisonTests {
    /// Scored quotations of `speaker`, one per score, dated by month, toward `target` when given.
    static func observations(
        _ speaker: String?, scores: [Double], target: String? = nil, outlet: String = "Reuters"
    ) -> [StanceObservation] {
        scores.enumerated().map { index, score in
            let label: StanceLabel = score > 0.05 ? .support : score < -0.05 ? .oppose : .neutral
            return StanceObservation(
                speaker: speaker, document: "\(speaker ?? "none")-\(index)",
                date: "2016-0\(index % 3 + 1)-15T10:00:00Z", outlet: outlet, quote: "quote \(index)", score: score,
                label: label,
                targets: target.map { [TargetStance(name: $0, score: score, label: label, mentions: [])] } ?? [],
                evidence: [.init(text: "quote", weight: score)])
        }
    }

    static let hawk = observations(
        "Ash Carter", scores: [-0.8, -0.6, -0.7, -0.9, -0.5, -0.75, -0.65, -0.85], target: "Russia")
    static let dove = observations(
        "John Kerry", scores: [0.4, 0.6, 0.5, 0.3, 0.7, 0.45, 0.55, 0.35], target: "Russia")

    @Test("per-speaker means, shares and an interval that contains the mean")
    func groups() {
        let report = StanceComparison().compare(Self.hawk + Self.dove)
        let overall = report.groups.filter { $0.target == nil }
        #expect(overall.map(\.speaker).sorted() == ["Ash Carter", "John Kerry"])
        for group in overall {
            #expect(group.quotations == 8)
            #expect(group.stance.low <= group.stance.mean && group.stance.mean <= group.stance.high)
        }
        let kerry = overall.first { $0.speaker == "John Kerry" }!
        #expect(abs(kerry.stance.mean - 0.48125) < 1e-9)
        #expect(kerry.shares.support == 1 && kerry.shares.oppose == 0)
        #expect(report.groups.contains { $0.speaker == "John Kerry" && $0.target == "Russia" })
    }

    @Test("differences: clearly apart excludes zero; the same scores do not")
    func differences() {
        let apart = StanceComparison().compare(Self.hawk + Self.dove)
        let overall = apart.differences.first { $0.target == nil }!
        #expect(overall.excludesZero)
        #expect(abs(abs(overall.difference.mean) - (0.48125 + 0.71875)) < 1e-9)

        let twin = Self.observations("Twin", scores: Self.dove.map(\.score))
        let same = StanceComparison().compare(Self.dove + twin)
        let sameDifference = same.differences.first { $0.target == nil }!
        #expect(!sameDifference.excludesZero)
        #expect(abs(sameDifference.difference.mean) < 1e-12)
    }

    @Test("the same seed gives the same report; another seed moves the intervals")
    func seeded() {
        let first = StanceComparison().compare(Self.hawk + Self.dove)
        let second = StanceComparison().compare(Self.hawk + Self.dove)
        #expect(first == second)
        var other = StanceComparison()
        other.bootstrap = Bootstrap(seed: 7)
        #expect(other.compare(Self.hawk + Self.dove).groups != first.groups)
    }

    @Test("speakers without name are left out unless asked; --min-quotes drops small groups")
    func filters() {
        let unknown = Self.observations(nil, scores: [0.1, 0.2])
        let few = Self.observations("Rare Voice", scores: [0.9])
        var comparison = StanceComparison()
        comparison.minimumQuotations = 2
        let report = comparison.compare(Self.dove + unknown + few)
        #expect(report.groups.map(\.speaker).allSatisfy { $0 == "John Kerry" })
        #expect(report.unknownSpeaker == 2)
        comparison.includeUnknown = true
        let withUnknown = comparison.compare(Self.dove + unknown + few)
        #expect(withUnknown.groups.contains { $0.speaker == StanceComparison.unknownSpeakerName })
    }

    @Test("trend by month and by outlet")
    func trend() {
        var comparison = StanceComparison()
        comparison.trendBy = .month
        let byMonth = comparison.compare(Self.dove)
        #expect(byMonth.trend.map(\.period) == ["2016-01", "2016-02", "2016-03"])
        #expect(byMonth.trend.map(\.quotations).reduce(0, +) == 8)
        comparison.trendBy = .outlet
        let byOutlet = comparison.compare(Self.dove + Self.observations("John Kerry", scores: [0.1], outlet: "TASS"))
        #expect(byOutlet.trend.map(\.period) == ["Reuters", "TASS"])
    }

    @Test("examples are the strongest quotations, the earlier one first on ties")
    func examples() {
        let scores = [0.1, -0.9, 0.5, 0.9, -0.2]
        let report = StanceComparison().compare(Self.observations("A", scores: scores))
        #expect(report.examples.map(\.score) == [-0.9, 0.9, 0.5])
    }

    @Test("months", arguments: [
        // ISO date and timestamp: the month.
        ("2016-09-18", "2016-09"), ("2016-09-18T10:00:00Z", "2016-09"),
        // Other spellings have no month rather than a wrong one.
        ("18/09/2016", nil), ("Sept. 2016", nil), ("2016", nil),
    ] as [(String, String?)])
    func months(date: String, expected: String?) {
        #expect(StanceComparison.month(of: date) == expected)
    }

    @Test("the bootstrap interval of one value is that value")
    func single() {
        let interval = Bootstrap(seed: 1).mean(of: [0.25], key: "x")!
        #expect(interval.low == 0.25 && interval.high == 0.25 && interval.mean == 0.25)
    }

    @Test("HTML is self-contained, escapes text and marks evidence")
    func html() {
        let quoted = Self.observations("<b>Mallory</b>", scores: [-0.5, -0.4])
        let report = StanceComparison().compare(Self.dove + quoted)
        let page = ComparisonHTMLRenderer.html(report)
        #expect(page.contains("&lt;b&gt;Mallory&lt;/b&gt;"))
        #expect(!page.contains("<b>Mallory"))
        #expect(!page.contains("<script") && !page.contains("src=\"http") && !page.contains("href=\"http"))
        #expect(page.contains("<svg") && page.contains("<mark class=\"oppose\""))
    }

    @Test("evidence marks", arguments: [
        // A word inside the quote is marked.
        ("We reject this deal.", ["reject"], "We <mark class=\"oppose\" title=\"-0.50\">reject</mark> this deal."),
        // Evidence outside the quote marks nothing.
        ("We reject this deal.", ["welcome"], "We reject this deal."),
        // Text is escaped around the mark.
        ("A & B reject", ["reject"], "A &amp; B <mark class=\"oppose\" title=\"-0.50\">reject</mark>"),
    ])
    func marks(quote: String, words: [String], expected: String) {
        let evidence = words.map { ComparisonReport.Evidence(text: $0, weight: -0.5) }
        #expect(ComparisonHTMLRenderer.markedQuote(quote, evidence: evidence) == expected)
    }
}

@Suite("compare HTML axis")
struct ComparisonAxisTests {
    @Test("month axes keep gaps; outlets stay as they are", arguments: [
        // A missing month is a gap, not a neighbour.
        (["2016-02", "2016-04"], ["2016-02", "2016-03", "2016-04"]),
        // Across a year end.
        (["2016-11", "2017-01"], ["2016-11", "2016-12", "2017-01"]),
        // Outlets have no order in time: sorted only.
        (["TASS", "AP"], ["AP", "TASS"]),
        // Undated documents make the axis categorical.
        (["2016-02", "(none)"], ["(none)", "2016-02"]),
    ])
    func axis(periods: [String], expected: [String]) {
        #expect(ComparisonHTMLRenderer.axisPeriods(Set(periods)) == expected)
    }
}

@Suite("bootstrap against the normal interval")
struct BootstrapNormalTests {
    @Test("just below the threshold, the bootstrap interval agrees with the normal one it hands over to")
    func agreesAtThreshold() {
        var generator = SeededGenerator(seed: 3)
        let values = (0..<Bootstrap.normalApproximationAbove).map { _ in
            Double(generator.next() % 2001) / 1000 - 1
        }
        let bootstrap = Bootstrap(seed: 11, resamples: 400).mean(of: values, key: "threshold")!
        let normal = Bootstrap(seed: 11).mean(of: values + [values[0]], key: "threshold")!
        let width = normal.high - normal.low
        // Both estimate the same interval; 400 resamples leave about 5% noise on the tails.
        #expect(abs(bootstrap.low - normal.low) < width * 0.1)
        #expect(abs(bootstrap.high - normal.high) < width * 0.1)
    }
}
