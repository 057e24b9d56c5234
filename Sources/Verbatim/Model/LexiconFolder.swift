import Foundation

/// The folder of lexicon files (`lexicons/` at the package root) and the
/// lexicons the quote and attribution stages read from it.
///
/// When no folder is given, the folder is found in `LexiconLocator`'s
/// search order (the one every stage uses).
public struct LexiconFolder: Sendable {
    public let url: URL

    /// Uses `url` as the lexicon folder.
    /// - Complexity: O(1).
    public init(url: URL) {
        self.url = url
    }

    /// The first folder in `LexiconLocator`'s search order that holds the
    /// attribution lexicons, or nil.
    /// - Complexity: O(*d*) file system checks in the depth of the paths searched.
    public static func locate() -> LexiconFolder? {
        for path in LexiconLocator().candidates()
        where FileManager.default.fileExists(atPath: path + "/cue-verbs.txt") {
            return LexiconFolder(url: URL(fileURLWithPath: path))
        }
        return nil
    }

    /// The folder found once per process by `locate()`; nil when there is none.
    public static let located: LexiconFolder? = locate()

    /// Reads `name` from the folder.
    /// - Throws: the file system's error when the file cannot be read.
    /// - Complexity: O(*n*) in the size of the file.
    public func lexicon(_ name: String) throws -> PhraseLexicon {
        try PhraseLexicon(contentsOf: url.appendingPathComponent(name))
    }

    /// Reads `name`, or returns an empty lexicon and warns once on standard
    /// error when the folder or file is missing (the stages then find only
    /// what needs no lexicon: quotation marks).
    /// - Complexity: O(*n*) in the size of the file.
    public static func lexiconOrEmpty(_ name: String, in folder: LexiconFolder?) -> PhraseLexicon {
        guard let folder else {
            warnMissing("no lexicons/ folder found (set \(LexiconLocator.environmentVariable))")
            return PhraseLexicon()
        }
        do {
            return try folder.lexicon(name)
        } catch {
            warnMissing("cannot read \(folder.url.appendingPathComponent(name).path): \(error)")
            return PhraseLexicon()
        }
    }

    private static let warning = WarningLatch()

    private static func warnMissing(_ message: String) {
        guard warning.fire() else { return }
        FileHandle.standardError.write(Data(("verbatim: warning: \(message)\n").utf8))
    }
}

/// A flag that is true the first time it is asked, then false.
final class WarningLatch: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false

    func fire() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if fired { return false }
        fired = true
        return true
    }
}
