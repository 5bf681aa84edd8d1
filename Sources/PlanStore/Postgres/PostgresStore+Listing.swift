import Foundation
import PlanKit
import PostgresNIO

/// `listTasks` and the first page from the rows, as in SQLite (`ListingSQL`), not by decoding the plan.
extension PostgresStore {
    public func agencyMentions(planID: String) throws -> [AgencyMention] {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            return try Self.mentions(planID: planID, transaction)
        }
    }

    public func listTasks(planID: String, query: TaskQuery) throws -> TaskListing {
        try listTasks(planID: planID, query: query, mentionsPerQuery: ListingSQL.mentionsPerQuery)
    }

    func listTasks(planID: String, query: TaskQuery, mentionsPerQuery: Int) throws -> TaskListing {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            return try ListingSQL.listing(query: query, mentions: { try Self.mentions(planID: planID, transaction) },
                                          perQuery: mentionsPerQuery) { mentions in
                try Self.listed(ListingSQL(planID: planID, mentions: mentions, query: query, dialect: .postgres),
                                asOfYear: query.asOf.year, transaction)
            }
        }
    }

    /// Decodes the stored plan only up to its `taskLimit`-th task, and reads only those tasks' statuses.
    public func firstPage(planID: String, taskLimit: Int) throws -> PlanFirstPage? {
        try read { transaction in
            guard let row = try transaction.row("SELECT plan_blob FROM plan_payload WHERE plan_id = $1", [.text(planID)]) else {
                return nil
            }
            let decoded: (plan: Plan, taskCount: Int)
            do {
                decoded = try PlanCodec.decode(try row.value(0, as: Data.self), taskLimit: taskLimit)
            } catch {
                throw StoreError.invalidPlan("\(planID): \(error)")
            }
            var statuses: [StatusKey: StatusRecord] = [:]
            for row in try transaction.rows("""
                SELECT \(Self.statusColumns.split(separator: ",").map { "s." + $0.trimmingCharacters(in: .whitespaces) }
                             .joined(separator: ", "))
                FROM task t JOIN status s ON s.plan_id = t.plan_id AND s.task_code = t.code
                WHERE t.plan_id = $1 AND t.position < $2
                """, [.text(planID), .int(decoded.plan.tasks.count)]) {
                let record = try Self.record(row)
                statuses[record.key] = record
            }
            return PlanFirstPage(plan: decoded.plan, taskCount: decoded.taskCount, statuses: statuses)
        }
    }

    static func mentions(planID: String, _ transaction: Transaction) throws -> [AgencyMention] {
        try transaction.rows("SELECT printed, canonical, agency_id FROM plan_agency WHERE plan_id = $1 ORDER BY seq",
                             [.text(planID)]).map { row in
            AgencyMention(printed: try row.value(0), canonical: try row.value(1), agencyID: try row.value(2))
        }
    }

    private static func listed(_ listing: ListingSQL, asOfYear: Int, _ transaction: Transaction) throws
        -> ListingAssembler.Tasks {
        let (sql, values) = PostgresNamedParameters.numbered(listing.sql, listing.arguments)
        var assembler = ListingAssembler(asOfYear: asOfYear)
        for row in try transaction.rows(sql, values) {
            var agency: ListingAgency?
            if let role: String = try row.value(16), let printed: String = try row.value(17), let order: Int = try row.value(18) {
                agency = ListingAgency(isLead: role == "lead", printed: printed, position: order)
            }
            // A task's further rows (one per agency) repeat its columns: only the agency is read from them.
            if assembler.addAgency(agency, toTaskAt: try row.value(1)) { continue }
            try assembler.add(ListingRow(
                code: try row.value(0), position: try row.value(1), groupCode: try row.value(2), text: try row.value(3),
                timeframeText: try row.value(4), yearly: try row.value(5), year: try row.value(6), status: try row.value(7),
                progress: try row.value(8), note: try row.value(9), doneOn: try row.value(10), version: try row.value(11),
                updatedBy: try row.value(12), updatedAtMs: try row.value(13), deadline: try row.value(14),
                standing: try ListingRow.standing(try row.value(15, as: String.self), code: (try? row.value(0, as: String.self)) ?? "?"),
                agency: agency))
        }
        return assembler.tasks()
    }
}
