import ArgumentParser
import Foundation
import Verbatim

/// `verbatim lexicon`: tools for lexicon folders.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Work with lexicon folders.",
        subcommands: [LexiconCheckCommand.self])
}

/// `verbatim lexicon check DIR`: validates every known lexicon file.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the lexicon files of DIR: one line per problem (file:line: what is wrong).",
        discussion: "Exit status 0 when every file is valid, 1 otherwise.")

    @Argument(help: "The lexicon folder.")
    var folder: String

    func run() throws {
        let problems = LexiconChecker.check(folder: folder)
        for problem in problems { print(problem) }
        if !problems.isEmpty {
            FileHandle.standardError.write(Data("verbatim: \(problems.count) problem(s) in \(folder)\n".utf8))
            throw ExitCode(1)
        }
        print("\(folder): lexicon files are valid")
    }
}
