import Foundation

/// Renders a comparison as a terminal table, CSV or JSON.
public enum ComparisonTextRenderer {
    /// Three decimals: stance scores are in [-1, 1] and intervals rarely narrower than 0.01.
    static func score(_ value: Double) -> String { String(format: "%+.3f", value) }
    static func share(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
    static func interval(_ interval: MeanInterval) -> String {
        "\(score(interval.mean)) [\(score(interval.low)), \(score(interval.high))]"
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return ([header] + rows).map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// Why a report has no groups, in words that say what to try.
    /// - Complexity: O(1).
    public static func emptyExplanation(_ report: ComparisonReport) -> String {
        if report.observations == 0 { return "No quotation in the store has a stance score." }
        if report.observations == report.unknownSpeaker {
            return "No scored quotation has a speaker; --include-unknown counts them as one speaker."
        }
        return "No speaker matches the --speaker, --target and --min-quotes filters."
    }

    /// Aligned plain-text tables: speakers, speaker × target, differences, trend.
    /// - Complexity: O(*g*) in the size of the report.
    public static func table(_ report: ComparisonReport) -> String {
        if report.groups.isEmpty {
            return emptyExplanation(report) + " (\(report.observations) scored quotations)\n"
        }
        var parts: [String] = []
        let groupRows = report.groups.map { group in
            [
                group.speaker, group.target ?? "(all)", String(group.quotations), interval(group.stance),
                share(group.shares.support), share(group.shares.oppose), share(group.shares.neutral),
            ]
        }
        parts.append(
            table(
                ["speaker", "target", "quotes", "mean stance [95% CI]", "support", "oppose", "neutral"], groupRows))
        if !report.differences.isEmpty {
            let rows = report.differences.map { difference in
                [
                    "\(difference.first) − \(difference.second)", difference.target ?? "(all)",
                    interval(difference.difference), difference.excludesZero ? "yes" : "no",
                ]
            }
            parts.append(table(["difference", "target", "mean [95% CI]", "excludes 0"], rows))
        }
        if !report.trend.isEmpty {
            let rows = report.trend.map { point in
                [point.speaker, point.period, String(point.quotations), interval(point.stance)]
            }
            parts.append(table(["speaker", report.trendBy ?? "period", "quotes", "mean stance [95% CI]"], rows))
        }
        var footer = "\(report.observations) scored quotations"
        if report.unknownSpeaker > 0 { footer += ", \(report.unknownSpeaker) without speaker" }
        parts.append(footer)
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// One CSV row per group, difference and trend point, told apart by the `section` column.
    /// - Complexity: O(*g*) in the size of the report.
    public static func csv(_ report: ComparisonReport) -> String {
        var lines = ["section,speaker,other,target,period,quotes,mean,low,high,support,oppose,neutral,excludes_zero"]
        func field(_ text: String?) -> String {
            guard let text else { return "" }
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        func number(_ value: Double) -> String { String(format: "%.4f", value) }
        for group in report.groups {
            lines.append(
                [
                    "speaker", field(group.speaker), "", field(group.target), "", String(group.quotations),
                    number(group.stance.mean), number(group.stance.low), number(group.stance.high),
                    number(group.shares.support), number(group.shares.oppose), number(group.shares.neutral), "",
                ].joined(separator: ","))
        }
        for difference in report.differences {
            lines.append(
                [
                    "difference", field(difference.first), field(difference.second), field(difference.target), "", "",
                    number(difference.difference.mean), number(difference.difference.low),
                    number(difference.difference.high), "", "", "", difference.excludesZero ? "true" : "false",
                ].joined(separator: ","))
        }
        for point in report.trend {
            lines.append(
                [
                    "trend", field(point.speaker), "", "", field(point.period), String(point.quotations),
                    number(point.stance.mean), number(point.stance.low), number(point.stance.high), "", "", "", "",
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The report as pretty-printed JSON with sorted keys, byte-identical across runs.
    /// - Throws: `EncodingError` (not expected: every value is finite or nil).
    /// - Complexity: O(*g*) in the size of the report.
    public static func json(_ report: ComparisonReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
