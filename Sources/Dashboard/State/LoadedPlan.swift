import PlanKit

/// A loaded plan with everything the panes look up, computed once per load: search keys, group indexes,
/// agency counts, deadline order. Standings are recomputed when statuses or the as-of date change.
public struct LoadedPlan: Sendable {
    public let id: String
    public let plan: Plan
    public private(set) var statuses: [StatusKey: StatusRecord]
    public private(set) var asOf: CalendarDate
    /// Diacritic-free search key per task (code, text, agencies, timeframe).
    public let taskKeys: [String]
    public let groupKeys: [String]
    /// Task indexes per group, in plan order; tasks of no listed group come last.
    public let tasksByGroup: [[Int]]
    public let ungroupedTasks: [Int]
    public private(set) var standings: [Standing]
    public private(set) var standingCounts: [Standing: Int]
    public let objectiveRows: [ObjectiveRow]
    public let agencyRows: [AgencyRow]
    /// Task indexes by deadline, earliest first; tasks with no deadline last.
    public let timelineOrder: [Int]
    /// Agencies to filter by, in Vietnamese order (identity key, display name).
    public let agencyChoices: [AgencyChoice]
    /// Each task's agency identity keys (lead and cooperating), for the agency filter.
    public let taskAgencyKeys: [Set<String>]
    /// The widest task code, so the code column is as wide as it needs and no wider.
    public let codeWidth: Int

    public init(id: String, plan: Plan, statuses: [StatusKey: StatusRecord], asOf: CalendarDate) {
        self.id = id
        self.plan = plan
        self.statuses = statuses
        self.asOf = asOf
        self.taskKeys = plan.tasks.map { task in
            let agencies = (task.lead + task.cooperating).map { "\($0.printed) \($0.canonical)" }.joined(separator: " ")
            return SearchKey.make("\(task.code) \(task.text) \(agencies) \(task.timeframe.text)")
        }
        self.groupKeys = plan.groups.map { SearchKey.make("\($0.code) \($0.title)") }
        var groupIndex: [String: Int] = [:]
        for (index, group) in plan.groups.enumerated() where groupIndex[group.code] == nil {
            groupIndex[group.code] = index
        }
        var byGroup = Array(repeating: [Int](), count: plan.groups.count)
        var ungrouped: [Int] = []
        for (index, task) in plan.tasks.enumerated() {
            if let group = groupIndex[task.groupCode] { byGroup[group].append(index) } else { ungrouped.append(index) }
        }
        self.tasksByGroup = byGroup
        self.ungroupedTasks = ungrouped
        self.objectiveRows = ObjectiveRow.rows(of: plan)
        self.agencyRows = AgencyRow.rows(of: plan)
        self.timelineOrder = plan.tasks.indices.sorted { a, b in
            let da = plan.tasks[a].timeframe.end
            let db = plan.tasks[b].timeframe.end
            switch (da, db) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return a < b
            }
        }
        self.taskAgencyKeys = plan.tasks.map { Set(($0.lead + $0.cooperating).map(AgencyRow.identity)) }
        self.agencyChoices = agencyRows.map { AgencyChoice(key: $0.key, name: $0.name) }
        self.codeWidth = plan.tasks.reduce(2) { max($0, DisplayWidth.of($1.code)) }
        self.standings = []
        self.standingCounts = [:]
        recomputeStandings()
    }

    public mutating func update(statuses: [StatusKey: StatusRecord]) {
        self.statuses = statuses
        recomputeStandings()
    }

    public mutating func update(asOf: CalendarDate) {
        self.asOf = asOf
        recomputeStandings()
    }

    private mutating func recomputeStandings() {
        standings = plan.tasks.map { StandingRule.standing(of: $0, statuses: statuses, asOf: asOf) }
        var counts: [Standing: Int] = [:]
        for standing in standings { counts[standing, default: 0] += 1 }
        standingCounts = counts
    }

    public func record(ofTask index: Int) -> StatusRecord? {
        StandingRule.record(of: plan.tasks[index], statuses: statuses, asOf: asOf)
    }

    public func taskIndex(code: String) -> Int? {
        if let exact = plan.tasks.firstIndex(where: { $0.code == code }) { return exact }
        let folded = SearchKey.make(code)
        return plan.tasks.firstIndex { SearchKey.make($0.code) == folded }
    }

    public func group(of taskIndex: Int) -> Int? {
        let code = plan.tasks[taskIndex].groupCode
        return plan.groups.firstIndex { $0.code == code }
    }

    /// The next yearly reporting date on or after the as-of date, over all reporting duties.
    public var nextReportDate: CalendarDate? {
        plan.reporting.compactMap { $0.nextDue(onOrAfter: asOf) }.min()
    }
}

public struct AgencyChoice: Sendable, Hashable {
    public var key: String
    public var name: String
}
