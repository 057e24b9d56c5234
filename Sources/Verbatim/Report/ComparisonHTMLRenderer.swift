import Foundation

/// Renders a comparison as one self-contained HTML page: inline CSS and
/// SVG, no script, no network. Charts: mean stance per speaker with 95%
/// error bars, and stance over time (or per outlet); then the tables and
/// example quotations with their evidence words marked.
public enum ComparisonHTMLRenderer {
    /// Okabe and Ito's colour-blind-safe palette ("Color Universal Design", 2008), one colour per speaker.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
    /// Colours for stance signs: blue for support, vermillion for oppose (same palette).
    static let supportColor = "#0072B2"
    static let opposeColor = "#D55E00"
    static let neutralColor = "#777777"
    /// Speakers drawn in the trend chart: more lines than this cannot be told apart.
    static let maximumTrendLines = 6

    /// Chart geometry, in SVG user units (pixels at 100% zoom).
    enum Layout {
        static let width = 760.0
        static let rowHeight = 28.0
        static let labelWidth = 220.0
        static let margin = 24.0
        static let trendHeight = 320.0
        static let capHalfHeight = 6.0
        static let dotRadius = 5.0
    }

    /// - Parameter title: the page heading.
    /// - Complexity: O(*g*) in the size of the report.
    public static func html(_ report: ComparisonReport, title: String = "Verbatim: stance comparison") -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 820px; color: #222; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; margin: .5em 0; } td, th { padding: 2px 10px; text-align: left; border-bottom: 1px solid #eee; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            blockquote { margin: .6em 0; padding: .3em .8em; border-left: 4px solid #ccc; background: #fafafa; }
            mark.support { background: #cfe3f5; } mark.oppose { background: #f8d5c2; } mark.neutral { background: #eee; }
            .meta { color: #666; font-size: .9em; } .yes { font-weight: bold; }
            svg text { font: 12px system-ui, sans-serif; fill: #222; }
            </style></head><body>
            <h1>\(escape(title))</h1>
            <p class="meta">\(report.observations) scored quotations\(report.unknownSpeaker > 0 ? ", \(report.unknownSpeaker) without speaker" : ""). Intervals: 95% percentile bootstrap, seeded.</p>

            """
        let overall = report.groups.filter { $0.target == nil }
        if report.groups.isEmpty {
            page += "<p>\(escape(ComparisonTextRenderer.emptyExplanation(report)))</p>\n"
        }
        if !overall.isEmpty {
            page += "<h2>Mean stance per speaker</h2>\n" + speakerChart(overall) + "\n"
        }
        if !report.trend.isEmpty {
            page += "<h2>Stance by \(escape(report.trendBy ?? "period"))</h2>\n" + trendChart(report.trend) + "\n"
        }
        page += "<h2>Speakers and targets</h2>\n" + groupTable(report.groups)
        if !report.differences.isEmpty {
            page += "<h2>Differences between speakers</h2>\n" + differenceTable(report.differences)
        }
        if !report.examples.isEmpty {
            page += "<h2>Example quotations</h2>\n" + examples(report.examples)
        }
        page += "</body></html>\n"
        return page
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
    private static func score(_ value: Double) -> String { String(format: "%+.2f", value) }

    private static func color(for value: Double) -> String {
        value > 0 ? supportColor : value < 0 ? opposeColor : neutralColor
    }

    /// x position of a stance score in [-1, 1] between `left` and `right`.
    private static func x(_ value: Double, left: Double, right: Double) -> Double {
        left + (min(max(value, -1), 1) + 1) / 2 * (right - left)
    }

    /// Dots with error bars, one row per speaker, on a −1…+1 axis.
    static func speakerChart(_ groups: [ComparisonReport.Group]) -> String {
        let left = Layout.labelWidth
        let right = Layout.width - Layout.margin
        let top = Layout.margin
        let height = top + Double(groups.count) * Layout.rowHeight + Layout.margin * 1.5
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(format(Layout.width))\" height=\"\(format(height))\" role=\"img\" aria-label=\"Mean stance per speaker with 95% intervals\">\n"
        let bottom = top + Double(groups.count) * Layout.rowHeight
        for tick in [-1.0, -0.5, 0, 0.5, 1] {
            let tickX = format(x(tick, left: left, right: right))
            let stroke = tick == 0 ? "#888" : "#e4e4e4"
            svg += "<line x1=\"\(tickX)\" y1=\"\(format(top - 6))\" x2=\"\(tickX)\" y2=\"\(format(bottom))\" stroke=\"\(stroke)\"/>\n"
            svg += "<text x=\"\(tickX)\" y=\"\(format(bottom + 16))\" text-anchor=\"middle\">\(score(tick))</text>\n"
        }
        svg += "<text x=\"\(format(x(-1, left: left, right: right)))\" y=\"\(format(bottom + 32))\">oppose</text>"
        svg += "<text x=\"\(format(x(1, left: left, right: right)))\" y=\"\(format(bottom + 32))\" text-anchor=\"end\">support</text>\n"
        for (index, group) in groups.enumerated() {
            let y = top + (Double(index) + 0.5) * Layout.rowHeight
            let low = x(group.stance.low, left: left, right: right)
            let high = x(group.stance.high, left: left, right: right)
            let mean = x(group.stance.mean, left: left, right: right)
            let fill = color(for: group.stance.mean)
            let cap = Layout.capHalfHeight
            svg += "<text x=\"\(format(left - 10))\" y=\"\(format(y + 4))\" text-anchor=\"end\">\(escape(group.speaker)) (\(group.quotations))</text>\n"
            svg += "<line x1=\"\(format(low))\" y1=\"\(format(y))\" x2=\"\(format(high))\" y2=\"\(format(y))\" stroke=\"\(fill)\" stroke-width=\"2\"/>"
            svg += "<line x1=\"\(format(low))\" y1=\"\(format(y - cap))\" x2=\"\(format(low))\" y2=\"\(format(y + cap))\" stroke=\"\(fill)\" stroke-width=\"2\"/>"
            svg += "<line x1=\"\(format(high))\" y1=\"\(format(y - cap))\" x2=\"\(format(high))\" y2=\"\(format(y + cap))\" stroke=\"\(fill)\" stroke-width=\"2\"/>"
            svg += "<circle cx=\"\(format(mean))\" cy=\"\(format(y))\" r=\"\(format(Layout.dotRadius))\" fill=\"\(fill)\"><title>\(escape(group.speaker)): \(score(group.stance.mean)) [\(score(group.stance.low)), \(score(group.stance.high))]</title></circle>\n"
        }
        return svg + "</svg>"
    }

    /// One line per speaker across periods (or outlets), with error bars, on a −1…+1 axis.
    static func trendChart(_ points: [ComparisonReport.TrendPoint]) -> String {
        var speakers: [String] = []
        for point in points where !speakers.contains(point.speaker) { speakers.append(point.speaker) }
        speakers = Array(speakers.prefix(maximumTrendLines))
        let periods = axisPeriods(Set(points.filter { speakers.contains($0.speaker) }.map(\.period)))
        let left = Layout.margin * 2.5
        let right = Layout.width - Layout.margin
        let top = Layout.margin
        let bottom = top + Layout.trendHeight
        let legendHeight = Double(speakers.count) * 18 + 10
        let height = bottom + 60 + legendHeight
        func xPosition(_ period: String) -> Double {
            let index = Double(periods.firstIndex(of: period) ?? 0)
            return periods.count == 1 ? (left + right) / 2 : left + index / Double(periods.count - 1) * (right - left)
        }
        func yPosition(_ value: Double) -> Double {
            top + (1 - (min(max(value, -1), 1) + 1) / 2) * (bottom - top)
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(format(Layout.width))\" height=\"\(format(height))\" role=\"img\" aria-label=\"Stance over time with 95% intervals\">\n"
        for tick in [-1.0, -0.5, 0, 0.5, 1] {
            let y = format(yPosition(tick))
            svg += "<line x1=\"\(format(left))\" y1=\"\(y)\" x2=\"\(format(right))\" y2=\"\(y)\" stroke=\"\(tick == 0 ? "#888" : "#e4e4e4")\"/>"
            svg += "<text x=\"\(format(left - 6))\" y=\"\(format(yPosition(tick) + 4))\" text-anchor=\"end\">\(score(tick))</text>\n"
        }
        // Label every period when they fit, else about twelve evenly spaced ones.
        let labelStep = max(1, periods.count / 12)
        for (index, period) in periods.enumerated() where index % labelStep == 0 {
            svg += "<text x=\"\(format(xPosition(period)))\" y=\"\(format(bottom + 16))\" text-anchor=\"end\" transform=\"rotate(-35 \(format(xPosition(period))) \(format(bottom + 16)))\">\(escape(period))</text>\n"
        }
        for (index, speaker) in speakers.enumerated() {
            let color = palette[index % palette.count]
            let own = points.filter { $0.speaker == speaker }.sorted { xPosition($0.period) < xPosition($1.period) }
            let path = own.map { "\(format(xPosition($0.period))),\(format(yPosition($0.stance.mean)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
            // Error bars are nudged apart so that speakers in one period do not hide each other.
            let nudge = (Double(index) - Double(speakers.count - 1) / 2) * 3
            for point in own {
                let px = xPosition(point.period) + nudge
                svg += "<line x1=\"\(format(px))\" y1=\"\(format(yPosition(point.stance.low)))\" x2=\"\(format(px))\" y2=\"\(format(yPosition(point.stance.high)))\" stroke=\"\(color)\" stroke-opacity=\"0.6\"/>"
                svg += "<circle cx=\"\(format(px))\" cy=\"\(format(yPosition(point.stance.mean)))\" r=\"3.5\" fill=\"\(color)\"><title>\(escape(speaker)), \(escape(point.period)): \(score(point.stance.mean)) (\(point.quotations) quotes)</title></circle>\n"
            }
            let legendY = bottom + 60 + Double(index) * 18
            svg += "<rect x=\"\(format(left))\" y=\"\(format(legendY - 9))\" width=\"12\" height=\"12\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(format(left + 18))\" y=\"\(format(legendY + 1))\">\(escape(speaker))</text>\n"
        }
        return svg + "</svg>"
    }

    /// The periods of the x axis, sorted; months without quotations are kept
    /// as gaps so that the axis is proportional to time.
    static func axisPeriods(_ periods: Set<String>) -> [String] {
        let months = periods.compactMap { StanceComparison.month(of: $0) == $0 ? $0 : nil }.sorted()
        guard let first = months.first, let last = months.last, months.count == periods.count else {
            return periods.sorted()
        }
        func parts(_ month: String) -> (year: Int, month: Int) {
            (Int(month.prefix(4)) ?? 0, Int(month.suffix(2)) ?? 1)
        }
        var (year, month) = parts(first)
        let end = parts(last)
        var filled: [String] = []
        while (year, month) <= end {
            filled.append(String(format: "%04d-%02d", year, month))
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return filled
    }

    private static func groupTable(_ groups: [ComparisonReport.Group]) -> String {
        var html = "<table><tr><th>speaker</th><th>target</th><th>quotes</th><th>mean stance</th><th>95% CI</th><th>support</th><th>oppose</th><th>neutral</th></tr>\n"
        for group in groups {
            html += "<tr><td>\(escape(group.speaker))</td><td>\(escape(group.target ?? "(all)"))</td><td class=\"n\">\(group.quotations)</td>"
            html += "<td class=\"n\">\(score(group.stance.mean))</td><td class=\"n\">[\(score(group.stance.low)), \(score(group.stance.high))]</td>"
            for share in [group.shares.support, group.shares.oppose, group.shares.neutral] {
                html += "<td class=\"n\">\(String(format: "%.0f%%", share * 100))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</table>\n"
    }

    private static func differenceTable(_ differences: [ComparisonReport.Difference]) -> String {
        var html = "<table><tr><th>difference</th><th>target</th><th>mean</th><th>95% CI</th><th>excludes 0</th></tr>\n"
        for difference in differences {
            html += "<tr><td>\(escape(difference.first)) − \(escape(difference.second))</td><td>\(escape(difference.target ?? "(all)"))</td>"
            html += "<td class=\"n\">\(score(difference.difference.mean))</td><td class=\"n\">[\(score(difference.difference.low)), \(score(difference.difference.high))]</td>"
            html += "<td class=\"\(difference.excludesZero ? "yes" : "")\">\(difference.excludesZero ? "yes" : "no")</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// The quote with each evidence word marked where it occurs (first occurrence, no overlaps).
    static func markedQuote(_ quote: String, evidence: [ComparisonReport.Evidence]) -> String {
        var marks: [(range: Range<String.Index>, weight: Double)] = []
        for item in evidence where !item.text.isEmpty {
            var searchStart = quote.startIndex
            while let range = quote.range(of: item.text, range: searchStart..<quote.endIndex) {
                if !marks.contains(where: { $0.range.overlaps(range) }) {
                    marks.append((range, item.weight))
                    break
                }
                searchStart = range.upperBound
            }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var html = ""
        var position = quote.startIndex
        for mark in marks {
            html += escape(String(quote[position..<mark.range.lowerBound]))
            let kind = mark.weight > 0 ? "support" : mark.weight < 0 ? "oppose" : "neutral"
            html += "<mark class=\"\(kind)\" title=\"\(score(mark.weight))\">\(escape(String(quote[mark.range])))</mark>"
            position = mark.range.upperBound
        }
        return html + escape(String(quote[position...]))
    }

    private static func examples(_ examples: [ComparisonReport.Example]) -> String {
        var html = ""
        var current: String?
        for example in examples {
            if example.speaker != current {
                html += "<h3>\(escape(example.speaker))</h3>\n"
                current = example.speaker
            }
            html += "<blockquote>“\(markedQuote(example.quote, evidence: example.evidence))”"
            html += "<div class=\"meta\">\(escape(example.label)) \(score(example.score)) · \(escape(example.document))"
            if let date = example.date { html += " · \(escape(date))" }
            if !example.evidence.isEmpty {
                let words = example.evidence.map { "\(escape($0.text)) (\(score($0.weight)))" }.joined(separator: ", ")
                html += " · evidence: \(words)"
            }
            html += "</div></blockquote>\n"
        }
        return html
    }
}
