import PlanKit

/// A loaded plan with everything the panes look up, computed once per load: search keys, group indexes,
/// agency counts, deadline order. Standings are recomputed when statuses or the as-of date change.
public struct LoadedPlan: Sendable {
    public let id: String
    public let plan: Plan
    public private(set) var statuses: [StatusKey: StatusRecord]
    public private(set) var asOf: CalendarDate
    /// Diacritic-free search key per task: its code, text and timeframe. Its agencies are matched through
    /// `agencyKeys`, folded once per agency rather than once per mention (a 100,000-task plan names each
    /// of its agencies thousands of times).
    public let taskKeys: SearchKeyTable
    /// The agencies each task names (lead first, each once), as indexes into the agency table below.
    public let taskAgencies: [[Int32]]
    /// How many of `taskAgencies[i]` lead the task; the rest cooperate.
    public let taskLeadCounts: [Int]
    /// The plan's agencies, numbered in order of first mention: search key, identity, first reference.
    public let agencyKeys: [String]
    public let agencyIdentities: [String]
    public let agencyReferences: [AgencyRef]
    public let groupKeys: [String]
    /// Task indexes per group, in plan order; tasks of no listed group come last.
    public let tasksByGroup: [[Int]]
    public let ungroupedTasks: [Int]
    public private(set) var standings: [Standing]
    public private(set) var standingCounts: [Standing: Int]
    public let objectiveRows: [ObjectiveRow]
    /// Task indexes by deadline, earliest first; tasks with no deadline last.
    public let timelineOrder: [Int]
    /// Agencies to filter by, in Vietnamese order (identity key, display name).
    public let agencyChoices: [AgencyChoice]
    /// Each agency's place in Vietnamese order (identity → rank): panes sort agencies by it instead of
    /// collating names again.
    public let agencyRank: [String: Int]
    /// Each task's agency identity keys (lead and cooperating), for the agency filter.
    public let taskAgencyKeys: [[String]]
    /// Each agency wording of the plan (printed and canonical) shortened once (`AgencyAbbreviation.short`):
    /// the task table shows a row's agencies short on every frame.
    public let agencyShortNames: [String: String]
    /// The widest task code, so the code column is as wide as it needs and no wider.
    public let codeWidth: Int
    /// How many tasks the whole plan has: more than `plan.tasks` while only its first page is loaded.
    public let wholeTaskCount: Int

    /// Only the plan's first tasks are here, the rest is loading: counts over the plan are not known yet.
    public var isPartial: Bool { wholeTaskCount > plan.tasks.count }

