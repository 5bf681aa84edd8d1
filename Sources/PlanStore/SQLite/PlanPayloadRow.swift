import GRDB
import GRDBSQLite

/// The plan's payload row (its encoded plan and its source text) written with both values bound where
/// they lie. GRDB binds text and blobs as SQLITE_TRANSIENT, so SQLite first copies them: at 100,000 tasks
/// 60 MB of text and 11 MB of plan, at the import's peak of memory.
enum PlanPayloadRow {
    /// Runs `sql`, whose three parameters are, in order, the blob, the text and the plan's id.
    static func write(_ sql: String, blob: [UInt8], sourceText: String, planID: String, db: Database) throws {
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        var text = sourceText
        var message = ""
        let code: CInt = text.withUTF8 { textBytes in
            blob.withUnsafeBytes { blobBytes in
                // SQLITE_STATIC (nil): the bytes stay valid until the step below is done and the bindings cleared.
                // An empty value has no address: bound as a copy of nothing instead.
                var code = blobBytes.baseAddress.map { sqlite3_bind_blob64(handle, 1, $0, sqlite3_uint64(blobBytes.count), nil) }
                    ?? sqlite3_bind_zeroblob(handle, 1, 0)
                if code == SQLITE_OK {
                    code = textBytes.baseAddress.map { base in
                        base.withMemoryRebound(to: CChar.self, capacity: textBytes.count) {
                            sqlite3_bind_text64(handle, 2, $0, sqlite3_uint64(textBytes.count), nil, UInt8(SQLITE_UTF8))
                        }
                    } ?? sqlite3_bind_text(handle, 2, "", 0, transient)
                }
                if code == SQLITE_OK {
                    code = sqlite3_bind_text64(handle, 3, planID, sqlite3_uint64(planID.utf8.count), transient, UInt8(SQLITE_UTF8))
                }
                if code == SQLITE_OK { code = sqlite3_step(handle) }
                // The message before the reset and clearing, which may replace it.
                if code != SQLITE_DONE { message = String(cString: sqlite3_errmsg(db.sqliteConnection)) }
                sqlite3_reset(handle)
                sqlite3_clear_bindings(handle)
                return code
            }
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }

    /// SQLite's "copy it now" destructor, for the short id.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
