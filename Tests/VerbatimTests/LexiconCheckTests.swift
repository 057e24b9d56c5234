import Foundation
import Testing

@testable import Verbatim

/// `verbatim lexicon check`: every malformed line is reported with its file, line and problem.
struct LexiconCheckTests {
    @Test func shippedLexiconIsValid() {
        #expect(LexiconChecker.check(folder: StanceTestSupport.lexiconFolder).isEmpty)
    }

    struct BadFile: CustomTestStringConvertible {
        let file: LexiconFile
        let contents: String
        let line: Int?
        let message: String
        let why: String
        /// Loading checks only what the scorer reads: the VADER file's token and mean, and every
        /// column of the project files.
        var loaderRefuses = true
        var testDescription: String { "\(file.rawValue): \(message)" }
    }

    static let validValence = "good\t1.9\t0.9\t[2, 2, 1, 3, 2, 1, 2, 3, 1, 2]\n"

    static let badFiles: [BadFile] = [
        BadFile(file: .valence, contents: validValence + "bad\t-2.5\t0.5\n", line: 2, message: "expected 4 tab-separated columns",
                why: "a VADER row needs token, mean, standard deviation and ratings", loaderRefuses: false),
        BadFile(file: .valence, contents: validValence + "bad\tminus\t0.5\t[-2]\n", line: 2, message: "is not a number",
                why: "the mean must parse"),
        BadFile(file: .valence, contents: "huge\t7.0\t0.5\t[4]\n", line: 1, message: "outside -4...4",
                why: "VADER's scale runs from -4 to 4"),
        BadFile(file: .valence, contents: "odd\t1.0\t0.5\t[1, 9]\n", line: 1, message: "rating \"9\"",
                why: "each rating is a whole number on the scale", loaderRefuses: false),
        BadFile(file: .stanceCues, contents: "# cues\ncondemn\toppose\npraise\tlike\n", line: 3, message: "must be oppose, support or neutral",
                why: "labels are the three stance labels"),
        BadFile(file: .stanceCues, contents: "condemn\toppose\ncondemn\tsupport\n", line: 2, message: "duplicate entry",
                why: "a repeated entry is ambiguous in a project file"),
        BadFile(file: .newsValence, contents: "Ceasefire\t1.8\n", line: 1, message: "has capitals",
                why: "entries are matched against lowercased words"),
        BadFile(file: .boosters, contents: "very\tmore\n", line: 1, message: "must be increase or decrease",
                why: "booster weights are code constants; the file gives only the direction"),
        BadFile(file: .contrast, contents: "but\n", line: 1, message: "expected 2 tab-separated columns",
                why: "the kind column is required"),
        BadFile(file: .hedges, contents: "allegedly\t1\n", line: 1, message: "found a tab",
                why: "word lists have one column"),
        BadFile(file: .idioms, contents: "the  bomb\t3\n", line: 1, message: "two spaces",
                why: "phrases are single-spaced word sequences"),
        BadFile(file: .stanceCues, contents: "block\toppose\tdeed\n", line: 1, message: "must be act",
                why: "the only tag a cue takes is `act`"),
        BadFile(file: .countries, contents: "# countries\nRussia\tRussian\t\tMoscow\n", line: 2, message: "empty name or alias",
                why: "two tabs in a row leave an empty alias, which would match nothing"),
        BadFile(file: .nameParticles, contents: "al\nas\thyphen\n", line: 2, message: "`joined`",
                why: "the only tag a particle takes is `joined`"),
        BadFile(file: .withholdingVerbs, contents: "Refused\n", line: 1, message: "has capitals",
                why: "entries are matched against lowercased words"),
    ]

    @Test(arguments: badFiles)
    func reportsBadLine(_ bad: BadFile) throws {
        let folder = try StanceTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        if bad.file != .valence {
            try Self.validValence.write(to: folder.appendingPathComponent(LexiconFile.valence.rawValue), atomically: true, encoding: .utf8)
        }
        try bad.contents.write(to: folder.appendingPathComponent(bad.file.rawValue), atomically: true, encoding: .utf8)
        let problems = LexiconChecker.check(folder: folder.path)
        #expect(problems.count == 1, "\(bad.why): \(problems)")
        let problem = try #require(problems.first)
        #expect(problem.file == bad.file.rawValue && problem.line == bad.line && problem.message.contains(bad.message), "\(bad.why)")
        // Loading refuses the folder when the problem is in what the scorer reads.
        #expect(((try? StanceLexicon(folder: folder.path)) == nil) == bad.loaderRefuses, "\(bad.why)")
    }