    /// `wholeTaskCount` is the plan's number of tasks when `plan` is its first page (nil: it is whole).
    public init(id: String, plan: Plan, statuses: [StatusKey: StatusRecord], asOf: CalendarDate, wholeTaskCount: Int? = nil) {
        self.id = id
        self.plan = plan
        self.wholeTaskCount = max(wholeTaskCount ?? 0, plan.tasks.count)
        self.statuses = statuses
        self.asOf = asOf
        // One pass over the tasks, by index: a plan of 100,000 tasks must load in a fraction of a second,
        // so nothing here copies whole tasks, folds an agency's name twice, or allocates per agency mention.
        let tasks = plan.tasks
        var agencyNumber: [String: Int] = [:]
        var agencyKeys: [String] = []
        var agencyIdentities: [String] = []
        var agencyNames: [String] = []
        var agencyReferences: [AgencyRef] = []
        // Each agency's wordings so far: few per agency, and the codec shares their storage, so comparing is cheap.
        var wordings: [[String]] = []
        func number(of agency: AgencyRef) -> Int {
            let identity = AgencyIdentity.of(agency)
            if let known = agencyNumber[identity] {
                // Another wording of a known agency ("Sở TT&TT", "Sở Thông tin và Truyền thông") is searchable too.
                if !wordings[known].contains(agency.printed) {
                    wordings[known].append(agency.printed)
                    agencyKeys[known] += " " + SearchKey.make(agency.printed)
                }
                return known
            }
            wordings.append([agency.printed])
            agencyNumber[identity] = agencyKeys.count
            agencyKeys.append(SearchKey.make("\(agency.printed) \(agency.canonical)"))
            agencyIdentities.append(identity)
            agencyNames.append(agency.canonical)
            agencyReferences.append(agency)
            return agencyKeys.count - 1
        }
        var keys = SearchKeyTable()
        var agenciesOfTasks: [[String]] = []
        var agencyNumbersOfTasks: [[Int32]] = []
        var leadCounts: [Int] = []
        agencyNumbersOfTasks.reserveCapacity(tasks.count)
        leadCounts.reserveCapacity(tasks.count)
        var ends: [CalendarDate?] = []
        keys.reserveCapacity(keys: tasks.count, bytes: tasks.count * 400)
        agenciesOfTasks.reserveCapacity(tasks.count)
        ends.reserveCapacity(tasks.count)
        var buffer: [UInt8] = []
        var widest = 2
        for index in tasks.indices {
            buffer.removeAll(keepingCapacity: true)
            SearchKey.append(utf8: tasks[index].code, to: &buffer)
            buffer.append(0x20)
            SearchKey.append(utf8: tasks[index].text, to: &buffer)
            buffer.append(0x20)
            SearchKey.append(utf8: tasks[index].timeframe.text, to: &buffer)
            var identities: [String] = []
            var numbers: [Int32] = []
            var leads = 0
            for (position, agency) in (tasks[index].lead + tasks[index].cooperating).enumerated() {
                let n = number(of: agency)
                if !identities.contains(agencyIdentities[n]) {
                    identities.append(agencyIdentities[n])
                    numbers.append(Int32(n))
                    if position < tasks[index].lead.count { leads += 1 }
                }
            }
            leadCounts.append(leads)
            keys.append(buffer)
            agenciesOfTasks.append(identities)
            agencyNumbersOfTasks.append(numbers)
            ends.append(tasks[index].timeframe.end)
            widest = max(widest, DisplayWidth.of(tasks[index].code))
        }
        for duty in plan.duties {
            for agency in duty.agencies { _ = number(of: agency) }
        }
        self.taskKeys = keys
        self.taskAgencies = agencyNumbersOfTasks
        self.taskLeadCounts = leadCounts
        self.agencyKeys = agencyKeys
        self.agencyIdentities = agencyIdentities
        self.agencyReferences = agencyReferences
        self.taskAgencyKeys = agenciesOfTasks
        self.groupKeys = plan.groups.map { SearchKey.make("\($0.code) \($0.title)") }
        var groupIndex: [String: Int] = [:]
        for (index, group) in plan.groups.enumerated() where groupIndex[group.code] == nil {
            groupIndex[group.code] = index
        }
        var byGroup = Array(repeating: [Int](), count: plan.groups.count)
        var ungrouped: [Int] = []
        for index in tasks.indices {
            if let group = groupIndex[tasks[index].groupCode] { byGroup[group].append(index) } else { ungrouped.append(index) }
        }
        self.tasksByGroup = byGroup
        self.ungroupedTasks = ungrouped
        self.objectiveRows = ObjectiveRow.rows(of: plan)
        self.timelineOrder = tasks.indices.sorted { a, b in
            switch (ends[a], ends[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return a < b
            }
        }
        let choices = VietnameseCollation.sorted(agencyIdentities.indices.map {
            AgencyChoice(key: agencyIdentities[$0], name: agencyNames[$0])
        }) { $0.name }
        self.agencyChoices = choices
        self.agencyRank = Dictionary(choices.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var shortNames: [String: String] = [:]
        for name in wordings.joined() + agencyNames where shortNames[name] == nil {
            shortNames[name] = AgencyAbbreviation.short(name)
        }
        self.agencyShortNames = shortNames
        self.codeWidth = widest
        self.standings = []
        self.standingCounts = [:]
        recomputeStandings()
    }

    /// Which tasks match a search's words, all at once: each agency is tested once per word, each word is
    /// looked for in all task keys in one pass (`SearchKeyTable`), then each task is table lookups.
    public func taskMatchFlags(words: [String]) -> [Bool] {
        var flags = [Bool](repeating: true, count: taskKeys.count)
        for word in words {
            let pattern = BytePattern(word)
            let inKey = taskKeys.keysContaining(pattern)
            let agencyHits = agencyKeys.map { pattern.occurs(in: $0) }
            // Most words name no agency: then the keys alone answer.
            let namesAnAgency = agencyHits.contains(true)
            for index in flags.indices where flags[index] && !inKey[index] {
                flags[index] = namesAnAgency && taskAgencies[index].contains { agencyHits[Int($0)] }
            }
        }
        return flags
    }

    /// Whether every word of a search occurs in the task's key or in the key of one of its agencies.
    public func taskMatches(_ index: Int, words: [String]) -> Bool {
        return words.allSatisfy { word in
            taskKeys.contains(BytePattern(word), inKeyAt: index)
                || taskAgencies[index].contains { agencyKeys[Int($0)].includes(word) }
        }
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

    /// Several agencies in one narrow cell: each shortened (from the names shortened at load; a successor's
    /// name, not in the plan, is shortened here), joined with commas.
    public func abbreviatedAgencies(_ names: [String]) -> String {
        names.map { agencyShortNames[$0] ?? AgencyAbbreviation.short($0) }.joined(separator: ", ")
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
