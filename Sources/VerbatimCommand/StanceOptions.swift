import ArgumentParser
import Verbatim

/// Stance options of `verbatim score`.
struct StanceOptions: ParsableArguments {
    @Option(name: .customLong("stance"), help: "Stance scorer: news (default), vader, or none.")
    var scorerName = ScorerKind.news.rawValue

    @Option(help: "Lexicon folder to use instead of the shipped one.")
    var lexicon: String?

    @Option(help: "Targets file: a canonical name, then its aliases, tab-separated, one target per line.")
    var targets: String?

    func validate() throws {
        guard scorerName == "none" || ScorerKind(rawValue: scorerName) != nil else {
            throw ValidationError("--stance must be news, vader or none")
        }
    }

    /// The stance stage these options ask for; `nil` for `--stance none`.
    /// - Throws: `ValidationError` when the lexicon folder or the targets file cannot be read.
    func makeScorer() throws -> StanceScorer? {
        guard let kind = ScorerKind(rawValue: scorerName) else { return nil }
        do {
            let lexiconFolder = try StanceLexicon(locator: LexiconLocator(explicitFolder: lexicon))
            let catalogue = try targets.map { try TargetCatalogue(contentsOf: $0) } ?? TargetCatalogue()
            return StanceScorer(scorer: TextStanceScorer(lexicon: lexiconFolder, kind: kind, catalogue: catalogue))
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
