import Foundation
import GRDB

/// `kehoach copy` from and into a SQLite store: the rows of `StoreTables.all`, by column name.
extension SQLiteStore: StoreCopying {
    public func snapshot() throws -> StoreSnapshot {
        try read { db in
            var rows: [String: [[CopyValue]]] = [:]
            for table in StoreTables.all {
                let sql = "SELECT \(table.columnList) FROM \(table.name) ORDER BY \(table.sqliteOrder)"
                rows[table.name] = try Row.fetchAll(db, sql: sql).map { row in
                    (0..<table.columns.count).map { Self.copyValue(row[$0] as DatabaseValue) }
                }
            }
            return StoreSnapshot(rows: rows)
        }
    }

    public func load(_ snapshot: StoreSnapshot, replacing: Bool) throws -> [String: Int] {
        let refusal = CopyRefusal()
        do {
            return try write { db in try refusal.watch { try Self.load(snapshot, replacing: replacing, db) } }
        } catch {
            throw refusal.error ?? error
        }
    }

    private static func load(_ snapshot: StoreSnapshot, replacing: Bool, _ db: Database) throws -> [String: Int] {
        if let (table, count) = StoreCopy.firstNonEmpty(try counts(db)) {
            guard replacing else { throw CopyError.destinationNotEmpty(table: table, rows: count) }
            for table in StoreTables.all.reversed() { try db.execute(sql: "DELETE FROM \(table.name)") }
        }
        for table in StoreTables.all {
            let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
            let insert = try db.makeStatement(sql: "INSERT INTO \(table.name)(\(table.columnList)) VALUES (\(marks))")
            for row in snapshot.rows[table.name] ?? [] {
                try insert.execute(arguments: StatementArguments(row.map(databaseValue)))
            }
        }
        let written = try counts(db)
        try StoreCopy.verify(written, against: snapshot)
        return written
    }

    private static func counts(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in StoreTables.all {
            counts[table.name] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.name)") ?? 0
        }
        return counts
    }

    private static func copyValue(_ value: DatabaseValue) -> CopyValue {
        switch value.storage {
        case .null: .null
        case .int64(let int): .integer(int)
        case .double(let double): .real(double)
        case .string(let string): .text(string)
        case .blob(let data): .blob(data)
        }
    }

    private static func databaseValue(_ value: CopyValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let int): int.databaseValue
        case .real(let double): double.databaseValue
        case .text(let string): string.databaseValue
        case .blob(let data): data.databaseValue
        }
    }
}
