import Foundation

/// A span made of sorted, merged, non-empty code point fragments (BRAT spans may be discontinuous).
public struct FragmentSpan: Sendable, Hashable {
    public let fragments: [Range<Int>]

    /// - Complexity: O(*k* log *k*) in the number of fragments.
    public init(_ fragments: [Range<Int>]) {
        var merged: [Range<Int>] = []
        for fragment in fragments.filter({ !$0.isEmpty }).sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = merged.last, fragment.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, fragment.upperBound)
            } else {
                merged.append(fragment)
            }
        }
        self.fragments = merged
    }

    public var start: Int { fragments.first?.lowerBound ?? 0 }
    public var end: Int { fragments.last?.upperBound ?? 0 }
    /// Code points covered by the fragments.
    public var coveredCount: Int { fragments.reduce(0) { $0 + $1.count } }

    /// Covered code points inside `range`.
    /// - Complexity: O(*k*) in the number of fragments.
    public func overlap(_ range: Range<Int>) -> Int {
        fragments.reduce(0) { $0 + max(0, min(range.upperBound, $1.upperBound) - max(range.lowerBound, $1.lowerBound)) }
    }
}

/// One gold attribution of a BRAT standoff file.
public struct GoldAttribution: Sendable {
    public var id: String
    public var content: FragmentSpan
    public var cue: FragmentSpan?
    public var source: FragmentSpan?
    /// True when the content's text holds a double quotation mark (`"`, `“`, `”`).
    public var isDirect: Bool
}

/// One annotated document: its text as code points and its attributions.
public struct GoldDocument: Sendable {
    public var stem: String
    public var scalars: [Unicode.Scalar]
    public var attributions: [GoldAttribution]
}

/// A corpus laid out like PolNeAR: `text/<stem>.txt` and
/// `attributions/<stem>_<annotator>.ann` (BRAT standoff: `T` spans of type
/// Source, Cue, Content; `E` lines tie them into attributions). When several
/// annotators annotated a text, the alphabetically first annotator's file is used.
public struct AttributionCorpus: Sendable {
    public var documents: [String: GoldDocument]

    /// Reads the corpus at `folder`.
    /// - Throws: the file system's error when a folder or file cannot be read.
    /// - Complexity: O(*n*) in the size of the corpus.
    public init(folder: URL) throws {
        let fileManager = FileManager.default
        let textFolder = folder.appendingPathComponent("text")
        let annotationFolder = folder.appendingPathComponent("attributions")
        let textNames = try fileManager.contentsOfDirectory(atPath: textFolder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let annotationNames = ((try? fileManager.contentsOfDirectory(atPath: annotationFolder.path)) ?? [])
            .filter { $0.hasSuffix(".ann") }
        var annotationByStem: [String: (annotator: String, name: String)] = [:]
        for name in annotationNames {
            let base = String(name.dropLast(4))
            guard let underscore = base.lastIndex(of: "_") else { continue }
            let stem = String(base[..<underscore])
            let annotator = String(base[base.index(after: underscore)...])
            if let current = annotationByStem[stem], current.annotator <= annotator { continue }
            annotationByStem[stem] = (annotator, name)
        }
        var documents: [String: GoldDocument] = [:]
        for name in textNames {
            let stem = String(name.dropLast(4))
            let text = try String(contentsOf: textFolder.appendingPathComponent(name), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            var attributions: [GoldAttribution] = []
            if let annotation = annotationByStem[stem] {
                let standoff = try String(contentsOf: annotationFolder.appendingPathComponent(annotation.name), encoding: .utf8)
                attributions = Self.parse(standoff, scalars: scalars)
            }
            documents[stem] = GoldDocument(stem: stem, scalars: scalars, attributions: attributions)
        }
        self.documents = documents
    }

    /// The attributions of one BRAT standoff file, sorted by content start, end and id.
    static func parse(_ standoff: String, scalars: [Unicode.Scalar]) -> [GoldAttribution] {
        var spans: [String: [Range<Int>]] = [:]
        var events: [(id: String, roles: [(role: String, span: String)])] = []
        for line in standoff.split(separator: "\n", omittingEmptySubsequences: true) {
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count >= 2 else { continue }
            if line.hasPrefix("T") {
                let middle = columns[1]
                guard let space = middle.firstIndex(of: " ") else { continue }
                var fragments: [Range<Int>] = []
                for part in middle[middle.index(after: space)...].split(separator: ";") {
                    let numbers = part.split(separator: " ").compactMap { Int($0) }
                    if numbers.count == 2, numbers[1] >= numbers[0] { fragments.append(numbers[0]..<numbers[1]) }
                }
                spans[String(columns[0])] = fragments
            } else if line.hasPrefix("E") {
                let arguments = columns[1].split(separator: " ")
                let roles = arguments.dropFirst().compactMap { argument -> (String, String)? in
                    guard let colon = argument.firstIndex(of: ":") else { return nil }
                    return (String(argument[..<colon]), String(argument[argument.index(after: colon)...]))
                }
                events.append((String(columns[0]), roles))
            }
        }
        func span(_ roleNames: Set<String>, _ roles: [(role: String, span: String)]) -> FragmentSpan? {
            let fragments = roles.filter { roleNames.contains($0.role) }.flatMap { spans[$0.span] ?? [] }
            let span = FragmentSpan(fragments)
            return span.fragments.isEmpty ? nil : span
        }
        var result: [GoldAttribution] = []
        for event in events {
            guard let content = span(["Content", "Content2"], event.roles) else { continue }
            let isDirect = content.fragments.contains { fragment in
                scalars[max(0, fragment.lowerBound)..<min(scalars.count, fragment.upperBound)].contains {
                    $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}"
                }
            }
            result.append(
                GoldAttribution(
                    id: event.id, content: content, cue: span(["Cue"], event.roles),
                    source: span(["Source"], event.roles), isDirect: isDirect))
        }
        result.sort { ($0.content.start, $0.content.end, $0.id) < ($1.content.start, $1.content.end, $1.id) }
        return result
    }
}
