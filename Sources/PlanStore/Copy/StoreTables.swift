import Foundation

/// The tables both backends hold, column by column, in an order that satisfies their foreign keys:
/// what `kehoach copy` moves. Columns are named, not numbered, because SQLite's migrations appended
/// some (the column order differs between the two schemas while the names and meanings are the same).
/// Server-only tables (`agency_login`, `schema_version`) and SQLite's migration bookkeeping stay behind.
public enum StoreTables {
    public enum Kind: Sendable { case text, integer, real, blob, boolean }

    public struct Table: Sendable {
        public let name: String
        public let columns: [(name: String, kind: Kind)]
        /// How rows are read, so the copy keeps their order (ids are copied; the order of
        /// `plan_agency` is its meaning: first mention first).
        let sqliteOrder: String
        let postgresOrder: String
        /// The PostgreSQL column filled by a sequence: set past the copied values afterwards.
        let serial: String?

        init(_ name: String, _ columns: [(String, Kind)], order: String, postgresOrder: String? = nil,
             serial: String? = nil) {
            self.name = name
            self.columns = columns.map { (name: $0.0, kind: $0.1) }
            sqliteOrder = order
            self.postgresOrder = postgresOrder ?? order
            self.serial = serial
        }

        public var columnList: String { columns.map(\.name).joined(separator: ", ") }
    }

    public static let all: [Table] = [
        Table("plan", [("id", .text), ("identity_key", .text), ("position", .integer), ("number", .text),
                       ("title", .text), ("issuer", .text), ("province", .text), ("source_digest", .text),
                       ("task_count", .integer), ("imported_at_ms", .integer), ("imported_by", .text),
                       ("updated_at_ms", .integer), ("source_file_kind", .text), ("source_file_digest", .text)],
              order: "position, id"),
        Table("plan_payload", [("plan_id", .text), ("plan_blob", .blob), ("source_text", .text)], order: "plan_id"),
        Table("task", [("plan_id", .text), ("code", .text), ("position", .integer), ("group_code", .text),
                       ("text", .text), ("timeframe_kind", .text), ("timeframe_text", .text),
                       ("timeframe_start", .text), ("timeframe_end", .text), ("yearly", .boolean)],
              order: "plan_id, position"),
        Table("task_agency", [("plan_id", .text), ("task_code", .text), ("role", .text), ("position", .integer),
                              ("printed", .text), ("canonical", .text), ("agency_id", .text), ("search_key", .text)],
              order: "plan_id, task_code, role, position"),
        Table("plan_agency", [("plan_id", .text), ("printed", .text), ("canonical", .text), ("agency_id", .text),
                              ("search_key", .text)],
              order: "rowid", postgresOrder: "seq", serial: "seq"),
        Table("status", [("plan_id", .text), ("task_code", .text), ("year", .integer), ("status", .text),
                         ("progress", .integer), ("note", .text), ("done_on", .text), ("version", .integer),
                         ("updated_by", .text), ("updated_at_ms", .integer)],
              order: "plan_id, task_code, year"),
        Table("batch", [("id", .integer), ("plan_id", .text), ("who", .text), ("at_ms", .integer), ("kind", .text),
                        ("replay_of", .integer), ("undone_by", .integer), ("redone_by", .integer)],
              order: "id", serial: "id"),
        Table("history", [("id", .integer), ("batch_id", .integer), ("plan_id", .text), ("task_code", .text),
                          ("year", .integer), ("at_ms", .integer), ("who", .text), ("kind", .text),
                          ("replay_of", .integer), ("from_json", .text), ("to_json", .text), ("note", .text)],
              order: "id", serial: "id"),
        Table("target_value", [("plan_id", .text), ("objective_index", .integer), ("target_index", .integer),
                               ("year", .integer), ("value", .real), ("note", .text), ("updated_by", .text),
                               ("updated_at_ms", .integer)],
              order: "plan_id, objective_index, target_index, year"),
        Table("setting", [("name", .text), ("value", .text)], order: "name"),
        Table("task_result", [("plan_id", .text), ("period", .text), ("task_code", .text), ("agency", .text),
                              ("version", .integer), ("record_json", .text)],
              order: "plan_id, period, task_code, agency"),
        Table("agency_section", [("plan_id", .text), ("period", .text), ("agency", .text), ("version", .integer),
                                 ("record_json", .text)],
              order: "plan_id, period, agency"),
        Table("result_history", [("id", .integer), ("plan_id", .text), ("kind", .text), ("record_json", .text),
                                 ("who", .text), ("at_ms", .integer)],
              order: "id", serial: "id"),
    ]
}

/// One cell on its way between backends. Booleans travel as integers 0/1, SQLite's own spelling.
public enum CopyValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

/// Every row of every table in `StoreTables.all`, read from one snapshot of the source.
public struct StoreSnapshot: Sendable {
    public var rows: [String: [[CopyValue]]]

    public init(rows: [String: [[CopyValue]]]) { self.rows = rows }

    public var counts: [String: Int] { rows.mapValues(\.count) }
}

/// A backend `kehoach copy` can read a whole store from and write a whole store into.
public protocol StoreCopying: AnyObject {
    /// Every table's rows from one consistent snapshot.
    func snapshot() throws -> StoreSnapshot
    /// Writes the snapshot in one transaction: refused (nothing written) when the store holds any row and
    /// `replacing` is false; with `replacing`, what it held is deleted first, in the same transaction.
    /// Before committing, each table's row count is read back and must equal the snapshot's, or
    /// nothing is committed. Returns the counts read back.
    func load(_ snapshot: StoreSnapshot, replacing: Bool) throws -> [String: Int]
}

public enum CopyError: Error, Equatable, Sendable {
    /// The destination holds rows (table, count of the first non-empty one) and `--replace` was not given.
    case destinationNotEmpty(table: String, rows: Int)
    /// A table's count read back in the destination differs from the source's.
    case countMismatch(table: String, source: Int, destination: Int)
    /// Source and destination are the same store.
    case sameStore
}

public enum StoreCopy {
    /// The counts of the tables that must hold rows for the copy to be refused.
    static func firstNonEmpty(_ counts: [String: Int]) -> (table: String, rows: Int)? {
        for table in StoreTables.all {
            if let count = counts[table.name], count > 0 { return (table.name, count) }
        }
        return nil
    }

    /// Throws unless every table of the snapshot has as many rows in `counts`.
    static func verify(_ counts: [String: Int], against snapshot: StoreSnapshot) throws {
        for table in StoreTables.all {
            let expected = snapshot.rows[table.name]?.count ?? 0
            let found = counts[table.name] ?? 0
            if expected != found { throw CopyError.countMismatch(table: table.name, source: expected, destination: found) }
        }
    }

    /// Copies a whole store. The destination is written in one transaction, verified by counts before it commits.
    public static func copy(from source: any StoreCopying, to destination: any StoreCopying,
                            replacing: Bool) throws -> (source: [String: Int], destination: [String: Int]) {
        if source === destination { throw CopyError.sameStore }
        let snapshot = try source.snapshot()
        let written = try destination.load(snapshot, replacing: replacing)
        return (snapshot.counts, written)
    }
}

/// A copy's refusal (`CopyError`) kept while a store's `write` words every other error as a failed
/// write, so that it is thrown as itself: `watch` the body inside the write, throw `error ?? caught`.
final class CopyRefusal {
    private(set) var error: CopyError?

    func watch<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as CopyError {
            error = refusal
            throw refusal
        }
    }
}
