import Foundation
import GRDB
import GRDBSQLite
import PlanKit

/// `listTasks` from the rows (`ListingSQL`): the plan's distinct agencies are judged once each, the
/// standing is worked out in SQL (`StandingSQL`), and only the tasks asked for are read.
extension SQLiteStore {
    public func agencyMentions(planID: String) throws -> [AgencyMention] {
        try read { db in
            try requirePlan(planID, db: db)
            return try Self.mentions(planID: planID, db: db)
        }
    }

    public func listTasks(planID: String, query: TaskQuery) throws -> TaskListing {
        try listTasks(planID: planID, query: query, mentionsPerQuery: ListingSQL.mentionsPerQuery)
    }

    func listTasks(planID: String, query: TaskQuery, mentionsPerQuery: Int) throws -> TaskListing {
        try read { db in
            try requirePlan(planID, db: db)
            return try ListingSQL.listing(query: query, mentions: { try Self.mentions(planID: planID, db: db) },
                                          perQuery: mentionsPerQuery) { mentions in
                try Self.listed(ListingSQL(planID: planID, mentions: mentions, query: query, dialect: .sqlite),
                                asOfYear: query.asOf.year, db: db)
            }
        }
    }

    static func mentions(planID: String, db: Database) throws -> [AgencyMention] {
        try Row.fetchAll(db, sql: """
            SELECT printed, canonical, agency_id FROM plan_agency WHERE plan_id = ? ORDER BY seq
            """, arguments: [planID]).map { row in
            AgencyMention(printed: row[0], canonical: row[1], agencyID: row[2])
        }
    }

    private static func listed(_ listing: ListingSQL, asOfYear: Int, db: Database) throws -> ListingAssembler.Tasks {
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for (name, value) in listing.arguments {
            switch value {
            case .text(let text): arguments[name] = text
            case .integer(let number): arguments[name] = number
            }
        }
        var assembler = ListingAssembler(asOfYear: asOfYear)
        var names = NameTable()
        let statement = try db.makeStatement(sql: listing.sql)
        try statement.setArguments(StatementArguments(arguments))
        // The columns straight from SQLite, text from its pointer and byte count: GRDB's `row[i]` measures
        // each string again (`String(cString:)`) and converts every value through a protocol.
        let columns = RawColumns(statement: statement.sqliteStatement)
        let rows = try Row.fetchCursor(statement)
        while try rows.next() != nil {
            let position = columns.nonNullInteger(1)
            var agency: ListingAgency?
            if let order = columns.integer(18) {
                agency = ListingAgency(isLead: columns.isText(16, "lead"),
                                       printed: columns.withBytes(17) { $0.map { names.text($0) } } ?? "", position: order)
            }
            // A task's further rows (one per agency) repeat its columns: only the agency is read from them.
            if assembler.addAgency(agency, toTaskAt: position) { continue }
            let code = columns.text(0) ?? ""
            let standing = try columns.withBytes(15) { try ListingRow.standing($0 ?? UnsafeBufferPointer(start: nil, count: 0), code: code) }
            try assembler.add(ListingRow(code: code, position: position, groupCode: columns.text(2) ?? "",
                                         text: columns.text(3) ?? "", timeframeText: columns.text(4) ?? "",
                                         yearly: columns.integer(5).map { $0 != 0 } ?? false, year: columns.integer(6),
                                         status: columns.text(7), progress: columns.integer(8), note: columns.text(9),
                                         doneOn: columns.text(10), version: columns.integer(11), updatedBy: columns.text(12),
                                         updatedAtMs: columns.integer(13).map(Int64.init), deadline: columns.text(14),
                                         standing: standing, agency: agency))
        }
        return assembler.tasks()
    }
}

/// The current row of a stepped statement, read with SQLite's own functions.
private struct RawColumns {
    let statement: SQLiteStatement

    func isNull(_ index: CInt) -> Bool { sqlite3_column_type(statement, index) == SQLITE_NULL }

    /// For a NOT NULL column: no type asked.
    func nonNullInteger(_ index: CInt) -> Int { Int(sqlite3_column_int64(statement, index)) }

    func integer(_ index: CInt) -> Int? {
        isNull(index) ? nil : Int(sqlite3_column_int64(statement, index))
    }

    /// The column's UTF-8 bytes, nil for NULL; valid only inside `body`.
    func withBytes<T>(_ index: CInt, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T) rethrows -> T {
        // sqlite3_column_text before sqlite3_column_bytes: the count is then of the text's UTF-8. No
        // pointer means NULL, or (with any other type) a failed allocation, read as empty text.
        guard let text = sqlite3_column_text(statement, index) else {
            return try body(isNull(index) ? nil : UnsafeBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index))))
    }

    /// Whether the column is this text, compared up to SQLite's terminating NUL (no length asked).
    func isText(_ index: CInt, _ expected: StaticString) -> Bool {
        guard let text = sqlite3_column_text(statement, index) else { return false }
        let count = expected.utf8CodeUnitCount
        for offset in 0..<count where text[offset] != expected.utf8Start[offset] { return false }  // stops at a NUL
        return text[count] == 0
    }

    func text(_ index: CInt) -> String? {
        withBytes(index) { $0.map { String(decoding: $0, as: UTF8.self) } }
    }
}
