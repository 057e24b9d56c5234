import Foundation

/// Finds the folder of lexicon data files (`lexicons/`) at run time.
///
/// Search order, first hit wins:
/// 1. an explicit folder (`--lexicon DIR`), which must exist;
/// 2. the folder named by the environment variable `VERBATIM_LEXICONS`;
/// 3. a folder named `lexicons` in the executable's folder or any folder above it
///    (an installed copy beside the binary, or the package root above `.build/…/verbatim`);
/// 4. a folder named `lexicons` in the current directory or any folder above it.
///
/// Every stage that reads lexicon files (attribution cue verbs, stance) uses this one order.
public struct LexiconLocator: Sendable {
    /// The environment variable that names the lexicon folder.
    public static let environmentVariable = "VERBATIM_LEXICONS"
    /// The folder name looked for when walking up from the executable and the current directory.
    public static let folderName = "lexicons"

    /// Raised when no candidate folder exists.
    public struct NotFound: Error, CustomStringConvertible {
        /// Every folder that was tried, in search order.
        public var tried: [String]
        public var description: String {
            "no lexicon folder found; tried: " + tried.joined(separator: ", ")
                + " (pass --lexicon DIR or set \(LexiconLocator.environmentVariable))"
        }
    }

    public var explicitFolder: String?
    public var environment: [String: String]
    public var executablePath: String?
    public var currentDirectory: String

    /// - Parameters:
    ///   - explicitFolder: a folder given by the user; when set, it is the only candidate.
    ///   - environment: the process environment (injectable for tests).
    ///   - executablePath: the running binary's path.
    ///   - currentDirectory: the folder relative paths start from.
    /// - Complexity: O(1).
    public init(
        explicitFolder: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = Bundle.main.executablePath ?? CommandLine.arguments.first,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.explicitFolder = explicitFolder
        self.environment = environment
        self.executablePath = executablePath
        self.currentDirectory = currentDirectory
    }

    /// The folders tried, in order.
    /// - Complexity: O(*d*) in the depth of the executable's and current directory's paths.
    public func candidates() -> [String] {
        if let explicitFolder { return [absolute(explicitFolder)] }
        var folders: [String] = []
        if let fromEnvironment = environment[Self.environmentVariable], !fromEnvironment.isEmpty {
            folders.append(absolute(fromEnvironment))
        }
        if let executablePath {
            let resolved = URL(fileURLWithPath: absolute(executablePath)).resolvingSymlinksInPath()
            folders += ancestors(of: resolved.deletingLastPathComponent()).map { $0.appendingPathComponent(Self.folderName).path }
        }
        folders += ancestors(of: URL(fileURLWithPath: currentDirectory)).map {
            $0.appendingPathComponent(Self.folderName).path
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// The first candidate folder that exists.
    /// - Returns: the folder's path.
    /// - Throws: `NotFound` listing every folder tried.
    /// - Complexity: O(*d*) file-system checks.
    public func locate() throws -> String {
        let tried = candidates()
        for folder in tried {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue {
                return folder
            }
        }
        throw NotFound(tried: tried)
    }

    /// The path of `name` inside the located folder (the file itself may be missing).
    /// - Throws: `NotFound` when no folder exists.
    /// - Complexity: as `locate()`.
    public func path(of name: String) throws -> String {
        URL(fileURLWithPath: try locate()).appendingPathComponent(name).path
    }

    private func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent(path).standardizedFileURL.path
    }

    private func ancestors(of folder: URL) -> [URL] {
        var result: [URL] = []
        var current = folder.standardizedFileURL
        while true {
            result.append(current)
            let parent = current.deletingLastPathComponent().standardizedFileURL
            if parent.path == current.path || current.path == "/" { break }
            current = parent
        }
        return result
    }
}
