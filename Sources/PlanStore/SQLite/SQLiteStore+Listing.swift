import Foundation
import GRDB
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

    private static func listed(_ listing: ListingSQL, asOfYear: Int, db: Database) throws -> [(position: Int, task: ListedTask)] {
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for (name, value) in listing.arguments {
            switch value {
            case .text(let text): arguments[name] = text
            case .integer(let number): arguments[name] = number
            }
        }
        var assembler = ListingAssembler(asOfYear: asOfYear)
        let rows = try Row.fetchCursor(db, sql: listing.sql, arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            var agency: (role: String, printed: String, position: Int)?
            if let role: String = row[16], let printed: String = row[17], let order: Int = row[18] { agency = (role, printed, order) }
            // A task's further rows (one per agency) repeat its columns: only the agency is read from them.
            if assembler.addAgency(agency, toTaskAt: row[1]) { continue }
            try assembler.add(ListingRow(code: row[0], position: row[1], groupCode: row[2], text: row[3], timeframeText: row[4],
                                         yearly: row[5], year: row[6], status: row[7], progress: row[8], note: row[9],
                                         doneOn: row[10], version: row[11], updatedBy: row[12], updatedAtMs: row[13],
                                         deadline: row[14], standing: row[15], agency: agency))
        }
        return assembler.tasks()
    }
}
