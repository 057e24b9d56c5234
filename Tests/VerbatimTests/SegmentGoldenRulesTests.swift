import Foundation
import Testing

@testable import Verbatim

/// The English Golden Rules of sentence boundary detection (pragmatic
/// segmenter, as packaged in pySBD 0.3.4; see `Fixtures/golden_rules_en.LICENSE.md`).
/// pySBD passes 97.9% of them, raw ICU about 60%.
@Suite("Segmenter on the Golden Rules")
struct SegmentGoldenRulesTests {
    struct GoldenRule: Decodable {
        let name: String
        let text: String
        let expected: [String]
    }

    /// Share of the 48 cases that must come out exactly right: 47 of 48,
    /// the bar pySBD sets.
    static let requiredExactMatch = 0.98

    static func loadRules() throws -> [GoldenRule] {
        let url = try #require(
            Bundle.module.url(forResource: "golden_rules_en", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode([GoldenRule].self, from: Data(contentsOf: url))
    }

    @Test("at least 98% of the Golden Rules split exactly as expected")
    func exactMatchRate() throws {
        let rules = try Self.loadRules()
        #expect(rules.count == 48)
        let segmenter = try Segmenter(tokenize: false)
        var failures: [String] = []
        for rule in rules {
            let text = SourceText(rule.text)
            let sentences = try segmenter.segment(text).sentences.map { text.string($0.span) }
            if sentences != rule.expected {
                failures.append("\(rule.name): got \(sentences), expected \(rule.expected)")
            }
        }
        let rate = Double(rules.count - failures.count) / Double(rules.count)
        #expect(
            rate >= Self.requiredExactMatch,
            "exact match \(rules.count - failures.count)/\(rules.count); failing:\n\(failures.joined(separator: "\n"))")
    }
}
