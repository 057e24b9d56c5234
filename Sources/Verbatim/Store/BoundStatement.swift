import GRDB
import GRDBSQLite

/// One prepared statement (an insert or delete of the store) whose values are bound with SQLite's C functions,
/// one by one in column order, then stepped.
///
/// GRDB's `execute(arguments:)` boxes every value into a `DatabaseValue`
/// inside a `StatementArguments` array first; for the millions of small
/// values a corpus run writes, that boxing cost as much CPU time as the whole
/// analysis. The values bound here are stored exactly as GRDB stores them
/// (integers as 64-bit integers, `Double`s as reals, strings as UTF-8 text,
/// `nil` as NULL), so the rows are the same.
///
/// The statement comes from the connection's statement cache and is reset
/// after each row, so it holds no lock between rows and GRDB can reuse it.
struct BoundStatement {
    private let database: Database
    private let statement: Statement
    /// The statement's 1-based index of the next value to bind.
    private var parameter: CInt = 1
    /// The first binding that failed (too big, out of memory), reported when the row is inserted.
    private var bindingFailure: CInt = SQLITE_OK

    /// Tells SQLite to copy a bound text before the call returns: the
    /// bytes belong to a Swift string that may move afterwards.
    private static let copyBytes = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Prepares (or takes from the connection's cache) the statement `sql`.
    /// - Throws: `DatabaseError` when the SQL does not compile.
    /// - Complexity: O(*s*) in the length of `sql` the first time, then one cache lookup.
    init(_ database: Database, sql: String) throws {
        self.database = database
        statement = try database.cachedStatement(sql: sql)
    }

    /// Binds the next value.
    /// - Complexity: O(1).
    mutating func bind(_ value: Int) {
        record(sqlite3_bind_int64(statement.sqliteStatement, parameter, Int64(value)))
    }

    /// Binds the next value.
    /// - Complexity: O(1).
    mutating func bind(_ value: Double) {
        record(sqlite3_bind_double(statement.sqliteStatement, parameter, value))
    }

    /// Binds the next value as UTF-8 text.
    /// - Complexity: O(*n*) in the length of the string (SQLite copies it).
    mutating func bind(_ value: String) {
        var value = value
        let handle = statement.sqliteStatement
        let parameter = self.parameter
        let code = value.withUTF8 { bytes -> CInt in
            // An empty buffer may have no address, and a null pointer would bind NULL, not ''.
            guard let address = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(handle, parameter, "", 0, Self.copyBytes)
            }
            return address.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(
                    handle, parameter, $0, sqlite3_uint64(bytes.count), Self.copyBytes, UInt8(SQLITE_UTF8))
            }
        }
        record(code)
    }

    /// Binds the next value, or NULL.
    /// - Complexity: O(1).
    mutating func bind(_ value: Int?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Binds the next value, or NULL.
    /// - Complexity: O(1).
    mutating func bind(_ value: Double?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Binds the next value as UTF-8 text, or NULL.
    /// - Complexity: O(*n*) in the length of the string.
    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Binds NULL as the next value.
    /// - Complexity: O(1).
    mutating func bindNull() {
        record(sqlite3_bind_null(statement.sqliteStatement, parameter))
    }

    /// Runs the statement with the values bound so far and makes it ready for the next ones.
    /// - Throws: `DatabaseError` with SQLite's code and message (constraint, disk full, …).
    /// - Complexity: that of the statement (an insert updates each index in O(log *r*)).
    mutating func execute() throws {
        let handle = statement.sqliteStatement
        defer {
            parameter = 1
            bindingFailure = SQLITE_OK
        }
        guard bindingFailure == SQLITE_OK else {
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: bindingFailure), sql: statement.sql)
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = database.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }

    private mutating func record(_ code: CInt) {
        if code != SQLITE_OK, bindingFailure == SQLITE_OK { bindingFailure = code }
        parameter += 1
    }
}
