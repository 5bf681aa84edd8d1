import Foundation
import GRDB

/// `kehoach copy` from and into a SQLite store: the rows of `StoreTables.all`, by column name.
extension SQLiteStore: StoreCopying {
    public func readingForCopy<T>(_ body: (any CopyReading) throws -> T) throws -> T {
        try read { db in try body(SQLiteCopyRows(db: db)) }
    }

    public func writingForCopy(replacing: Bool, _ body: (any CopyWriting) throws -> Void) throws {
        let refusal = CopyRefusal()
        do {
            try write { db in
                try refusal.watch {
                    let rows = SQLiteCopyRows(db: db)
                    try StoreCopy.prepare(rows, replacing: replacing)
                    try body(rows)
                }
            }
        } catch {
            throw refusal.error ?? error
        }
    }
}

/// One connection's rows for a copy, inside the read or the write it was made in.
struct SQLiteCopyRows: CopyReading, CopyWriting {
    let db: Database

    func counts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in StoreTables.all {
            counts[table.name] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.name)") ?? 0
        }
        return counts
    }

    func rows(_ table: StoreTables.Table, after: [CopyValue]?, limit: Int) throws -> [[CopyValue]] {
        let sql = table.batchQuery(afterKey: after != nil, limit: limit) { _ in "?" }
        let arguments = StatementArguments((after ?? []).map(Self.databaseValue))
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            (0..<table.columns.count).map { Self.copyValue(row[$0] as DatabaseValue) }
        }
    }

    func insert(_ rows: [[CopyValue]], into table: StoreTables.Table) throws {
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let insert = try db.cachedStatement(sql: "INSERT INTO \(table.name)(\(table.columnList)) VALUES (\(marks))")
        for row in rows { try insert.execute(arguments: StatementArguments(row.map(Self.databaseValue))) }
    }

    func deleteAll(_ table: StoreTables.Table) throws {
        try db.execute(sql: "DELETE FROM \(table.name)")
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
