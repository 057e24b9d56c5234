import Foundation
import Verbatim

// Scoring speed of one core: reads sentences (one per line), scores each `rounds` times with
// the chosen scorer, and prints sentences per second. Loading and reading are not timed, as
// the Python side (benchmarks/vader/speed.py) times only `polarity_scores`.
// Usage: stance-speed SENTENCES_FILE [vader|news|full] [rounds]
// `full` times the default scorer's whole stance (targets and evidence), the others the score alone.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: stance-speed SENTENCES_FILE [vader|news] [rounds]\n".utf8))
    exit(2)
}
let mode = arguments.count > 2 ? arguments[2] : "vader"
let kind = ScorerKind(rawValue: mode) ?? .news
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
let sentences = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
let lexicon = try StanceLexicon(locator: LexiconLocator())
let scorer = TextStanceScorer(lexicon: lexicon, kind: kind)
let workspace = ScoringWorkspace()
var checksum = 0.0
let started = Date()
for _ in 0..<rounds {
    if mode == "full" {
        for sentence in sentences {
            let text = SourceText(sentence)
            checksum += scorer.stance(of: text.span(utf8: 0..<text.bytes.count), in: text, workspace: workspace).score
        }
    } else {
        for sentence in sentences { checksum += scorer.score(sentence, workspace: workspace) }
    }
}
let seconds = Date().timeIntervalSince(started)
let count = Double(sentences.count * rounds)
let megabytes = Double(data.count * rounds) / 1_000_000
print(String(format: "verbatim %@: %.0f sentences/s, %.1f MB/s (%d sentences x %d rounds, checksum %.4f)",
    mode, count / seconds, megabytes / seconds, sentences.count, rounds, checksum))
