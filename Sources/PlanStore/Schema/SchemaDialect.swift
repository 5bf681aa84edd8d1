/// `StoreSchema` in each backend's SQL: the same tables, columns, keys and indexes, the types as each
/// spells them (a flag is SQLite's INTEGER 0/1 and PostgreSQL's BOOLEAN).
enum SchemaDialect: Sendable {
    case sqlite, postgres

    func type(_ type: ColumnType) -> String {
        switch (self, type) {
        case (_, .text): "TEXT"
        case (_, .integer): "INTEGER"
        case (.sqlite, .bigInteger), (.sqlite, .boolean): "INTEGER"
        case (.postgres, .bigInteger): "BIGINT"
        case (.postgres, .boolean): "BOOLEAN"
        case (.sqlite, .real): "REAL"
        case (.postgres, .real): "DOUBLE PRECISION"
        case (.sqlite, .blob): "BLOB"
        case (.postgres, .blob): "BYTEA"
        // AUTOINCREMENT: an id once given is never given again, as a PostgreSQL sequence.
        case (.sqlite, .serial): "INTEGER PRIMARY KEY AUTOINCREMENT"
        case (.postgres, .serial): "BIGSERIAL PRIMARY KEY"
        }
    }

    func column(_ column: SchemaColumn) -> String {
        var parts = [column.name, type(column.type)]
        for constraint in column.constraints {
            switch constraint {
            case .notNull: parts.append("NOT NULL")
            case .primaryKey: parts.append("PRIMARY KEY NOT NULL")
            case .unique: parts.append("UNIQUE")
            case .defaultValue(let value): parts.append("DEFAULT \(value)")
            case .check(let condition): parts.append("CHECK (\(condition))")
            case .references(let target): parts.append("REFERENCES \(target)")
            }
        }
        return parts.joined(separator: " ")
    }

    func createTable(_ table: SchemaTable, named name: String? = nil) -> String {
        var lines = table.columns.map(column)
        if !table.primaryKey.isEmpty { lines.append("PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))") }
        lines += table.foreignKeys
        let rowID = self == .sqlite && table.withoutRowID ? " WITHOUT ROWID" : ""
        return "CREATE TABLE \(name ?? table.name) (\n    " + lines.joined(separator: ",\n    ") + "\n)" + rowID
    }

    func createIndex(_ index: SchemaIndex) -> String {
        "CREATE \(index.unique ? "UNIQUE " : "")INDEX \(index.name) ON \(index.table)(\(index.columns.joined(separator: ", ")))"
    }

    /// Every table and index of the schema at `version`, for a new database.
    func create(at version: Int) -> [String] {
        let (tables, indexes) = StoreSchema.tables(at: version)
        return tables.map { createTable($0) } + indexes.map(createIndex)
    }

    /// A version's statements: `additions` before the backend's data steps for it, `removals` after.
    func migration(_ version: SchemaVersion) -> (additions: [String], removals: [String]) {
        var additions: [String] = []
        var removals: [String] = []
        for change in version.changes {
            switch change {
            case .createTable(let table):
                additions.append(createTable(table))
            case .addColumn(let table, let column) where column.type == .serial && self == .sqlite:
                additions += rebuild(table, adding: column, at: version.number)
            case .addColumn(let table, let column):
                // PostgreSQL stores made before a column was declared here may hold it already (`seq`).
                let guarded = self == .postgres ? "IF NOT EXISTS " : ""
                additions.append("ALTER TABLE \(table) ADD COLUMN \(guarded)\(self.column(column))")
            case .createIndex(let index):
                additions.append(createIndex(index))
            case .dropColumn(let table, let column):
                removals.append("ALTER TABLE \(table) DROP COLUMN \(column)")
            case .dropTable(let table):
                removals.append("DROP TABLE \(table)")
            }
        }
        return (additions, removals)
    }

    /// SQLite cannot add a key column to a table: the table is made again in its new shape and its rows
    /// copied, the rowid (the order rows were written in) becoming the new serial column.
    private func rebuild(_ name: String, adding serial: SchemaColumn, at version: Int) -> [String] {
        let shape = StoreSchema.tables(at: version)
        guard let table = shape.tables.first(where: { $0.name == name }) else { return [] }
        let kept = table.columns.map(\.name).filter { $0 != serial.name }.joined(separator: ", ")
        let temporary = name + "_rebuilt"
        return [
            createTable(table, named: temporary),
            "INSERT INTO \(temporary)(\(serial.name), \(kept)) SELECT rowid, \(kept) FROM \(name) ORDER BY rowid",
            "DROP TABLE \(name)",
            "ALTER TABLE \(temporary) RENAME TO \(name)",
        ] + shape.indexes.filter { $0.table == name }.map(createIndex)
    }
}
