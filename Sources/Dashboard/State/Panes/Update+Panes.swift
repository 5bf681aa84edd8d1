import PlanKit
import PlanStore

/// Update for the objectives, agencies and timeline panes: their data, their keys, and their rebuilds.
extension DashboardApp {
    /// What a freshly loaded plan needs besides its statuses.
    static func paneEffects(afterLoading id: String, _ state: AppState) -> [Effect] {
        var effects: [Effect] = [.loadTargetValues(planID: id)]
        if state.agencies.scope == .allPlans { effects.append(.loadAllPlans) }
        return effects
    }

    static func paneDataLoaded(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .targetValuesLoaded(let planID, let values, let recorded):
            guard state.document?.id == planID else { return [] }
            state.targets.replace(planID: planID, values)
            if let recorded {
                state.message = StatusMessage(.targetValueRecorded(year: recorded.year,
                                                                   value: TargetProgress.number(recorded.value)))
            }
        case .allPlansLoaded(let snapshots):
            state.agencies.otherPlans = snapshots.map { LoadedPlan(id: $0.id, plan: $0.plan, statuses: $0.statuses, asOf: state.asOf) }
            rebuildPanes(&state)
            clampViewports(&state)
        default:
            break
        }
        return []
    }

    /// Called with every matrix rebuild: a new plan, statuses, the as-of date or a view setting changed.
    /// Marks the derived panes out of date; `update` rebuilds them when one of them is shown.
    static func rebuildPanes(_ state: inout AppState) {
        state.panesStale = true
        if state.pane == .agencies || state.pane == .timeline { rebuildPanesNow(&state) }
    }

    static func rebuildPanesNow(_ state: inout AppState) {
        guard let document = state.document else { return }
        state.panesStale = false
        if state.search?.pane == .agencies || state.search?.pane == .timeline { state.search?.matches = nil }
        for index in state.agencies.otherPlans.indices where state.agencies.otherPlans[index].asOf != state.asOf {
            state.agencies.otherPlans[index].update(asOf: state.asOf)
        }
        state.agencies.rebuild(document, viewport: &state.agenciesView)
        state.timeline.rebuild(document, viewport: &state.timelineView)
    }

    static func performPaneCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .recordTargetValue:
            return promptTargetValue(&state)
        case .toggleAllPlans:
            state.agencies.scope = state.agencies.scope == .plan ? .allPlans : .plan
            state.message = StatusMessage(state.agencies.scope == .plan ? .agenciesOfPlan : .agenciesOfAllPlans)
            if state.agencies.scope == .allPlans { return [.loadAllPlans] }
            rebuildPanes(&state)
        case .toggleAgencySort:
            state.agencies.sort = state.agencies.sort == .name ? .load : .name
            state.message = StatusMessage(state.agencies.sort == .name ? .agenciesByName : .agenciesByLoad)
            rebuildPanes(&state)
        case .toggleResponsibilityMatrix:
            state.agencies.mode = state.agencies.mode == .graph ? .matrix : .graph
            state.agencies.focus = .list
        case .focusGraph:
            guard state.agencies.mode == .graph,
                  !state.agencies.graphItems(of: state.agenciesView.selected).isEmpty else { return [] }
            state.agencies.focus = .graph
            state.agencies.graphSelection = 0
        case .focusList:
            state.agencies.focus = .list
        case .zoomIn, .zoomOut:
            let before = timelineScale(state)
            let centre = before.origin + before.visibleYears / 2
            let zooms = TimelineZoom.allCases
            let step = command == .zoomIn ? 1 : -1
            let next = min(max(0, state.timeline.zoom.rawValue + step), zooms.count - 1)
            state.timeline.zoom = zooms[next]
            let after = timelineScale(state)
            state.timeline.origin = after.clamp(centre - after.visibleYears / 2)
            state.message = StatusMessage(.timelineZoom(state.timeline.zoom))
        case .scrollEarlier, .scrollLater:
            let scale = timelineScale(state)
            let step = scale.scrollStep(state.timeline.zoom) * (command == .scrollLater ? 1 : -1)
            state.timeline.origin = scale.clamp(scale.origin + step)
        case .centreToday:
            let scale = timelineScale(state)
            state.timeline.origin = scale.clamp(scale.origin(centring: state.asOf))
        case .cycleGrouping:
            state.timeline.grouping = state.timeline.grouping.next
            state.timelineView = Viewport()
            rebuildPanes(&state)
            clampViewports(&state)
            state.message = StatusMessage(.timelineGrouping(state.timeline.grouping))
        default:
            break
        }
        return []
    }

    static func timelineScale(_ state: AppState) -> TimelineScale {
        TimelineScale(state.timeline, area: ScreenLayout(state.size).content)
    }

    /// Enter in the agencies pane: on an agency, the task matrix filtered to it; on a task of the graph, its detail.
    static func activateAgency(_ state: inout AppState) -> [Effect] {
        let agencies = state.agencies
        let selected = state.agenciesView.selected
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
        state.matrix.filters = MatrixFilters()
        state.matrix.filters.agencies = [agency.key]
        state.matrix.viewport = Viewport()
        state.pane = .tasks
        rebuildMatrix(&state)
        state.message = StatusMessage(.matrixFilteredTo(agency.name))
        return []
    }

    static func moveInGraph(_ command: Command, _ state: inout AppState) {
        let count = state.agencies.graphItems(of: state.agenciesView.selected).count
        guard count > 0 else { return }
        let current = state.agencies.graphSelection
        let step = delta(command, current: current, count: count, page: 5)
        state.agencies.graphSelection = min(max(0, current + step), count - 1)
    }

    /// `e` on a target opens a prompt for "YEAR VALUE", the as-of year filled in.
    static func promptTargetValue(_ state: inout AppState) -> [Effect] {
        guard let document = state.document, document.objectiveRows.indices.contains(state.objectivesView.selected),
              case .target(let objective, let target) = document.objectiveRows[state.objectivesView.selected].kind else {
            state.message = StatusMessage(.selectTargetFirst)
            return []
        }
        var prompt = PromptState(kind: .targetValue(objective: objective, target: target), origin: state.objectivesView.selected)
        for character in "\(state.asOf.year) " { prompt.insert(character) }
        state.overlays.append(.prompt(prompt))
        return []
    }

    static func acceptTargetValue(_ text: String, objective: Int, target: Int, _ state: inout AppState) -> [Effect] {
        guard let document = state.document else { return [] }
        guard let entry = TargetProgress.parseEntry(text) else {
            state.message = StatusMessage(.badTargetValue(text), isError: true)
            return []
        }
        let value = TargetValue(objectiveIndex: objective, targetIndex: target, year: entry.year, value: entry.value)
        return [.recordTargetValue(value, planID: document.id)]
    }
}