    @Test func missingValenceFileIsReported() throws {
        let folder = try StanceTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = LexiconChecker.check(folder: folder.path)
        #expect(problems.map(\.description) == ["vader_lexicon.txt: required file is missing"])
    }

    @Test func notAFolderIsReported() {
        let problems = LexiconChecker.check(folder: "/nonexistent/verbatim-lexicons")
        #expect(problems.count == 1 && problems[0].message == "not a folder")
    }

    @Test func aMinimalFolderReplacesTheShippedSet() throws {
        // `--lexicon DIR` with only a valence file: the other files are optional.
        let folder = try StanceTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "zorgle\t3.0\t0.5\t[3, 3]\n".write(
            to: folder.appendingPathComponent(LexiconFile.valence.rawValue), atomically: true, encoding: .utf8)
        let lexicon = try StanceLexicon(folder: folder.path)
        let scorer = TextStanceScorer(lexicon: lexicon)
        let workspace = ScoringWorkspace()
        #expect(scorer.score("what a zorgle", workspace: workspace) > 0)
        #expect(scorer.score("what a good day", workspace: workspace) == 0)
    }
}

/// `--targets FILE` parsing.
struct TargetCatalogueTests {
    @Test func parsesNamesAndAliases() throws {
        let catalogue = try TargetCatalogue(parsing: "# targets\nRussia\tRussian\tMoscow\n\nBashar al-Assad\tAssad\n", file: "t.tsv")
        #expect(catalogue.targets == [
            .init(name: "Russia", aliases: ["Russian", "Moscow"]), .init(name: "Bashar al-Assad", aliases: ["Assad"]),
        ])
    }

    @Test func reportsEmptyAliasAndDuplicateTarget() {
        #expect {
            try TargetCatalogue(parsing: "Iran\t\tTehran\nRussia\nRussia\tKremlin\n", file: "t.tsv")
        } throws: { error in
            let problems = (error as? LexiconError)?.problems ?? []
            return problems.map(\.line) == [1, 3] && problems.allSatisfy { $0.file == "t.tsv" }
        }
    }
}

/// The lexicon folder's documented search order.
struct LexiconLocatorTests {
    @Test func explicitFolderIsTheOnlyCandidate() {
        let locator = LexiconLocator(explicitFolder: "/some/where", environment: ["VERBATIM_LEXICONS": "/else"])
        #expect(locator.candidates() == ["/some/where"])
    }

    @Test func environmentComesBeforeWalkingUp() throws {
        let root = try StanceTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("lexicons"), withIntermediateDirectories: true)
        let fromEnvironment = LexiconLocator(
            environment: ["VERBATIM_LEXICONS": "/env/lexicons"], executablePath: nil, currentDirectory: nested.path)
        #expect(fromEnvironment.candidates().first == "/env/lexicons")
        // Walking up from the current directory finds root/lexicons.
        let walking = LexiconLocator(environment: [:], executablePath: nil, currentDirectory: nested.path)
        #expect(try walking.locate() == root.appendingPathComponent("lexicons").standardizedFileURL.path)
    }

    @Test func executableFolderComesBeforeCurrentDirectory() {
        let locator = LexiconLocator(environment: [:], executablePath: "/opt/verbatim/bin/verbatim", currentDirectory: "/home/me")
        let candidates = locator.candidates()
        #expect(candidates.firstIndex(of: "/opt/verbatim/bin/lexicons")! < candidates.firstIndex(of: "/home/me/lexicons")!)
    }

    @Test func missingEverywhereListsWhatWasTried() {
        let locator = LexiconLocator(explicitFolder: "/nonexistent/lexicons")
        #expect(throws: LexiconLocator.NotFound.self) { try locator.locate() }
    }
}
