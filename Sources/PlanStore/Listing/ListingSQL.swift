import PlanKit

/// `listTasks` as one SQL question over the task, status and task–agency rows, the same text for both
/// stores: named parameters (`:plan`), which SQLite binds by name and the PostgreSQL store numbers
/// (`PostgresNamedParameters`). One row per task and agency (a task without agencies once), in no
/// particular order: `ListingAssembler` puts them back into tasks in plan order.
struct ListingSQL {
    enum Dialect { case sqlite, postgres }

    enum Argument: Equatable {
        case text(String)
        case integer(Int)
    }

    /// Agencies per query: three parameters each, well under either server's limit on parameters.
    static let mentionsPerQuery = 1000

    var sql: String
    var arguments: [String: Argument]

    /// The columns, in order: code, position, group_code, text, timeframe_text, yearly, year, status,
    /// progress, note, done_on, version, updated_by, updated_at_ms, deadline, standing, and the agency's
    /// role, printed name and position (NULL when the task has none).
    init(planID: String, mentions: [AgencyMention]?, query: TaskQuery, dialect: Dialect) {
        var arguments: [String: Argument] = [:]
        for (name, value) in StandingSQL.Parameters(asOf: query.asOf, calculator: query.calculator).named {
            arguments[name] = .text(value)
        }
        arguments["plan"] = .text(planID)
        arguments["year"] = .integer(query.asOf.year)
        var standingClause = ""
        var taskClause = ""
        if let standing = query.standing {
            arguments["standing"] = .text(standing.rawValue)
            standingClause = "WHERE j.standing = :standing"
            if let necessary = StandingSQL.necessary(for: standing, task: "t") { taskClause = "AND \(necessary)" }
        }
        // Without an agency, every task; with one, only its tasks, found by the index of names first.
        // SQLite needs telling: without INDEXED BY it reads every link of the plan in key order to save
        // sorting the few codes for DISTINCT (285 ms instead of 6 at 100,000 tasks), and CROSS JOIN keeps
        // it from scanning every task instead. PostgreSQL's planner finds the index by itself.
        var tasks = "task t"
        if let mentions {
            // '' stands for "not in the directory": NULL never equals NULL in an IN list.
            let values = mentions.indices.map { "(:p\($0), :c\($0), :i\($0))" }.joined(separator: ", ")
            for (index, mention) in mentions.enumerated() {
                arguments["p\(index)"] = .text(mention.printed)
                arguments["c\(index)"] = .text(mention.canonical)
                arguments["i\(index)"] = .text(mention.agencyID ?? "")
            }
            let (index, join) = dialect == .sqlite ? ("INDEXED BY task_agency_by_mention", "CROSS JOIN") : ("", "JOIN")
            tasks = """
                (SELECT DISTINCT task_code FROM task_agency \(index)
                 WHERE plan_id = :plan AND (printed, canonical, coalesce(agency_id, '')) IN (VALUES \(values))) m
                \(join) task t ON t.plan_id = :plan AND t.code = m.task_code
                """
        }
        // No ORDER BY: sorting the joined rows (a task and its agencies, text included) cost SQLite more
        // than the whole rest of the query; the assembler orders the tasks.
        sql = """
            SELECT j.code, j.position, j.group_code, j.text, j.timeframe_text, j.yearly,
                   j.year, j.status, j.progress, j.note, j.done_on, j.version, j.updated_by, j.updated_at_ms,
                   j.deadline, j.standing, a.role, a.printed, a.position
            FROM (SELECT x.*, \(StandingSQL.standing(row: "x")) AS standing
                  FROM (SELECT t.code, t.position, t.group_code, t.text, t.timeframe_text, t.yearly,
                               s.year, s.status, s.progress, s.note, s.done_on, s.version, s.updated_by, s.updated_at_ms,
                               \(StandingSQL.deadline(task: "t")) AS deadline
                        FROM \(tasks)
                        LEFT JOIN status s ON s.plan_id = t.plan_id AND s.task_code = t.code
                                          AND s.year = CASE WHEN t.yearly THEN :year ELSE 0 END
                        WHERE t.plan_id = :plan \(taskClause)) x) j
            LEFT JOIN task_agency a ON a.plan_id = :plan AND a.task_code = j.code
            \(standingClause)
            """
        self.arguments = arguments
    }

