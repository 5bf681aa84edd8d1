import PlanKit

/// An agency as a plan names it, without what only the directory knows: what a filter matches on.
public struct AgencyMention: Sendable, Hashable {
    public var printed: String
    public var canonical: String
    public var agencyID: String?

    public init(printed: String, canonical: String, agencyID: String?) {
        self.printed = printed
        self.canonical = canonical
        self.agencyID = agencyID
    }

    public init(_ ref: AgencyRef) {
        self.init(printed: ref.printed, canonical: ref.canonical, agencyID: ref.agencyID)
    }
}

/// The question `kehoach list` asks: which tasks, judged on which day.
public struct TaskQuery {
    public var asOf: CalendarDate
    public var dueSoonDays: Int
    /// Only tasks with this standing; nil: every standing.
    public var standing: Standing?
    /// Only tasks a matching agency leads or cooperates on; nil: every task. Asked once per distinct
    /// agency of the plan, never once per task.
    public var agency: ((AgencyMention) -> Bool)?

    public init(asOf: CalendarDate, dueSoonDays: Int = StandingCalculator.defaultDueSoonDays, standing: Standing? = nil,
                agency: ((AgencyMention) -> Bool)? = nil) {
        self.asOf = asOf
        self.dueSoonDays = dueSoonDays
        self.standing = standing
        self.agency = agency
    }

    var calculator: StandingCalculator { StandingCalculator(dueSoonDays: dueSoonDays) }
}

/// One task as a list shows it: what the plan says, the status of the as-of day, its standing and deadline.
public struct ListedTask: Sendable, Equatable {
    public var code: String
    public var groupCode: String
    public var text: String
    public var lead: [String]
    public var cooperating: [String]
    public var timeframeText: String
    /// The status the standing is read from (the as-of year's for yearly tasks).
    public var key: StatusKey
    public var record: StatusRecord?
    public var standing: Standing
    public var deadline: CalendarDate?

    public init(code: String, groupCode: String, text: String, lead: [String], cooperating: [String],
                timeframeText: String, key: StatusKey, record: StatusRecord?, standing: Standing, deadline: CalendarDate?) {
        self.code = code
        self.groupCode = groupCode
        self.text = text
        self.lead = lead
        self.cooperating = cooperating
        self.timeframeText = timeframeText
        self.key = key
        self.record = record
        self.standing = standing
        self.deadline = deadline
    }
}

/// The answer: the tasks in plan order, and whether the agency filter named any agency of the plan
/// at all (an empty list then means "none of its tasks", not "no such agency").
public struct TaskListing: Sendable, Equatable {
    public var tasks: [ListedTask]
    public var agencyMatched: Bool

    public init(tasks: [ListedTask], agencyMatched: Bool) {
        self.tasks = tasks
        self.agencyMatched = agencyMatched
    }
}

extension Store {
    public func listTasks(planID: String, query: TaskQuery) throws -> TaskListing {
        try listTasksFromPlan(planID: planID, query: query)
    }

    public func agencyMentions(planID: String) throws -> [AgencyMention] {
        guard let plan = try plan(id: planID) else { throw StoreError.planNotFound(planID) }
        var seen = Set<AgencyMention>()
        return plan.tasks.flatMap { $0.lead + $0.cooperating }.map(AgencyMention.init).filter { seen.insert($0).inserted }
    }

    /// The whole-plan answer: decodes the plan and judges every task with `StandingCalculator`. A store
    /// that can ask its rows (SQLite) answers the same question without decoding the plan; this stays
    /// the definition the row query is tested against.
    public func listTasksFromPlan(planID: String, query: TaskQuery) throws -> TaskListing {
        guard let plan = try plan(id: planID) else { throw StoreError.planNotFound(planID) }
        let statuses = try statuses(planID: planID)
        let calculator = query.calculator
        let day = query.asOf
        var verdicts: [AgencyMention: Bool] = [:]
        func passes(_ ref: AgencyRef) -> Bool {
            guard let agency = query.agency else { return true }
            let mention = AgencyMention(ref)
            if let known = verdicts[mention] { return known }
            let verdict = agency(mention)
            verdicts[mention] = verdict
            return verdict
        }
        var tasks: [ListedTask] = []
        for task in plan.tasks {
            if query.agency != nil, !(task.lead.contains(where: passes) || task.cooperating.contains(where: passes)) { continue }
            let key = StatusKey.current(for: task, asOf: day)
            let record = statuses[key]
            let standing = calculator.standing(timeframe: task.timeframe, record: record, asOf: day)
            if let wanted = query.standing, standing != wanted { continue }
            tasks.append(ListedTask(code: task.code, groupCode: task.groupCode, text: task.text,
                                    lead: task.lead.map(\.printed), cooperating: task.cooperating.map(\.printed),
                                    timeframeText: task.timeframe.text, key: key, record: record, standing: standing,
                                    deadline: calculator.deadline(of: task.timeframe, instanceYear: key.year ?? day.year)))
        }
        return TaskListing(tasks: tasks, agencyMatched: query.agency == nil || verdicts.values.contains(true))
    }
}
