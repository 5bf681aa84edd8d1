import PlanKit

/// The task matrix's columns, in display order; `s` cycles the sort through them.
public enum MatrixColumn: Int, Sendable, Hashable, CaseIterable {
    case code, task, lead, cooperating, timeframe, standing

    public var next: MatrixColumn { MatrixColumn(rawValue: (rawValue + 1) % MatrixColumn.allCases.count) ?? .code }

    public var title: UIText {
        switch self {
        case .code: return .columnCode
        case .task: return .columnTask
        case .lead: return .columnLead
        case .cooperating: return .columnCooperating
        case .timeframe: return .columnTimeframe
        case .standing: return .columnStanding
        }
    }
}

public struct MatrixSort: Sendable, Hashable {
    public var column: MatrixColumn = .code
    public var reversed = false

    public init(column: MatrixColumn = .code, reversed: Bool = false) {
        self.column = column
        self.reversed = reversed
    }
}

/// Active filters; an empty set means "any".
public struct MatrixFilters: Sendable, Hashable {
    public var standings: Set<Standing> = []
    public var groups: Set<String> = []
    /// Agency identity keys (lead or cooperating).
    public var agencies: Set<String> = []

    public init() {}

    public var isEmpty: Bool { standings.isEmpty && groups.isEmpty && agencies.isEmpty }
}

/// A row of the matrix: a group heading or a task (indexes into the plan).
public enum MatrixRow: Sendable, Hashable {
    case group(Int, taskCount: Int)
    case task(Int)
    /// Heading for tasks that belong to no listed group.
    case ungrouped(taskCount: Int)
}

/// Everything the task matrix remembers between frames. `rows` is rebuilt only when the plan, the
/// statuses, the sort, the filters or the collapsed groups change — never on a key that just moves.
public struct MatrixState: Sendable {
    public var viewport = Viewport()
    public var sort = MatrixSort()
    public var filters = MatrixFilters()
    /// Group codes whose tasks are hidden.
    public var collapsed: Set<String> = []
    public private(set) var rows: [MatrixRow] = []
    /// Tasks that pass the filters (shown or in collapsed groups), counted once per rebuild, not per frame.
    public private(set) var shownTaskCount = 0

    public init() {}

    /// A task the filters or its collapsed group hide is to be shown (`:goto`): filters lifted, its group open.
    mutating func reveal(group code: String) {
        filters = MatrixFilters()
        collapsed.remove(code)
    }

    /// Only one agency's tasks, from the first row (Enter on an agency of the agencies pane).
    mutating func show(onlyAgency key: String) {
        filters = MatrixFilters()
        filters.agencies = [key]
        viewport = Viewport()
    }

    /// Rebuilds the rows, keeping the selection on the same task or group where it is still shown.
    public mutating func rebuild(_ document: LoadedPlan, names: (Int, MatrixColumn) -> String) {
        let previous = rows.indices.contains(viewport.selected) ? rows[viewport.selected] : nil
        rows = MatrixRows.build(document, sort: sort, filters: filters, collapsed: collapsed, names: names)
        // Group rows carry their counts; a plan without groups has only task rows.
        let hasHeadings = rows.contains { if case .task = $0 { return false } else { return true } }
        shownTaskCount = rows.reduce(0) { count, row in
            switch row {
            case .group(_, let n), .ungrouped(let n): return count + n
            case .task: return hasHeadings ? count : count + 1
            }
        }
        if let previous, let same = MatrixRows.index(of: previous, in: rows) {
            viewport.selected = same
        }
        viewport.selected = min(viewport.selected, max(0, rows.count - 1))
    }

    public var selectedTask: Int? {
        guard rows.indices.contains(viewport.selected), case .task(let index) = rows[viewport.selected] else { return nil }
        return index
    }
}