    /// The whole answer: every task, or, with an agency filter, the tasks of the plan's matching agencies
    /// asked `perQuery` agencies at a time and merged back into plan order. `run` answers one query.
    static func listing(query: TaskQuery, mentions: () throws -> [AgencyMention], perQuery: Int,
                        run: ([AgencyMention]?) throws -> [(position: Int, task: ListedTask)]) throws -> TaskListing {
        guard let agency = query.agency else {
            return TaskListing(tasks: try run(nil).map(\.task), agencyMatched: true)
        }
        let matching = try mentions().filter(agency)
        if matching.isEmpty { return TaskListing(tasks: [], agencyMatched: false) }
        var byPosition: [Int: ListedTask] = [:]
        for start in stride(from: 0, to: matching.count, by: perQuery) {
            for (position, task) in try run(Array(matching[start..<min(start + perQuery, matching.count)])) {
                byPosition[position] = task
            }
        }
        return TaskListing(tasks: byPosition.keys.sorted().compactMap { byPosition[$0] }, agencyMatched: true)
    }
}

/// One row of `ListingSQL`, as either store decodes it.
struct ListingRow {
    var code: String
    var position: Int
    var groupCode: String
    var text: String
    var timeframeText: String
    var yearly: Bool
    var year: Int?
    var status: String?
    var progress: Int?
    var note: String?
    var doneOn: String?
    var version: Int?
    var updatedBy: String?
    var updatedAtMs: Int64?
    var deadline: String?
    var standing: String
    /// The agency of this row, nil for a task without agencies.
    var agency: (role: String, printed: String, position: Int)?

    func listedTask(asOfYear: Int) throws -> ListedTask {
        guard let standing = Standing(rawValue: standing) else {
            throw StoreError.invalidPlan("task \(code): standing \(self.standing) from the database")
        }
        var record: StatusRecord?
        if let status {
            let key = StatusRow.key(code: code, year: year ?? 0)
            guard let parsed = TaskStatus(rawValue: status) else {
                throw StoreError.invalidChange(key: key, problem: .unknownStoredStatus(status))
            }
            record = StatusRecord(key: key, status: parsed, progress: progress, note: note,
                                  doneOn: doneOn.flatMap(CalendarDate.init(iso:)), version: version ?? 0,
                                  updatedBy: updatedBy, updatedAt: updatedAtMs.map(Millis.date))
        }
        return ListedTask(code: code, groupCode: groupCode, text: text, lead: [], cooperating: [], timeframeText: timeframeText,
                          key: StatusKey(taskCode: code, year: yearly ? asOfYear : nil), record: record, standing: standing,
                          deadline: deadline.flatMap(CalendarDate.init(iso:)))
    }
}

/// The rows of one `ListingSQL` grouped back into tasks (lead agencies first, each role in the plan's
/// order), in plan order.
struct ListingAssembler {
    let asOfYear: Int
    private var result: [(position: Int, task: ListedTask)] = []
    private var agencies: [[(role: String, printed: String, position: Int)]] = []
    private var indexOfPosition: [Int: Int] = [:]

    init(asOfYear: Int) { self.asOfYear = asOfYear }

    mutating func add(_ row: ListingRow) throws {
        if addAgency(row.agency, toTaskAt: row.position) { return }
        indexOfPosition[row.position] = result.count
        result.append((row.position, try row.listedTask(asOfYear: asOfYear)))
        agencies.append(row.agency.map { [$0] } ?? [])
    }

    /// A further row of a task already added: only its agency is new. False when the task at `position`
    /// is not known yet: the row's task columns are then needed (`add`). A store can ask this before
    /// decoding a row, since every row of a task repeats the task's text.
    mutating func addAgency(_ agency: (role: String, printed: String, position: Int)?, toTaskAt position: Int) -> Bool {
        guard let index = indexOfPosition[position] else { return false }
        if let agency { agencies[index].append(agency) }
        return true
    }

    /// The tasks, once: taken out of the assembler rather than copied (every string retained again).
    mutating func tasks() -> [(position: Int, task: ListedTask)] {
        var result: [(position: Int, task: ListedTask)] = []
        swap(&result, &self.result)
        for index in result.indices {
            let named = agencies[index].sorted { $0.position < $1.position }
            result[index].task.lead = named.filter { $0.role == "lead" }.map(\.printed)
            result[index].task.cooperating = named.filter { $0.role != "lead" }.map(\.printed)
        }
        // Sorting positions and moving each task once: the tasks themselves are large to swap.
        if zip(result, result.dropFirst()).allSatisfy({ $0.position < $1.position }) { return result }
        return result.indices.sorted { result[$0].position < result[$1].position }.map { result[$0] }
    }
}
