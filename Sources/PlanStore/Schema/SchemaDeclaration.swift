/// The vocabulary of `StoreSchema`: tables, columns and indexes named once, by what they hold, and the
/// changes each schema version makes. Each backend renders them in its own SQL (`SchemaDialect`).

/// What a column holds; SQLite and PostgreSQL spell each kind their own way.
enum ColumnType: Sendable, Equatable {
    case text
    /// A small count or index (years, progress, objective numbers): INTEGER in both.
    case integer
    /// Times in milliseconds, versions, positions, ids: SQLite's INTEGER, PostgreSQL's BIGINT.
    case bigInteger
    case boolean
    case real
    case blob
    /// A row id the database assigns, the table's primary key.
    case serial
}

struct SchemaColumn: Sendable, Equatable {
    enum Constraint: Sendable, Equatable {
        case notNull, primaryKey, unique
        /// An SQL literal both backends read alike ('text', 0).
        case defaultValue(String)
        /// An SQL condition both backends read alike.
        case check(String)
        /// "plan(id) ON DELETE CASCADE".
        case references(String)
    }

    let name: String
    let type: ColumnType
    let constraints: [Constraint]

    init(_ name: String, _ type: ColumnType, _ constraints: Constraint...) {
        self.name = name
        self.type = type
        self.constraints = constraints
    }

    /// A primary key (also a serial one) is never empty, whatever the backend's own default.
    var isNotNull: Bool {
        type == .serial || constraints.contains(.notNull) || constraints.contains(.primaryKey)
    }
}

struct SchemaTable: Sendable, Equatable {
    let name: String
    var columns: [SchemaColumn]
    /// A key of several columns; a single-column key is the column's own constraint.
    var primaryKey: [String] = []
    /// Table constraints, the same SQL in both: "FOREIGN KEY (plan_id, task_code) REFERENCES task(...) ...".
    var foreignKeys: [String] = []
    /// SQLite keeps the rows in the primary key's b-tree (no rowid): smaller and faster for keyed tables.
    var withoutRowID = false
}

struct SchemaIndex: Sendable, Equatable {
    let name: String
    let table: String
    /// Column names or expressions ("coalesce(agency_id, '')"), the same SQL in both.
    let columns: [String]
    var unique = false
}

/// One step of a version. Within a version, tables, columns and indexes are created first, then the
/// backend's own data steps run (`SQLiteSchema.dataSteps`), then columns and tables are dropped: a moved
/// value is copied before its old column or table goes.
enum SchemaChange: Sendable {
    case createTable(SchemaTable)
    case addColumn(table: String, SchemaColumn)
    case dropColumn(table: String, column: String)
    case createIndex(SchemaIndex)
    /// The table and its indexes.
    case dropTable(String)
}

struct SchemaVersion: Sendable {
    let number: Int
    /// What the version brought. With the number, SQLite's migration identifier: never edited once released.
    let title: String
    let changes: [SchemaChange]

    var identifier: String { "v\(number): \(title)" }
}
