import PlanKit

extension AgencyDisplay {
    /// The text a sort by this column compares.
    func sortName(_ task: PlanTask, _ column: MatrixColumn) -> String {
        switch column {
        case .lead: return names(task.lead).joined(separator: ", ")
        case .cooperating: return names(task.cooperating).joined(separator: ", ")
        case .task: return task.text
        case .code, .timeframe, .standing: return task.code
        }
    }
}

extension DashboardApp {
    /// After a filter, sort or collapse: only the matrix's rows change.
    static func rebuildMatrix(_ state: inout AppState) {
        guard let document = state.document else { return }
        let display = AgencyDisplay(state)
        let tasks = document.plan.tasks
        state.matrix.rebuild(document) { index, column in display.sortName(tasks[index], column) }
        if state.search?.pane == .tasks { state.search?.matches = nil }  // the rows moved: find them again
        clampViewports(&state)
    }

    /// Enter on the matrix: a task row opens its detail, a group row opens or collapses.
    static func activateMatrixRow(_ state: inout AppState) -> [Effect] {
        guard state.document != nil else { return [] }
        if state.matrix.selectedTask != nil { return openDetail(&state) }
        toggleSelectedGroup(&state)
        return []
    }

    /// `h`: a group row collapses; on a task, the cursor goes to its group row, as in a tree.
    static func collapseMatrixGroup(_ state: inout AppState) -> [Effect] {
        guard let document = state.document else { return [] }
        let rows = state.matrix.rows
        let selected = state.matrix.viewport.selected
        guard rows.indices.contains(selected) else { return [] }
        switch rows[selected] {
        case .group(let group, _):
            setCollapsed(document.plan.groups[group].code, true, &state)
        case .task(let task):
            if let group = document.group(of: task),
               let row = rows.firstIndex(where: { if case .group(group, _) = $0 { return true } else { return false } }) {
                state.matrix.viewport.selected = row
                clampViewports(&state)
            }
        case .ungrouped:
            break
        }
        return []
    }

    /// `l`: a collapsed group row opens.
    static func expandMatrixGroup(_ state: inout AppState) -> [Effect] {
        guard let document = state.document else { return [] }
        let rows = state.matrix.rows
        let selected = state.matrix.viewport.selected
        guard rows.indices.contains(selected), case .group(let group, _) = rows[selected] else { return [] }
        setCollapsed(document.plan.groups[group].code, false, &state)
        return []
    }

    /// `s` or `S`: the rows in the changed order, and the order said.
    static func sortMatrix(_ state: inout AppState, _ change: (inout MatrixSort) -> Void) -> [Effect] {
        guard state.document != nil else { return [] }
        change(&state.matrix.sort)
        rebuildMatrix(&state)
        sortMessage(&state)
        return []
    }

    /// `a`: agencies as printed in the plan or as they are called now.
    static func toggleAgencyView(_ state: inout AppState) -> [Effect] {
        guard state.document != nil else { return [] }
        guard state.successors.isAvailable else {
            state.message = StatusMessage(.noSuccessorData)
            return []
        }
        state.agencyView = state.agencyView == .printed ? .current : .printed
        rebuildMatrix(&state)
        state.message = StatusMessage(state.agencyView == .printed ? .agencyAsPrinted : .agencyAsCurrent)
        return []
    }

    static func openDetail(_ state: inout AppState) -> [Effect] {
        guard let document = state.document, let task = selectedTask(state) else { return [] }
        state.overlays.append(.detail(DetailState(taskIndex: task)))
        return [.loadHistory(planID: document.id, taskCode: document.plan.tasks[task].code)]
    }

    static func toggleSelectedGroup(_ state: inout AppState) {
        guard let document = state.document, state.pane == .tasks else { return }
        let rows = state.matrix.rows
        let selected = state.matrix.viewport.selected
        guard rows.indices.contains(selected) else { return }
        let group: Int
        switch rows[selected] {
        case .group(let index, _): group = index
        case .task(let task):
            guard let index = document.group(of: task) else { return }
            group = index
        case .ungrouped: return
        }
        let code = document.plan.groups[group].code
        setCollapsed(code, !state.matrix.collapsed.contains(code), &state)
    }

