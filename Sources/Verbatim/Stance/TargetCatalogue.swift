import Foundation

/// Named targets and the words that refer to them (`--targets FILE`).
///
/// File format: UTF-8 text, one target per line: the canonical name, then its aliases,
/// separated by tabs (`Russia<TAB>Russian<TAB>Moscow<TAB>Kremlin`). The canonical name is an
/// alias too. Blank lines and lines starting with `# ` are skipped. Matching ignores case.
public struct TargetCatalogue: Sendable, Hashable {
    public struct Target: Sendable, Hashable {
        public var name: String
        public var aliases: [String]

        /// - Complexity: O(1).
        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
    }

    public var targets: [Target]

    /// - Complexity: O(1).
    public init(targets: [Target] = []) {
        self.targets = targets
    }

    /// Reads a targets file.
    /// - Throws: `LexiconError` with the file and line of each malformed line.
    /// - Complexity: O(*n*) in the file's length.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let contents = String(data: data, encoding: .utf8) else {
            throw LexiconError(problems: [LexiconProblem(file: path, line: nil, message: "cannot be read as UTF-8 text")])
        }
        try self.init(parsing: contents, file: path)
    }

    /// Parses the targets format.
    /// - Parameter file: the name used in error messages.
    /// - Throws: `LexiconError` listing every malformed line.
    /// - Complexity: O(*n*) in the text's length.
    public init(parsing contents: String, file: String) throws {
        var targets: [Target] = []
        var problems: [LexiconProblem] = []
        var seen: [String: Int] = [:]
        for (offset, rawLine) in contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line == "#" || line.hasPrefix("# ") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if columns.contains(where: \.isEmpty) {
                problems.append(LexiconProblem(file: file, line: offset + 1, message: "empty name or alias (two tabs in a row?)"))
                continue
            }
            if let first = seen[columns[0].lowercased()] {
                problems.append(LexiconProblem(file: file, line: offset + 1, message: "target \"\(columns[0])\" already defined on line \(first)"))
                continue
            }
            seen[columns[0].lowercased()] = offset + 1
            targets.append(Target(name: columns[0], aliases: Array(columns.dropFirst())))
        }
        if !problems.isEmpty { throw LexiconError(problems: problems) }
        self.targets = targets
    }
}
