import Foundation
import PostgresNIO

/// `kehoach copy` from and into the shared store: the rows of `StoreTables.all`, by column name,
/// inserted many rows per statement (a round trip per row would take minutes for a large province).
extension PostgresStore: StoreCopying {
    public func readingForCopy<T>(_ body: (any CopyReading) throws -> T) throws -> T {
        try read { transaction in try body(PostgresCopyRows(transaction: transaction)) }
    }

    public func writingForCopy(replacing: Bool, _ body: (any CopyWriting) throws -> Void) throws {
        let refusal = CopyRefusal()
        do {
            try write { transaction in
                try refusal.watch {
                    // The revisions are copied as they are: the server writes none of its own for the copied
                    // results. Only a login that may write revisions can ask it (`PostgresSchema.v6`, `v8`).
                    try transaction.execute("SELECT set_config('kehoach.copying', 'on', true)")
                    let rows = PostgresCopyRows(transaction: transaction)
                    try StoreCopy.prepare(rows, replacing: replacing)
                    try body(rows)
                    for table in StoreTables.all {
                        guard let serial = table.serial else { continue }
                        // The next id after the copied ones, so new rows never collide with them.
                        try transaction.execute("""
                            SELECT setval(pg_get_serial_sequence('\(table.name)', '\(serial)'),
                                          (SELECT coalesce(max(\(serial)), 0) + 1 FROM \(table.name)), false)
                            """)
                    }
                }
            }
        } catch {
            throw refusal.error ?? error
        }
    }
}

/// The session's rows for a copy, inside the read or the write transaction it was made in.
struct PostgresCopyRows: CopyReading, CopyWriting {
    let transaction: PostgresSession.Transaction

    /// Parameters per statement stay under the protocol's limit of 65,535.
    private static let parametersPerStatement = 30_000

    func counts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in StoreTables.all {
            counts[table.name] = Int(try transaction.row("SELECT count(*) FROM \(table.name)")?.value(0, as: Int64.self) ?? 0)
        }
        return counts
    }

    func rows(_ table: StoreTables.Table, after: [CopyValue]?, limit: Int) throws -> [[CopyValue]] {
        let sql = table.batchQuery(afterKey: after != nil, limit: limit) { "$\($0)" }
        let keyKinds = table.key.compactMap { name in table.columns.first { $0.name == name }?.kind }
        let values = try zip(after ?? [], keyKinds).map { try Self.bind($0, $1, table.name) }
        return try transaction.rows(sql, values).map { row in
            try table.columns.enumerated().map { index, column in try Self.copyValue(row, index, column.kind) }
        }
    }

    func insert(_ rows: [[CopyValue]], into table: StoreTables.Table) throws {
        let perStatement = max(1, Self.parametersPerStatement / table.columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var values: [PGValue] = []
            var tuples: [String] = []
            for row in chunk {
                let first = values.count
                tuples.append("(" + (1...table.columns.count).map { "$\(first + $0)" }.joined(separator: ", ") + ")")
                for (value, column) in zip(row, table.columns) { values.append(try Self.bind(value, column.kind, table.name)) }
            }
            try transaction.execute("INSERT INTO \(table.name)(\(table.columnList)) VALUES " + tuples.joined(separator: ", "),
                                    values)
            start += chunk.count
        }
    }

    func deleteAll(_ table: StoreTables.Table) throws {
        try transaction.execute("DELETE FROM \(table.name)")
    }

    private static func copyValue(_ row: PostgresRandomAccessRow, _ index: Int, _ kind: StoreTables.Kind) throws -> CopyValue {
        switch kind {
        case .text: return try row.value(index, as: String?.self).map(CopyValue.text) ?? .null
        case .integer: return try row.value(index, as: Int64?.self).map(CopyValue.integer) ?? .null
        case .real: return try row.value(index, as: Double?.self).map(CopyValue.real) ?? .null
        case .blob: return try row.value(index, as: Data?.self).map(CopyValue.blob) ?? .null
        case .boolean: return try row.value(index, as: Bool?.self).map { .integer($0 ? 1 : 0) } ?? .null
        }
    }

    /// A SQLite cell as the PostgreSQL column's type: SQLite keeps whatever was written, so a cell of
    /// another type than its column is refused rather than guessed at.
    private static func bind(_ value: CopyValue, _ kind: StoreTables.Kind, _ table: String) throws -> PGValue {
        switch (kind, value) {
        case (.text, .null): return .text(nil)
        case (.text, .text(let text)): return .text(text)
        case (.integer, .null): return .bigint(nil)
        case (.integer, .integer(let int)): return .bigint(int)
        case (.real, .null): return .real(nil)
        case (.real, .real(let real)): return .real(real)
        case (.real, .integer(let int)): return .real(Double(int))
        case (.blob, .null): return .bytes(nil)
        case (.blob, .blob(let data)): return .bytes(data)
        case (.boolean, .null): return .bool(nil)
        case (.boolean, .integer(let int)): return .bool(int != 0)
        default:
            throw StoreError.invalidPlan("\(table): a value of \(value) where the column holds \(kind)")
        }
    }
}
