/// Aggregates scored quotations per speaker, per speaker × target and over
/// time or outlets, with seeded bootstrap intervals.
public struct StanceComparison: Sendable {
    /// How trends are grouped.
    public enum TrendGrouping: String, Sendable, CaseIterable {
        /// Calendar month of the document date (`2016-09`).
        case month
        /// The document's outlet.
        case outlet
    }

    /// Speakers to compare; empty means every speaker with enough quotations.
    public var speakers: [String] = []
    /// Targets to compare toward; empty means every target with enough quotations.
    public var targets: [String] = []
    public var trendBy: TrendGrouping?
    /// Groups (and trend points) with fewer quotations are left out.
    public var minimumQuotations = 1
    /// Count quotations without a speaker as the speaker `unknownSpeakerName`.
    public var includeUnknown = false
    public var bootstrap = Bootstrap(seed: StanceComparison.defaultSeed)
    /// Example quotations per speaker.
    public var examplesPerSpeaker = StanceComparison.defaultExamplesPerSpeaker

    /// The seed of the published numbers; any fixed value gives reproducible intervals.
    public static let defaultSeed: UInt64 = 20_160_918
    /// Enough examples to read a speaker's position, few enough for one screen.
    public static let defaultExamplesPerSpeaker = 3
    /// The name under which quotations without speaker are counted when asked for.
    public static let unknownSpeakerName = "(unknown speaker)"
    /// The trend label of documents without a date or outlet.
    public static let unknownPeriod = "(none)"
    /// When no speakers are named, the difference is shown for the most quoted two.
    private static let speakersInDefaultDifference = 2

    public init() {}

    /// The month of an ISO 8601 date (`2016-09-18…` → `2016-09`), nil for other spellings.
    static func month(of date: String?) -> String? {
        guard let date else { return nil }
        let bytes = Array(date.utf8.prefix(7))
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard bytes.count == 7, bytes[0...3].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-"),
            bytes[5...6].allSatisfy(isDigit)
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func shares(_ labels: [StanceLabel]) -> ComparisonReport.Shares {
        let total = Double(max(labels.count, 1))
        return .init(
            support: Double(labels.filter { $0 == .support }.count) / total,
            oppose: Double(labels.filter { $0 == .oppose }.count) / total,
            neutral: Double(labels.filter { $0 == .neutral }.count) / total)
    }

    /// - Returns: the report; groups most quoted first, then by name.
    /// - Complexity: O(*g* · *r* · *n*) for *g* groups, *r* resamples, *n* quotations per group.
    public func compare(_ observations: [StanceObservation]) -> ComparisonReport {
        let named = observations.compactMap { observation -> (String, StanceObservation)? in
            if let speaker = observation.speaker { return (speaker, observation) }
            return includeUnknown ? (Self.unknownSpeakerName, observation) : nil
        }
        let wanted = Set(speakers)
        let bySpeaker = Dictionary(grouping: named.filter { wanted.isEmpty || wanted.contains($0.0) }, by: \.0)
            .mapValues { $0.map(\.1) }
            .filter { $0.value.count >= minimumQuotations }
        let order = bySpeaker.keys.sorted { (bySpeaker[$0]!.count, $1) > (bySpeaker[$1]!.count, $0) }

        var groups: [ComparisonReport.Group] = []
        var targetScores: [String: [String: [(Double, StanceLabel)]]] = [:]
        for speaker in order {
            let items = bySpeaker[speaker]!
            if let interval = bootstrap.mean(of: items.map(\.score), key: speaker) {
                groups.append(
                    .init(
                        speaker: speaker, target: nil, quotations: items.count, stance: interval,
                        shares: Self.shares(items.map(\.label))))
            }
            for item in items {
                for target in item.targets where targets.isEmpty || targets.contains(target.name) {
                    targetScores[speaker, default: [:]][target.name, default: []].append((target.score, target.label))
                }
            }
        }
        for speaker in order {
            let byTarget = targetScores[speaker] ?? [:]
            let targetOrder = byTarget.keys.sorted { (byTarget[$0]!.count, $1) > (byTarget[$1]!.count, $0) }
            for target in targetOrder where byTarget[target]!.count >= minimumQuotations {
                let scores = byTarget[target]!
                if let interval = bootstrap.mean(of: scores.map(\.0), key: speaker + "\u{1F}" + target) {
                    groups.append(
                        .init(
                            speaker: speaker, target: target, quotations: scores.count, stance: interval,
                            shares: Self.shares(scores.map(\.1))))
                }
            }
        }

        let compared =
            speakers.isEmpty
            ? Array(order.prefix(Self.speakersInDefaultDifference)) : speakers.filter { bySpeaker[$0] != nil }
        var differences: [ComparisonReport.Difference] = []
        for (firstIndex, first) in compared.enumerated() {
            for second in compared[(firstIndex + 1)...] {
                let overall = bootstrap.difference(
                    bySpeaker[first]!.map(\.score), bySpeaker[second]!.map(\.score), key: first + "\u{1F}" + second)
                if let overall {
                    differences.append(
                        .init(
                            first: first, second: second, target: nil, difference: overall,
                            excludesZero: overall.excludesZero))
                }
                let shared = Set((targetScores[first] ?? [:]).keys).intersection((targetScores[second] ?? [:]).keys)
                for target in shared.sorted() {
                    let a = targetScores[first]![target]!.map(\.0)
                    let b = targetScores[second]![target]!.map(\.0)
                    guard a.count >= minimumQuotations, b.count >= minimumQuotations,
                        let interval = bootstrap.difference(a, b, key: first + "\u{1F}" + second + "\u{1F}" + target)
                    else { continue }
                    differences.append(
                        .init(
                            first: first, second: second, target: target, difference: interval,
                            excludesZero: interval.excludesZero))
                }
            }
        }

        var trend: [ComparisonReport.TrendPoint] = []
        if let trendBy {
            for speaker in order {
                let periods = Dictionary(grouping: bySpeaker[speaker]!) { observation in
                    switch trendBy {
                    case .month: return Self.month(of: observation.date) ?? Self.unknownPeriod
                    case .outlet: return observation.outlet ?? Self.unknownPeriod
                    }
                }
                for period in periods.keys.sorted() where periods[period]!.count >= minimumQuotations {
                    let items = periods[period]!
                    if let interval = bootstrap.mean(of: items.map(\.score), key: speaker + "\u{1F}" + period) {
                        trend.append(.init(speaker: speaker, period: period, quotations: items.count, stance: interval))
                    }
                }
            }
        }

        var examples: [ComparisonReport.Example] = []
        for speaker in order {
            // The strongest quotations show a position best; ties keep document order.
            let strongest = bySpeaker[speaker]!.enumerated()
                .sorted { (abs($0.element.score), $1.offset) > (abs($1.element.score), $0.offset) }
                .prefix(examplesPerSpeaker).map(\.element)
            for item in strongest {
                examples.append(
                    .init(
                        speaker: speaker, document: item.document, date: item.date, quote: item.quote,
                        score: item.score, label: item.label.rawValue,
                        evidence: item.evidence.map { .init(text: $0.text, weight: $0.weight) }))
            }
        }
        return ComparisonReport(
            trendBy: trendBy?.rawValue, groups: groups, differences: differences, trend: trend, examples: examples,
            observations: observations.count, unknownSpeaker: observations.filter { $0.speaker == nil }.count)
    }
}
