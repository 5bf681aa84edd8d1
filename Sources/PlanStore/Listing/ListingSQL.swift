import Foundation
import PlanKit

/// `listTasks` as one SQL question over the task, status, task–agency and agency rows, the same text for both
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
        // The standing as a column: SQLite works the expression out again for each row a task's agencies
        // give it, where the filter already knows the answer (at 100,000 tasks, overdue: 86 M instructions).
        var standingColumn = "j.standing"
        if let standing = query.standing {
            arguments["standing"] = .text(standing.rawValue)
            standingClause = "WHERE j.standing = :standing"
            standingColumn = ":standing"
            if let necessary = StandingSQL.necessary(for: standing, task: "t") { taskClause = "AND \(necessary)" }
        }
        // Without an agency, every task; with one, only its tasks: the plan's agency rows that match, then
        // their links by number. SQLite needs telling: without INDEXED BY it reads every link of the plan in
        // key order to save sorting the few codes for DISTINCT, and CROSS JOIN keeps it from scanning every
        // task instead. PostgreSQL's planner finds the indexes by itself.
        var tasks = "task t"
        if let mentions {
            // '' stands for "not in the directory": NULL never equals NULL in an IN list.
            let values = mentions.indices.map { "(:p\($0), :c\($0), :i\($0))" }.joined(separator: ", ")
            for (index, mention) in mentions.enumerated() {
                arguments["p\(index)"] = .text(mention.printed)
                arguments["c\(index)"] = .text(mention.canonical)
                arguments["i\(index)"] = .text(mention.agencyID ?? "")
            }
            let (index, join) = dialect == .sqlite ? ("INDEXED BY task_mention_by_agency", "CROSS JOIN") : ("", "JOIN")
            tasks = """
                (SELECT DISTINCT tm.task_code FROM plan_agency pa \(join) task_mention tm \(index) ON tm.agency = pa.seq
                 WHERE pa.plan_id = :plan AND (pa.printed, pa.canonical, coalesce(pa.agency_id, '')) IN (VALUES \(values))) m
                \(join) task t ON t.plan_id = :plan AND t.code = m.task_code
                """
        }
        // No ORDER BY: sorting the joined rows (a task and its agencies, text included) cost SQLite more
        // than the whole rest of the query; the assembler orders the tasks.
        sql = """
            SELECT j.code, j.position, j.group_code, j.text, j.timeframe_text, j.yearly,
                   j.year, j.status, j.progress, j.note, j.done_on, j.version, j.updated_by, j.updated_at_ms,
                   j.deadline, \(standingColumn), a.role, pa.printed, a.position
            FROM (SELECT x.*, \(StandingSQL.standing(row: "x")) AS standing
                  FROM (SELECT t.code, t.position, t.group_code, t.text, t.timeframe_text, t.yearly,
                               s.year, s.status, s.progress, s.note, s.done_on, s.version, s.updated_by, s.updated_at_ms,
                               \(StandingSQL.deadline(task: "t")) AS deadline
                        FROM \(tasks)
                        LEFT JOIN status s ON s.plan_id = t.plan_id AND s.task_code = t.code
                                          AND s.year = CASE WHEN t.yearly THEN :year ELSE 0 END
                        WHERE t.plan_id = :plan \(taskClause)) x) j
            LEFT JOIN task_mention a ON a.plan_id = :plan AND a.task_code = j.code
            LEFT JOIN plan_agency pa ON pa.seq = a.agency
            \(standingClause)
            """
        self.arguments = arguments
    }

    /// The whole answer: every task, or, with an agency filter, the tasks of the plan's matching agencies
    /// asked `perQuery` agencies at a time and merged back into plan order. `run` answers one query.
    static func listing(query: TaskQuery, mentions: () throws -> [AgencyMention], perQuery: Int,
                        run: ([AgencyMention]?) throws -> ListingAssembler.Tasks) throws -> TaskListing {
        guard let agency = query.agency else {
            return TaskListing(tasks: try run(nil).tasks, agencyMatched: true)
        }
        let matching = try mentions().filter(agency)
        if matching.isEmpty { return TaskListing(tasks: [], agencyMatched: false) }
        var byPosition: [Int: ListedTask] = [:]
        for start in stride(from: 0, to: matching.count, by: perQuery) {
            let answer = try run(Array(matching[start..<min(start + perQuery, matching.count)]))
            for (position, task) in zip(answer.positions, answer.tasks) { byPosition[position] = task }
        }
        return TaskListing(tasks: byPosition.keys.sorted().compactMap { byPosition[$0] }, agencyMatched: true)
    }
}

/// One agency of a `ListingSQL` row.
struct ListingAgency {
    var isLead: Bool
    var printed: String
    var position: Int
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
    var standing: Standing
    /// The agency of this row, nil for a task without agencies.
    var agency: ListingAgency?

    /// The standing column's text, which a store reads before the row.
    static func standing(_ text: String, code: @autoclosure () -> String) throws -> Standing {
        guard let standing = Standing(rawValue: text) else { throw unknownStanding(text, code: code()) }
        return standing
    }

    /// The same from the column's UTF-8 bytes, without making a string of them.
    static func standing(_ bytes: UnsafeBufferPointer<UInt8>, code: @autoclosure () -> String) throws -> Standing {
        for (raw, standing) in standings where raw.elementsEqual(bytes) { return standing }
        throw unknownStanding(String(decoding: bytes, as: UTF8.self), code: code())
    }

    private static let standings = Standing.allCases.map { (Array($0.rawValue.utf8), $0) }

    private static func unknownStanding(_ text: String, code: String) -> StoreError {
        StoreError.invalidPlan("task \(code): standing \(text) from the database")
    }

