import Foundation

@testable import Verbatim

/// Hand-built analyzed documents for the store tests: the quotation and
/// stance stages are written elsewhere, so these values stand in for them.
enum StoreTestDocuments {
    /// The span of the first `needle` in `text`, in both code points and bytes.
    static func span(of needle: String, in text: String, after offset: Int = 0) -> TextSpan {
        let source = SourceText(text)
        let searchStart = text.utf8.index(text.startIndex, offsetBy: offset)
        guard let range = text.range(of: needle, range: searchStart..<text.endIndex) else {
            fatalError("\(needle) not in test text")
        }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        return source.span(utf8Start: start, utf8End: end)
    }

    /// A quotation of `quote` by `speaker` (nil for none) with a stance, when `score` is given,
    /// toward `target` and with `evidence` words.
    static func quotation(
        _ quote: String, in text: String, speaker: String?, kind: SpeakerKind = .person, role: String? = nil,
        score: Double? = nil, target: String? = nil, evidence: [String] = []
    ) -> Quotation {
        let content = span(of: quote, in: text)
        var stance: Stance?
        if let score {
            let label: StanceLabel = score > 0 ? .support : score < 0 ? .oppose : .neutral
            let targets = target.map {
                [TargetStance(name: $0, score: score, label: label, mentions: [span(of: $0, in: text)])]
            }
            stance = Stance(
                score: score, label: label, targets: targets ?? [],
                evidence: evidence.map { StanceEvidence(span: span(of: $0, in: text), weight: score / 2) })
        }
        return Quotation(
            kind: .direct, content: content,
            speaker: speaker.map {
                Speaker(
                    name: $0, mention: span(of: $0, in: text), role: role, kind: kind, rule: "hand-built",
                    confidence: 0.9)
            }, cue: text.contains("said") ? span(of: "said", in: text) : nil, sentence: 0, paragraph: 0,
            stance: stance)
    }

    static func document(
        id: String, text: String, metadata: [(key: String, value: JSONValue)] = [], quotations: (String) -> [Quotation]
    ) -> AnalyzedDocument {
        AnalyzedDocument(
            document: Document(id: id, text: text, metadata: metadata, origin: Origin(path: "test.jsonl", line: 1)),
            text: SourceText(text), segmentation: Segmentation(paragraphs: [], sentences: [], tokens: []),
            quotations: quotations(text))
    }

    /// Metadata as the pipeline serializes it.
    static func metadataJSON(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A fresh database path in a temporary folder.
    static func temporaryDatabase(_ name: String = "test.sqlite") -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// A small corpus: a dated document with stance, one without speaker or
    /// stance, and one with non-ASCII text before its quotation.
    static func corpus() -> [AnalyzedDocument] {
        [
            document(
                id: "kerry-1",
                text: "John Kerry said \"Russia is wrong, and Assad must go.\" Officials agreed.",
                metadata: [("date", .string("2016-09-18")), ("outlet", .string("Reuters"))]
            ) { text in
                [
                    quotation(
                        "Russia is wrong, and Assad must go.", in: text, speaker: "John Kerry",
                        role: "Secretary of State", score: -0.625, target: "Russia", evidence: ["wrong", "must go"])
                ]
            },
            document(id: "plain", text: "\"Nothing to add,\" someone wrote.") { text in
                [quotation("Nothing to add,", in: text, speaker: nil)]
            },
            document(
                id: "unicode-é",
                text: "Café owners 🎉 said «fine». Kerry said \"We welcome the truce.\"",
                metadata: [("date", .string("2016-10-02")), ("tags", .array([.integer(1), .number("2.50")]))]
            ) { text in
                [
                    quotation(
                        "We welcome the truce.", in: text, speaker: "Kerry", score: 0.5, target: "truce",
                        evidence: ["welcome"])
                ]
            },
        ]
    }
}
