import Foundation
import GRDB
import PlanKit

/// `listTasks` from the rows: the plan's distinct agencies are judged once each, the standing is
/// worked out in SQL (`StandingSQL`), and only the tasks asked for are read.
extension SQLiteStore {
    /// Agencies per query: three parameters each, well under SQLite's limit on parameters.
    static let mentionsPerQuery = 1000

    public func agencyMentions(planID: String) throws -> [AgencyMention] {
        try read { db in
            try requirePlan(planID, db: db)
            return try Self.mentions(planID: planID, db: db)
        }
    }

    public func listTasks(planID: String, query: TaskQuery) throws -> TaskListing {
        try listTasks(planID: planID, query: query, mentionsPerQuery: Self.mentionsPerQuery)
    }

    func listTasks(planID: String, query: TaskQuery, mentionsPerQuery: Int) throws -> TaskListing {
        try read { db in
            try requirePlan(planID, db: db)
            guard let agency = query.agency else {
                return TaskListing(tasks: try listed(planID: planID, mentions: nil, query: query, db: db), agencyMatched: true)
            }
            let matching = try Self.mentions(planID: planID, db: db).filter(agency)
            if matching.isEmpty { return TaskListing(tasks: [], agencyMatched: false) }
            var byPosition: [Int: ListedTask] = [:]
            for start in stride(from: 0, to: matching.count, by: mentionsPerQuery) {
                let chunk = Array(matching[start..<min(start + mentionsPerQuery, matching.count)])
                for (position, task) in try listedByPosition(planID: planID, mentions: chunk, query: query, db: db) {
                    byPosition[position] = task
                }
            }
            return TaskListing(tasks: byPosition.keys.sorted().compactMap { byPosition[$0] }, agencyMatched: true)
        }
    }

    static func mentions(planID: String, db: Database) throws -> [AgencyMention] {
        try Row.fetchAll(db, sql: """
            SELECT printed, canonical, agency_id FROM plan_agency WHERE plan_id = ? ORDER BY rowid
            """, arguments: [planID]).map { row in
            AgencyMention(printed: row[0], canonical: row[1], agencyID: row[2])
        }
    }

    private func listed(planID: String, mentions: [AgencyMention]?, query: TaskQuery, db: Database) throws -> [ListedTask] {
        try listedByPosition(planID: planID, mentions: mentions, query: query, db: db).map(\.1)
    }

