import PlanKit

public enum TimelineZoom: Int, Sendable, Hashable, CaseIterable {
    case years, quarters, months
}

public enum TimelineGrouping: Int, Sendable, Hashable, CaseIterable {
    case agency, group, none

    public var next: TimelineGrouping { TimelineGrouping(rawValue: (rawValue + 1) % 3) ?? .agency }
}

/// A group heading of the timeline.
public enum TimelineHeader: Sendable, Hashable {
    case agency(key: String, name: String)
    case group(Int)
    /// Tasks without a lead agency, or outside every listed group.
    case unassigned
    /// Tasks whose timeframe could not be read: listed apart, never drawn.
    case unknownTimeframe
}

public enum TimelineRow: Sendable, Hashable {
    case header(TimelineHeader, counts: [Standing: Int])
    case task(Int)
}

/// The timeline's axis (first year of the plan to its last deadline), zoom, scroll and rows.
public struct TimelineState: Sendable {
    public var viewport = Viewport()
    public var zoom: TimelineZoom = .years
    public var grouping: TimelineGrouping = .agency
    /// The chart's left edge in years since 1 January of `firstYear`; nil until scrolled (then the axis start).
    public var origin: Double?
    public private(set) var rows: [TimelineRow] = []
    public private(set) var firstYear = 2025
    public private(set) var lastYear = 2030
    private var planID: String?

    public init() {}

    public func task(atRow row: Int) -> Int? {
        guard rows.indices.contains(row), case .task(let index) = rows[row] else { return nil }
        return index
    }

    func rowMatches(row: Int, words: [String], _ document: LoadedPlan) -> Bool {
        guard rows.indices.contains(row) else { return false }
        switch rows[row] {
        case .task(let index): return document.taskMatches(index, words: words)
        case .header(.agency(_, let name), _): return SearchKey.matches(key: SearchKey.make(name), words: words)
        case .header(.group(let index), _): return SearchKey.matches(key: document.groupKeys[index], words: words)
        case .header: return false
        }
    }

    /// Rebuilds rows (and the axis for a new plan), keeping the selection on the same row where it is still shown.
    mutating func rebuild(_ document: LoadedPlan) {
        let previous = rows.indices.contains(viewport.selected) ? rows[viewport.selected] : nil
        if planID != document.id {
            planID = document.id
            origin = nil
            (firstYear, lastYear) = TimelineState.span(of: document.plan)
        }
        rows = TimelineState.rows(document, grouping: grouping)
        if let previous, let row = rows.firstIndex(of: previous) { viewport.selected = row }
    }

    /// From the earliest start to the last deadline; a plan with no dates spans the year it was issued.
    static func span(of plan: Plan) -> (Int, Int) {
        let starts = plan.tasks.compactMap { $0.timeframe.start?.year }
        let ends = plan.tasks.compactMap { $0.timeframe.end?.year }
        let first = starts.min() ?? ends.min() ?? plan.identity.date?.year ?? 2025
        return (first, max(first, ends.max() ?? first))
    }

    static func rows(_ document: LoadedPlan, grouping: TimelineGrouping) -> [TimelineRow] {
        let tasks = document.plan.tasks
        let drawable = document.timelineOrder.filter { tasks[$0].timeframe.kind != .unknown }
        let unknown = document.timelineOrder.filter { tasks[$0].timeframe.kind == .unknown }
        func section(_ header: TimelineHeader, _ members: [Int]) -> [TimelineRow] {
            guard !members.isEmpty else { return [] }
            var counts: [Standing: Int] = [:]
            for task in members { counts[document.standings[task], default: 0] += 1 }
            return [.header(header, counts: counts)] + members.map(TimelineRow.task)
        }
        var rows: [TimelineRow] = []
        switch grouping {
        case .none:
            rows = drawable.map(TimelineRow.task)
        case .group:
            let position = Dictionary(drawable.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            for (group, members) in document.tasksByGroup.enumerated() {
                rows += section(.group(group), members.filter { position[$0] != nil }.sorted { position[$0, default: 0] < position[$1, default: 0] })
            }
            let loose = Set(document.ungroupedTasks)
            rows += section(.unassigned, drawable.filter { loose.contains($0) })
        case .agency:
            // A task with several leads appears under each of them; the load numbered the agencies.
            var members = Array(repeating: [Int](), count: document.agencyIdentities.count)
            var orphans: [Int] = []
            for task in drawable {
                let leads = document.taskAgencies[task].prefix(document.taskLeadCounts[task])
                for n in leads { members[Int(n)].append(task) }
                if leads.isEmpty { orphans.append(task) }
            }
            // Vietnamese order, from the ranks the plan's load computed once.
            let ordered = members.indices.filter { !members[$0].isEmpty }.sorted {
                (document.agencyRank[document.agencyIdentities[$0]] ?? Int.max, $0)
                    < (document.agencyRank[document.agencyIdentities[$1]] ?? Int.max, $1)
            }
            for n in ordered {
                rows += section(.agency(key: document.agencyIdentities[n], name: document.agencyReferences[n].canonical),
                                members[n])
            }
            rows += section(.unassigned, orphans)
        }
        return rows + section(.unknownTimeframe, unknown)
    }
}
