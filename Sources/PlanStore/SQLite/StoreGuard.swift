import Foundation
import GRDB

/// What a file must be before kehoach writes to it: empty, or a kehoach store whose schema this build
/// knows. SQLite's `application_id` header field marks the file as kehoach's; a store written before the
/// mark (tables, its first migration recorded, no id) is taken as kehoach's and marked. `user_version`
/// holds the schema number (the count of migrations applied), so a newer file is recognised even by a
/// tool that does not read GRDB's migration table.
enum StoreGuard {
    /// "KHCH" in ASCII.
    static let applicationID: Int32 = 0x4B48_4348

    /// Throws `foreignDatabase` or `newerSchema`; true when the file is not marked yet (new or older).
    @discardableResult
    static func check(_ db: Database, path: String, migrator: DatabaseMigrator) throws -> Bool {
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if id != applicationID {
            guard id == 0 else { throw StoreError.foreignDatabase(path: path) }
            if !tables.isEmpty {
                let applied = tables.contains("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
                guard let first = migrator.migrations.first, applied.contains(first) else {
                    throw StoreError.foreignDatabase(path: path)
                }
            }
        }
        let known = migrator.migrations.count
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let applied = tables.contains("grdb_migrations") ? try migrator.appliedIdentifiers(db).count : 0
        let superseded = tables.contains("grdb_migrations") ? try migrator.hasBeenSuperseded(db) : false
        if version > known || superseded {
            throw StoreError.newerSchema(path: path, schema: max(version, applied))
        }
        return id != applicationID
    }

    /// After the migrations: the mark and the schema number, written only when they differ.
    static func stampIfNeeded(_ db: Database, migrator: DatabaseMigrator) throws {
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") != applicationID {
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        if try Int.fetchOne(db, sql: "PRAGMA user_version") != migrator.migrations.count {
            try db.execute(sql: "PRAGMA user_version = \(migrator.migrations.count)")
        }
    }
}