    /// One row per task and agency (lead first), grouped back into tasks; plan order.
    private func listedByPosition(planID: String, mentions: [AgencyMention]?, query: TaskQuery,
                                  db: Database) throws -> [(Int, ListedTask)] {
        let asOfYear = query.asOf.year
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for (name, value) in StandingSQL.Parameters(asOf: query.asOf, calculator: query.calculator).named {
            arguments[name] = value
        }
        arguments["plan"] = planID
        var standingClause = ""
        var taskClause = ""
        if let standing = query.standing {
            arguments["standing"] = standing.rawValue
            standingClause = "WHERE j.standing = :standing"
            if let necessary = StandingSQL.necessary(for: standing, task: "t") { taskClause = "AND \(necessary)" }
        }
        // Without an agency, every task in plan order; with one, only its tasks, found by the index of
        // names first: without INDEXED BY, SQLite reads every link of the plan in key order to save
        // sorting the few codes for DISTINCT (285 ms instead of 6 at 100,000 tasks); CROSS JOIN keeps
        // it from scanning every task instead.
        var tasks = "task t"
        if let mentions {
            // '' stands for "not in the directory": NULL never equals NULL in an IN list.
            let values = mentions.indices.map { "(:p\($0), :c\($0), :i\($0))" }.joined(separator: ", ")
            for (index, mention) in mentions.enumerated() {
                arguments["p\(index)"] = mention.printed
                arguments["c\(index)"] = mention.canonical
                arguments["i\(index)"] = mention.agencyID ?? ""
            }
            tasks = """
                (SELECT DISTINCT task_code FROM task_agency INDEXED BY task_agency_by_mention
                 WHERE plan_id = :plan AND (printed, canonical, coalesce(agency_id, '')) IN (VALUES \(values))) m
                CROSS JOIN task t ON t.plan_id = :plan AND t.code = m.task_code
                """
        }
        let sql = """
            SELECT j.code, j.position, j.group_code, j.text, j.timeframe_text, j.yearly,
                   j.year, j.status, j.progress, j.note, j.done_on, j.version, j.updated_by, j.updated_at_ms,
                   j.deadline, j.standing, a.role, a.printed, a.position
            FROM (SELECT x.*, \(StandingSQL.standing(row: "x")) AS standing
                  FROM (SELECT t.code, t.position, t.group_code, t.text, t.timeframe_text, t.yearly,
                               s.year, s.status, s.progress, s.note, s.done_on, s.version, s.updated_by, s.updated_at_ms,
                               \(StandingSQL.deadline(task: "t")) AS deadline
                        FROM \(tasks)
                        LEFT JOIN status s ON s.plan_id = t.plan_id AND s.task_code = t.code
                                          AND s.year = CASE WHEN t.yearly = 1 THEN :year ELSE 0 END
                        WHERE t.plan_id = :plan \(taskClause)) x) j
            LEFT JOIN task_agency a ON a.plan_id = :plan AND a.task_code = j.code
            \(standingClause)
            """
        arguments["year"] = asOfYear
        // No ORDER BY: sorting the joined rows (a task and its agencies, text included) cost SQLite more
        // than the whole rest of the query; the rows come back in key order and are put in plan order here.
        var result: [(Int, ListedTask)] = []
        var agencies: [[(role: String, position: Int, printed: String)]] = []
        var indexOfPosition: [Int: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            let position: Int = row[1]
            let index: Int
            if let known = indexOfPosition[position] {
                index = known
            } else {
                index = result.count
                indexOfPosition[position] = index
                result.append((position, try Self.listedTask(row, asOfYear: asOfYear)))
                agencies.append([])
            }
            guard let role: String = row[16], let printed: String = row[17], let order: Int = row[18] else { continue }
            agencies[index].append((role, order, printed))
        }
        for index in result.indices {
            let named = agencies[index].sorted { $0.position < $1.position }
            result[index].1.lead = named.filter { $0.role == "lead" }.map(\.printed)
            result[index].1.cooperating = named.filter { $0.role != "lead" }.map(\.printed)
        }
        // Sorting positions and moving each task once: the tasks themselves are large to swap.
        if zip(result, result.dropFirst()).allSatisfy({ $0.0 < $1.0 }) { return result }
        return result.indices.sorted { result[$0].0 < result[$1].0 }.map { result[$0] }
    }

    private static func listedTask(_ row: Row, asOfYear: Int) throws -> ListedTask {
        let code: String = row[0]
        let yearly: Bool = row[5]
        let standingText: String = row[15]
        guard let standing = Standing(rawValue: standingText) else {
            throw StoreError.invalidPlan("task \(code): standing \(standingText) from the database")
        }
        let year: Int? = row[6]
        var record: StatusRecord?
        if let statusText: String = row[7] {
            let key = StatusRow.key(code: code, year: year ?? 0)
            guard let status = TaskStatus(rawValue: statusText) else {
                throw StoreError.invalidChange(key: key, problem: .unknownStoredStatus(statusText))
            }
            let doneOn: String? = row[10]
            let updatedAt: Int64? = row[13]
            record = StatusRecord(key: key, status: status, progress: row[8], note: row[9],
                                  doneOn: doneOn.flatMap(CalendarDate.init(iso:)), version: row[11],
                                  updatedBy: row[12], updatedAt: updatedAt.map(Millis.date))
        }
        let deadline: String? = row[14]
        return ListedTask(code: code, groupCode: row[2], text: row[3], lead: [], cooperating: [], timeframeText: row[4],
                          key: StatusKey(taskCode: code, year: yearly ? asOfYear : nil), record: record, standing: standing,
                          deadline: deadline.flatMap(CalendarDate.init(iso:)))
    }
}
