import PlanKit

extension Pane {
    public static let agencies = Pane("agencies")
}

extension AgenciesPane: PaneModule {
    static var pane: Pane { .agencies }
    static var title: any Phrase { AgenciesText.title }
    static var viewport: WritableKeyPath<AppState, Viewport> { \.agencies.viewport }
    static var isLazy: Bool { true }

    static var commands: [CommandSpec] {
        [
            CommandSpec("open", .activate, keys: [.on(.pane(.agencies), .enter, footer: true)]),
            command("focus-graph", keys: [.char("l"), .right], footer: true, help: AgenciesText.focusGraphHelp) { state in
                guard state.agencies.mode == .graph,
                      !state.agencies.graphItems(of: state.agencies.viewport.selected).isEmpty else { return [] }
                state.agencies.focus = .graph
                state.agencies.graphSelection = 0
                return []
            },
            command("focus-list", keys: [.char("h"), .left], help: AgenciesText.focusListHelp) { state in
                state.agencies.focus = .list
                return []
            },
            command("responsibility-matrix", aliases: ["raci"], keys: [.char("m")], footer: true,
                    help: AgenciesText.matrixHelp) { state in
                state.agencies.mode = state.agencies.mode == .graph ? .matrix : .graph
                state.agencies.focus = .list
                return []
            },
            command("agency-sort", keys: [.char("s")], footer: true, help: AgenciesText.sortHelp) { state in
                state.agencies.sort = state.agencies.sort == .name ? .load : .name
                state.message = StatusMessage(state.agencies.sort == .name ? AgenciesText.byName : .byLoad)
                DashboardApp.rebuildPanes(&state)
                return []
            },
            command("all-plans", keys: [.char("A")], footer: true, help: AgenciesText.allPlansHelp) { state in
                state.agencies.scope = state.agencies.scope == .plan ? .allPlans : .plan
                state.message = StatusMessage(state.agencies.scope == .plan ? AgenciesText.ofPlan : .ofAllPlans)
                if state.agencies.scope == .allPlans { return [loadAllPlans] }
                DashboardApp.rebuildPanes(&state)
                return []
            },
            command("columns-left", keys: [.char("<")], help: AgenciesText.columnsLeftHelp) { state in
                scrollColumns(by: -1, &state)
            },
            command("columns-right", keys: [.char(">")], help: AgenciesText.columnsRightHelp) { state in
                scrollColumns(by: 1, &state)
            },
        ]
    }

    static func rowCount(_ state: AppState) -> Int { state.document == nil ? 0 : state.agencies.nodes.count }

    /// The list is the left part; the graph beside it is not a list of rows.
    static func row(atX x: Int, y: Int, _ state: AppState) -> Int? {
        let area = ScreenLayout(state.size).content
        guard state.agencies.mode == .matrix || x < area.x + area.width * listPercent(area.width) / 100 else { return nil }
        return listRow(y: y, top: state.agencies.mode == .matrix ? 3 : 2, state)
    }

    static func rowMatches(row: Int, words: [String], _ state: AppState) -> Bool {
        guard state.agencies.nodes.indices.contains(row) else { return false }
        return SearchKey.matches(key: state.agencies.nodes[row].searchKey, words: words)
    }

    static func rebuild(_ document: LoadedPlan, _ state: inout AppState) {
        for index in state.agencies.otherPlans.indices where state.agencies.otherPlans[index].asOf != state.asOf {
            state.agencies.otherPlans[index].update(asOf: state.asOf)
        }
        state.agencies.rebuild(document)
    }

    static func adopt(_ built: AppState, into state: inout AppState) { state.agencies = built.agencies }

    /// The all-plans view reads every plan again with the new one.
    static func effects(afterLoading planID: String, _ state: AppState) -> [Effect] {
        state.agencies.scope == .allPlans ? [loadAllPlans] : []
    }

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect]? {
        command == .activate ? activateAgency(&state) : nil
    }

    /// The matrix shows from this group on; in the graph there are no columns to scroll, so it shows the matrix.
    static func scrollColumns(by step: Int, _ state: inout AppState) -> [Effect] {
        state.agencies.mode = .matrix
        state.agencies.focus = .list
        let last = max(0, state.agencies.index.matrixColumns.count - 1)
        state.agencies.matrixColumnOffset = min(max(0, state.agencies.matrixColumnOffset + step), last)
        return []
    }

    /// Enter: on an agency, the task matrix filtered to it; on a task of the graph, its detail.
    static func activateAgency(_ state: inout AppState) -> [Effect] {
        let agencies = state.agencies
        let selected = agencies.viewport.selected
        guard agencies.nodes.indices.contains(selected) else { return [] }
        guard agencies.focus == .graph else { return filterMatrix(toAgency: selected, &state) }
        let items = agencies.graphItems(of: selected)
        guard items.indices.contains(agencies.graphSelection) else { return [] }
        switch items[agencies.graphSelection] {
        case .partner(let node, _):
            return filterMatrix(toAgency: node, &state)
        case .task(let ref, _):
            guard let document = state.document, ref.plan == 0 else {
                let other = agencies.index.plans[ref.plan]
                state.message = StatusMessage(.taskInOtherPlan(code: agencies.index.task(ref).code,
                                                                plan: other.plan.identity.number ?? other.id))
                return []
            }
            state.overlays.append(.detail(DetailState(taskIndex: ref.task)))
            return [.loadHistory(planID: document.id, taskCode: document.plan.tasks[ref.task].code)]
        }
    }

    static func filterMatrix(toAgency node: Int, _ state: inout AppState) -> [Effect] {
        let agency = state.agencies.nodes[node]
        state.matrix.show(onlyAgency: agency.key)
        state.pane = .tasks
        DashboardApp.rebuildMatrix(&state)
        state.message = StatusMessage(.matrixFilteredTo(agency.name))
        return []
    }

    /// Where the list shows letters for its counts (a narrow list), the footer says what they mean.
    static func footerFacts(_ context: RenderContext) -> [Span] {
        let area = context.layout.content
        guard context.state.agencies.mode == .graph,
              area.width * listPercent(area.width) / 100 < listWidthForWords else { return [] }
        // The catalogue separates its items with " · ", which an ASCII terminal draws as its own separator.
        let legend = context.text(.agencyLetters).replacingOccurrences(of: " · ", with: context.glyphs.separator)
        return [Span(" " + legend + " ", Style(.accent))]
    }

    /// With the graph focused, movement walks its items instead of the list.
    static func move(_ command: Command, _ state: inout AppState) -> Bool {
        guard state.agencies.focus == .graph else { return false }
        let count = state.agencies.graphItems(of: state.agencies.viewport.selected).count
        guard count > 0 else { return true }
        let current = state.agencies.graphSelection
        let step = DashboardApp.delta(command, current: current, count: count, page: 5)
        state.agencies.graphSelection = min(max(0, current + step), count - 1)
        return true
    }
}
