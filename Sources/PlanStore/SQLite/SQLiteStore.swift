import Foundation
import GRDB
import PlanKit

/// The embedded store: one SQLite file, opened through GRDB. Every GRDB type and SQL string stays in
/// this folder, so the `Store` protocol can have a server-backed implementation later.
///
/// Durability: WAL with `synchronous=FULL`, so a committed (acknowledged) edit survives a power cut.
/// Concurrency: writes are IMMEDIATE transactions (the write lock is taken before anything is read, so
/// two processes never deadlock on a lock upgrade), waiting up to `busyTimeout` for another writer.
public final class SQLiteStore: Store {
    public let path: String
    /// Opened read-only: the file or its directory cannot be written. Every write says so.
    public let isReadOnly: Bool
    let queue: DatabaseQueue

    /// Long enough to outwait another terminal's write; short enough to report a stuck lock.
    public static let busyTimeout: TimeInterval = 5

    /// Opens (or creates) the store. With `readOnlyIfUnwritable`, for the commands that only read, an
    /// existing store whose file or directory cannot be written is opened read-only instead of failing.
    /// Another program's database, or a store of a newer schema, is refused before anything is written;
    /// a store this call created and could not set up is removed again.
    public convenience init(path: String, readOnlyIfUnwritable: Bool = false) throws {
        try self.init(path: path, readOnly: readOnlyIfUnwritable && DatabaseFile.existsUnwritable(path: path))
    }

    init(path: String, readOnly: Bool) throws {
        self.path = path
        isReadOnly = readOnly
        let created: Bool
        if readOnly {
            created = false
        } else {
            do {
                created = try DatabaseFile.prepare(path: path)
            } catch let error as DatabaseFile.CreationError {
                throw StoreError.createFailed(path: error.path, code: error.code)
            }
        }
        do {
            queue = try Self.openQueue(path: path, readOnly: readOnly)
        } catch {
            if created { DatabaseFile.remove(path: path) }
            throw error
        }
    }

    private static func openQueue(path: String, readOnly: Bool) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "kehoach.store"
        let migrator = SQLiteSchema.migrator
        configuration.prepareDatabase { db in
            // Before anything that writes (switching to WAL rewrites the header): is the file ours?
            _ = try StoreGuard.check(db, path: path, migrator: migrator)
            if readOnly { return }
            // Not GRDB's `journalMode = .wal`: it also lowers `synchronous` to NORMAL, under which a
            // committed transaction can be lost to a power cut.
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                guard mode == "wal" else {
                    throw DatabaseError(message: "could not switch to WAL (journal mode is \(mode ?? "unknown"))")
                }
            }
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            let queue = try DatabaseQueue(path: readOnly ? readOnlyLocation(path) : path, configuration: configuration)
            if !readOnly {
                try migrator.migrate(queue)
                try queue.inDatabase { db in try StoreGuard.stampIfNeeded(db, migrator: migrator) }
            }
            return queue
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw StoreError.readOnly(path: path)  // a writing command on a store it cannot write
        } catch {
            throw StoreError.openFailed(path: path, reason: describe(error))
        }
    }

    /// A WAL store is read through its `-shm` index, which a read-only directory cannot hold. When no
    /// writer has the store open (no `-wal`, no `-shm`), the file is complete by itself and is opened as
    /// immutable, through SQLite's URI form; otherwise the existing index is shared as usual.
    private static func readOnlyLocation(_ path: String) -> String {
        let manager = FileManager.default
        let absolute = path.hasPrefix("/") ? path : manager.currentDirectoryPath + "/" + path
        guard !manager.fileExists(atPath: path + "-wal"), !manager.fileExists(atPath: path + "-shm"),
              let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) else { return path }
        return "file:" + encoded + "?immutable=1"
    }

    // MARK: Transactions

    /// One IMMEDIATE transaction: all of `body` or nothing.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path: path) }
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError.writeFailed(path: path, reason: "transaction gave no result") }
                return result
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.writeFailed(path: path, reason: Self.describe(error))
        }
    }

    /// A read from one consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.openFailed(path: path, reason: Self.describe(error))
        }
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_BUSY {
                return "the database stayed locked by another process for more than \(Int(busyTimeout)) s"
            }
            return error.message ?? error.description
        }
        return "\(error)"
    }

    // MARK: Change detection

    /// `data_version` changes when another connection commits; `total_changes()` when this one does.
    /// Packed into one number so a poller compares a single value.
    public func changeToken() throws -> Int64 {
        try read { db in
            let external = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            let own = Int64(db.totalChangesCount)
            return (external << 32) &+ (own & 0xFFFF_FFFF)
        }
    }

    // MARK: Settings

    public func setting(_ name: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [name]) }
    }

    public func setSetting(_ name: String, to value: String?) throws {
        try write { db in
            if let value {
                try db.execute(sql: """
                    INSERT INTO setting(name, value) VALUES (?, ?)
                    ON CONFLICT(name) DO UPDATE SET value = excluded.value
                    """, arguments: [name, value.cleaned])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE name = ?", arguments: [name])
            }
        }
    }

    // MARK: Maintenance

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
        }
    }

    /// The connection's pragmas that durability depends on, for tests and `--verbose` diagnostics.
    public func durabilitySettings() throws -> (journalMode: String, synchronous: Int, busyTimeoutMs: Int) {
        try queue.inDatabase { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
             try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
             try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? -1)
        }
    }
}