    func listedTask(asOfYear: Int) throws -> ListedTask {
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
    /// The tasks in plan order and the position in the plan of each.
    struct Tasks {
        var positions: [Int] = []
        var tasks: [ListedTask] = []
    }

    let asOfYear: Int
    private var result = Tasks()
    private var indexOfPosition: [Int: Int] = [:]
    /// The task of the row before: a store's rows of one task mostly come one after another.
    private var lastPosition = Int.min
    private var lastIndex = 0
    /// Per task, the position of the last lead and cooperating agency added. SQLite gives a task's rows
    /// in key order (each role by position); names that come otherwise are put in order at the end, by
    /// the positions in `added`.
    private var lastAgency: [(lead: Int, cooperating: Int)] = []
    private var added: [(task: Int, isLead: Bool, position: Int)] = []
    private var outOfOrder = Set<Int>()

    init(asOfYear: Int) { self.asOfYear = asOfYear }

    mutating func add(_ row: ListingRow) throws {
        if addAgency(row.agency, toTaskAt: row.position) { return }
        let index = result.tasks.count
        lastPosition = row.position
        lastIndex = index
        indexOfPosition[row.position] = index
        result.tasks.append(try row.listedTask(asOfYear: asOfYear))
        result.positions.append(row.position)
        lastAgency.append((Int.min, Int.min))
        if let agency = row.agency { append(agency, toTaskAt: index) }
    }

    /// A further row of a task already added: only its agency is new. False when the task at `position`
    /// is not known yet: the row's task columns are then needed (`add`). A store can ask this before
    /// decoding a row, since every row of a task repeats the task's text.
    mutating func addAgency(_ agency: ListingAgency?, toTaskAt position: Int) -> Bool {
        if position != lastPosition {
            guard let index = indexOfPosition[position] else { return false }
            lastPosition = position
            lastIndex = index
        }
        if let agency { append(agency, toTaskAt: lastIndex) }
        return true
    }

    private mutating func append(_ agency: ListingAgency, toTaskAt index: Int) {
        added.append((index, agency.isLead, agency.position))
        if agency.isLead {
            if agency.position <= lastAgency[index].lead { outOfOrder.insert(index) }
            lastAgency[index].lead = agency.position
            // Room for the usual few at once, not grown one name at a time.
            if result.tasks[index].lead.isEmpty { result.tasks[index].lead.reserveCapacity(2) }
            result.tasks[index].lead.append(agency.printed)
        } else {
            if agency.position <= lastAgency[index].cooperating { outOfOrder.insert(index) }
            lastAgency[index].cooperating = agency.position
            if result.tasks[index].cooperating.isEmpty { result.tasks[index].cooperating.reserveCapacity(4) }
            result.tasks[index].cooperating.append(agency.printed)
        }
    }

    /// The tasks, once: taken out of the assembler rather than copied (every string retained again).
    mutating func tasks() -> Tasks {
        var result = Tasks()
        swap(&result, &self.result)
        if !outOfOrder.isEmpty {
            var positions: [Int: (lead: [Int], cooperating: [Int])] = [:]
            for entry in added where outOfOrder.contains(entry.task) {
                if entry.isLead { positions[entry.task, default: ([], [])].lead.append(entry.position) }
                else { positions[entry.task, default: ([], [])].cooperating.append(entry.position) }
            }
            func ordered(_ names: [String], _ positions: [Int]) -> [String] {
                zip(positions, names).sorted { $0.0 < $1.0 }.map(\.1)
            }
            for (index, known) in positions {
                result.tasks[index].lead = ordered(result.tasks[index].lead, known.lead)
                result.tasks[index].cooperating = ordered(result.tasks[index].cooperating, known.cooperating)
            }
        }
        let positions = result.positions
        if zip(positions, positions.dropFirst()).allSatisfy({ $0 < $1 }) { return result }
        // Into plan order by swapping along the permutation's cycles, in place: a swap moves a task's
        // bytes, where a copy would retain every string of it and the original's release free them again.
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        var placed = [Bool](repeating: false, count: order.count)
        result.tasks.withUnsafeMutableBufferPointer { tasks in
            for start in order.indices where !placed[start] {
                var slot = start
                placed[slot] = true
                while order[slot] != start {
                    tasks.swapAt(slot, order[slot])
                    slot = order[slot]
                    placed[slot] = true
                }
            }
        }
        result.positions = order.map { positions[$0] }
        return result
    }
}

/// The agencies' printed names as one `String` each however many rows name them, made from the bytes a
/// store hands over: a plan names a few hundred agencies on hundreds of thousands of rows, and a string
/// made from bytes is validated and allocated each time. Past `limit` distinct names new ones are no
/// longer kept.
struct NameTable {
    private var slots: [Int32]
    private var entries: [(hash: UInt64, bytes: [UInt8], text: String)] = []
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
        slots = Array(repeating: -1, count: 64)
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while case let index = Int(slots[slot]), index >= 0 {
            if entries[index].hash == hash, Self.same(entries[index].bytes, bytes) { return entries[index].text }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard entries.count < limit else { return text }
        slots[slot] = Int32(entries.count)
        entries.append((hash, Array(bytes), text))
        if entries.count * 2 > slots.count { grow() }
        return text
    }

    private static func same(_ kept: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard kept.count == bytes.count else { return false }
        guard let base = bytes.baseAddress, !kept.isEmpty else { return true }
        return kept.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, bytes.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// Eight bytes at a time: the names are tens of bytes long.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01B3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01B3
            offset += 1
        }
        return hash ^ (hash >> 32)
    }
}
