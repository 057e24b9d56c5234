import Testing

@testable import Verbatim

/// `StanceRecordWriter` writes its records through one cursor, formatting numbers and escaping
/// strings itself: its bytes must equal what `JSONWriter`'s general methods write for the same
/// members, with and without an id first.
struct StanceRecordWriterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let stance: @Sendable (SourceText) -> Stance
        let id: JSONValue?
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(text: "It is fine.", stance: { _ in Stance(score: 0, label: .neutral) }, id: nil,
             why: "no target and no evidence: empty arrays, a whole-number score"),
        Case(
            text: "Obama blasted the \"awful\" deal, praised Merkel.",
            stance: { text in
                Stance(
                    score: -0.0516, label: .oppose,
                    targets: [
                        TargetStance(name: "Obama", score: 0, label: .neutral, mentions: [text.span(start: 0, end: 5)]),
                        TargetStance(
                            name: "Angela \"Mutti\" Merkel", score: 0.4588, label: .support,
                            mentions: [text.span(start: 40, end: 46), text.span(start: 40, end: 46)]),
                    ],
                    evidence: [
                        StanceEvidence(span: text.span(start: 6, end: 13), weight: -2),
                        StanceEvidence(span: text.span(start: 18, end: 25), weight: -2.25),
                        StanceEvidence(span: text.span(start: 32, end: 39), weight: 2.2),
                    ])
            },
            id: nil,
            why: "targets with several mentions, negative and fractional numbers, quotes escaped in a name and an evidence text"),
        Case(
            text: "Tab\there and back\\slash, “curly” wördß.",
            stance: { text in
                Stance(
                    score: 0.12345, label: .support,
                    evidence: [
                        StanceEvidence(span: text.span(start: 0, end: 8), weight: 1.00004),
                        StanceEvidence(span: text.span(start: 18, end: 24), weight: -0.00004),
                        StanceEvidence(span: text.span(start: 26, end: 38), weight: 3),
                    ])
            },
            id: .string("line \"7\""),
            why: "a string id first (the members follow it as one item), control bytes, backslashes, multi-byte text, rounding to four decimals"),
        Case(text: "Fine.", stance: { text in Stance(score: 1, label: .support, evidence: [StanceEvidence(span: text.span(start: 0, end: 4), weight: 1)]) },
             id: .integer(42), why: "an integer id, a score of exactly 1"),
    ]

    @Test(arguments: cases)
    func writesWhatTheGeneralWriterWrites(_ testCase: Case) {
        let text = SourceText(testCase.text)
        let stance = testCase.stance(text)
        var fast = JSONWriter()
        StanceRecordWriter().write(stance, id: testCase.id, text: text, to: &fast)
        #expect(String(decoding: fast.bytes, as: UTF8.self) == String(decoding: Self.reference(stance, id: testCase.id, text: text), as: UTF8.self))
    }

    /// The record member by member through `JSONWriter`'s general methods.
    static func reference(_ stance: Stance, id: JSONValue?, text: SourceText) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        if let id {
            writer.key("id")
            writer.value(id)
        }
        writer.key("score")
        writer.number(stance.score)
        writer.key("label")
        writer.string(stance.label.rawValue)
        writer.key("targets")
        writer.beginArray()
        for target in stance.targets {
            writer.beginObject()
            writer.key("name")
            writer.string(target.name)
            writer.key("score")
            writer.number(target.score)
            writer.key("label")
            writer.string(target.label.rawValue)
            writer.key("mentions")
            writer.beginArray()
            for mention in target.mentions {
                writer.beginObject()
                writer.key("start")
                writer.integer(mention.start)
                writer.key("end")
                writer.integer(mention.end)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key("evidence")
        writer.beginArray()
        for evidence in stance.evidence {
            writer.beginObject()
            writer.key("start")
            writer.integer(evidence.span.start)
            writer.key("end")
            writer.integer(evidence.span.end)
            writer.key("text")
            writer.string(text.string(evidence.span))
            writer.key("weight")
            writer.number(evidence.weight)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }
}