    static func setCollapsed(_ code: String, _ collapsed: Bool, _ state: inout AppState) {
        guard let document = state.document else { return }
        // Collapsing from a task row leaves the cursor on its group row.
        if collapsed, let task = state.matrix.selectedTask, document.plan.tasks[task].groupCode == code,
           let group = document.group(of: task),
           let row = state.matrix.rows.firstIndex(where: { if case .group(group, _) = $0 { return true } else { return false } }) {
            state.matrix.viewport.selected = row
        }
        if collapsed { state.matrix.collapsed.insert(code) } else { state.matrix.collapsed.remove(code) }
        rebuildMatrix(&state)
    }

    static func sortMessage(_ state: inout AppState) {
        let column = state.text(state.matrix.sort.column.title)
        state.message = StatusMessage(.sortChanged(column, reversed: state.matrix.sort.reversed))
    }

    /// Movement in the filter picker (an overlay of the matrix's filters).
    static func moveFilterPicker(_ viewport: inout Viewport, _ command: Command, _ state: AppState) {
        let count = state.document.map { FilterChoices.items($0).count } ?? 0
        let page = FilterChoices.listHeight(ScreenLayout(state.size))
        viewport.move(by: delta(command, current: viewport.selected, count: count, page: page), count: count, height: page)
    }

    static func filterPickerCommand(_ command: Command, _ state: inout AppState) {
        guard let document = state.document else { return }
        switch command {
        case .clearFilters:
            // In the picker or from `:clear-filters`.
            state.matrix.filters = MatrixFilters()
        case .toggleChoice:
            guard case .filterPicker(let viewport)? = state.overlays.last else { return }
            let items = FilterChoices.items(document)
            guard items.indices.contains(viewport.selected) else { return }
            switch items[viewport.selected] {
            case .section: return
            case .standing(let standing): state.matrix.filters.standings.formSymmetricDifference([standing])
            case .group(let code, _): state.matrix.filters.groups.formSymmetricDifference([code])
            case .agency(let choice): state.matrix.filters.agencies.formSymmetricDifference([choice.key])
            }
        default:
            return
        }
        rebuildMatrix(&state)
    }
}

/// The filter picker's lines: standings, groups and agencies under section headings.
public enum FilterItem: Sendable, Hashable {
    case section(UIText)
    case standing(Standing)
    case group(code: String, title: String)
    case agency(AgencyChoice)
}

public enum FilterChoices {
    public static func items(_ document: LoadedPlan) -> [FilterItem] {
        var items: [FilterItem] = [.section(.filterSectionStanding)]
        items += StandingRule.severityOrder.map(FilterItem.standing)
        items.append(.section(.filterSectionGroup))
        items += document.plan.groups.map { FilterItem.group(code: $0.code, title: $0.title) }
        items.append(.section(.filterSectionAgency))
        items += document.agencyChoices.map(FilterItem.agency)
        return items
    }

    /// The picker is a box over the content area: its list is the box's inside less the hint line.
    public static func box(_ layout: ScreenLayout) -> Rect {
        let area = layout.content
        return Layout.centered(min(area.width, max(50, area.width * 2 / 3)), area.height, in: area)
    }

    public static func listHeight(_ layout: ScreenLayout) -> Int { max(1, box(layout).height - 3) }

    /// Active filters as one line for the matrix header.
    public static func summary(_ filters: MatrixFilters, _ document: LoadedPlan, _ text: Localizer) -> String? {
        guard !filters.isEmpty else { return nil }
        var parts: [String] = []
        parts += StandingRule.severityOrder.filter(filters.standings.contains).map { text.standing($0, short: true) }
        parts += document.plan.groups.filter { filters.groups.contains($0.code) }.map(\.code)
        parts += document.agencyChoices.filter { filters.agencies.contains($0.key) }.map { AgencyAbbreviation.short($0.name) }
        return parts.joined(separator: ", ")
    }
}
