import Foundation
import Testing

@testable import Verbatim

/// The `vader` scorer against vaderSentiment 3.3.2's own compound scores.
///
/// Fixture: `Fixtures/vader-compound.tsv` (expected score TAB sentence), every 40th sentence of
/// the VADER paper's rated sets, made once with
/// `benchmarks/vader/run ../shared/data/sentiment --fixture Tests/VerbatimTests/Fixtures/vader-compound.tsv`.
/// The full comparison (18,513 sentences) is that benchmark's job; this keeps the tests free of Python.
struct VaderCompatibilityTests {
    static let tolerance = 0.01

    static func fixture() throws -> [(expected: Double, text: String)] {
        let url = try #require(Bundle.module.url(forResource: "vader-compound", withExtension: "tsv", subdirectory: "Fixtures"))
        let contents = try String(contentsOf: url, encoding: .utf8)
        return contents.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            guard let tab = line.firstIndex(of: "\t"), let expected = Double(line[..<tab]) else { return nil }
            return (expected, String(line[line.index(after: tab)...]))
        }
    }

    @Test func compoundMatchesVaderSentiment() throws {
        let cases = try Self.fixture()
        #expect(cases.count > 400)
        let scorer = StanceTestSupport.scorer(.vader)
        let workspace = ScoringWorkspace()
        var misses: [String] = []
        for (expected, text) in cases {
            let score = scorer.score(text, workspace: workspace)
            if abs(score - expected) > Self.tolerance { misses.append("\(score) vs \(expected): \(text)") }
        }
        #expect(misses.isEmpty, "\(misses.count) of \(cases.count) differ:\n\(misses.prefix(10).joined(separator: "\n"))")
    }

    struct Case: CustomTestStringConvertible {
        let text: String
        let expected: Double
        let why: String
        var testDescription: String { text }
    }

    /// vaderSentiment 3.3.2's output for its own demonstration sentences, each exercising one rule.
    static let rules: [Case] = [
        Case(text: "VADER is smart, handsome, and funny.", expected: 0.8316, why: "plain sum and normalisation"),
        Case(text: "VADER is very smart, handsome, and funny.", expected: 0.8545, why: "booster"),
        Case(text: "VADER is VERY SMART, handsome, and FUNNY!!!", expected: 0.9342, why: "capitals and exclamation marks"),
        Case(text: "VADER is not smart, handsome, nor funny.", expected: -0.7424, why: "negation, nor"),
        Case(text: "At least it isn't a horrible book.", expected: 0.431, why: "n't negation"),
        Case(text: "The book was only kind of good.", expected: 0.3832, why: "'kind of' dampener phrase"),
        Case(text: "The plot was good, but the characters are uncompelling and the dialog is not great.",
             expected: -0.7042, why: "'but' reweighing"),
        Case(text: "Make sure you :) or :D today!", expected: 0.8633, why: "emoticons keep their punctuation"),
        Case(text: "Catch utf-8 emoji such as 💘 and 💋 and 😁", expected: 0.875, why: "emoji become their descriptions"),
        Case(text: "Not bad at all", expected: 0.431, why: "capitalised negator"),
        Case(text: "Sentiment analysis has never been this good!", expected: 0.5672, why: "'never this' emphasis"),
        Case(text: "Without a doubt, excellent idea.", expected: 0.7013, why: "'without a doubt' is not negation"),
        Case(text: "Roger Dodger is one of the least compelling variations on this theme.", expected: -0.1695,
             why: "'least' reverses"),
        Case(text: "With VADER, sentiment analysis is the shit!", expected: 0.6476, why: "idiom 'the shit'"),
    ]

    @Test(arguments: rules)
    func demonstrationSentence(_ example: Case) {
        let score = StanceTestSupport.scorer(.vader).score(example.text, workspace: ScoringWorkspace())
        #expect(abs(score - example.expected) <= Self.tolerance, "\(example.why): \(score)")
    }
}
