import GRDB

/// A database failure, said in words a user can act on.
public struct StoreError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, by what the user can do about it.
    public enum Reason: String, Sendable {
        case diskFull = "the disk (or the database's size limit) is full"
        case readOnly = "the database is read-only"
        case cannotOpen = "the database cannot be opened"
        case notADatabase = "the file is not a Verbatim SQLite database, or it is damaged"
        case busy = "another process holds the database locked"
        case other = "SQLite failed"
    }

    public let path: String
    public let reason: Reason
    /// SQLite's own message.
    public let detail: String

    public init(path: String, reason: Reason, detail: String) {
        self.path = path
        self.reason = reason
        self.detail = detail
    }

    public var description: String {
        var text = "database \(path): \(reason.rawValue) (\(detail))"
        switch reason {
        case .diskFull:
            text += "; every batch committed so far is kept: free space and rerun the same command to resume"
        case .readOnly, .cannotOpen:
            text += "; check the file's permissions and its folder, or choose another --db"
        default: break
        }
        return text
    }

    /// The store error for a GRDB error; other errors pass through unchanged.
    static func wrapping(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        let reason: Reason
        switch error.resultCode {
        case .SQLITE_FULL: reason = .diskFull
        case .SQLITE_READONLY: reason = .readOnly
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: reason = .cannotOpen
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: reason = .notADatabase
        case .SQLITE_BUSY, .SQLITE_LOCKED: reason = .busy
        case .SQLITE_IOERR:
            // SQLite reports a full disk met while writing the WAL as an I/O error
            // with the OS's ENOSPC text; say "disk full" when that is what it is.
            reason = (error.message ?? "").contains("No space") ? .diskFull : .other
        default: reason = .other
        }
        return StoreError(path: path, reason: reason, detail: error.message ?? "\(error.resultCode)")
    }
}
