import Foundation

/// The tables both backends hold (`StoreSchema`), column by column, in their order of creation, which
/// satisfies their foreign keys: what `kehoach copy` moves. Columns are named, not numbered: SQLite's
/// migrations appended some, so a column's place differs between stores while its name and meaning do not.
/// Server-only tables (`agency_login`, `schema_version`) and SQLite's migration bookkeeping stay behind.
public enum StoreTables {
    public enum Kind: Sendable { case text, integer, real, blob, boolean }

    public struct Table: Sendable {
        public let name: String
        public let columns: [(name: String, kind: Kind)]
        /// The column a sequence fills: set past the copied values afterwards (PostgreSQL).
        let serial: String?
        /// The columns that identify a row, which rows are read in order of, a batch at a time: the id,
        /// else the primary key (the order of `plan_agency` is its meaning, first mention first, its `seq`).
        let key: [String]

        init(_ table: SchemaTable) {
            name = table.name
            columns = table.columns.map { (name: $0.name, kind: Self.kind($0.type)) }
            serial = table.columns.first { $0.type == .serial }?.name
            let keyColumn = table.columns.filter { $0.constraints.contains(.primaryKey) }.map(\.name)
            key = serial.map { [$0] } ?? (table.primaryKey.isEmpty ? keyColumn : table.primaryKey)
        }

        public var columnList: String { columns.map(\.name).joined(separator: ", ") }

        /// The next `limit` rows in key order after the row whose key is given (`mark(n)` spells the n-th
        /// parameter); from the first row without one.
        func batchQuery(afterKey: Bool, limit: Int, mark: (Int) -> String) -> String {
            let keyList = key.joined(separator: ", ")
            let after = afterKey ? " WHERE (\(keyList)) > (\(key.indices.map { mark($0 + 1) }.joined(separator: ", ")))" : ""
            return "SELECT \(columnList) FROM \(name)\(after) ORDER BY \(keyList) LIMIT \(limit)"
        }

        /// A row's key values, for the next batch.
        func key(of row: [CopyValue]) -> [CopyValue] {
            key.compactMap { name in columns.firstIndex { $0.name == name }.map { row[$0] } }
        }

        private static func kind(_ type: ColumnType) -> Kind {
            switch type {
            case .text: .text
            case .integer, .bigInteger, .serial: .integer
            case .boolean: .boolean
            case .real: .real
            case .blob: .blob
            }
        }
    }

    public static let all: [Table] = StoreSchema.latestTables.map(Table.init)
}

/// One cell on its way between backends. Booleans travel as integers 0/1, SQLite's own spelling.
public enum CopyValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}
