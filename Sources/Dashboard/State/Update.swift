import Foundation
import PlanKit
import PlanStore

/// The dashboard's pure core: `update` changes the state for an action and lists the effects to perform;
/// `render` (in Panes) draws the state. Neither touches the terminal or the store.
public enum DashboardApp {
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        if mayChangeLazyPanes(action, state) { state.lazyPanesEdition &+= 1 }
        let effects = dispatch(&state, action)
        // The agencies and timeline panes are derived when first shown, not on every load: a plan of
        // 100,000 tasks then opens on its matrix without building two panes nobody has looked at yet.
        if state.panesStale && state.pane.module.isLazy {
            rebuildPanesNow(&state)
            clampViewports(&state)
        }
        return effects
    }

    private static func dispatch(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            if key == .resize { return [] }  // the runtime turns a resize key into `.resize(size)`
            return handleKey(key, &state)
        case .resize(let size):
            state.size = size
            clampViewports(&state)
            return []
        case .tick:
            // The loop is idle: derive the panes not shown yet (see `rebuildPanes`), once the whole plan is here.
            if state.panesStale, let document = state.document, !document.isPartial {
                rebuildPanesNow(&state)
                clampViewports(&state)
            }
            return []
        case .lazyPanesBuilt(let built):
            adoptLazyPanes(built, &state)
            return []
        case .started:
            state.isLoading = true
            return [.loadPlanList]
        case .plansLoaded(let plans, let lastViewed):
            return plansLoaded(plans, lastViewed: lastViewed, &state)
        case .planLoaded(let id, let plan, let statuses):
            return planLoaded(id: id, plan, statuses: statuses, &state)
        case .firstPageLoaded(let id, let page):
            return documentLoaded(LoadedPlan(id: id, plan: page.plan, statuses: page.statuses, asOf: state.asOf,
                                             wholeTaskCount: page.taskCount), &state)
        case .documentLoaded(let document):
            return documentLoaded(document, &state)
        case .statusesLoaded(let planID, let statuses):
            guard state.document?.id == planID else { return [] }
            state.document?.update(statuses: statuses)
            rebuildAll(&state)
            return []
        case .historyLoaded(let planID, let code, let history):
            historyArrived(planID: planID, taskCode: code, history, &state)
            guard state.document?.id == planID, let index = state.overlays.lastIndex(where: {
                if case .detail(let detail) = $0 { return state.document?.plan.tasks[detail.taskIndex].code == code }
                return false
            }), case .detail(var detail) = state.overlays[index] else { return [] }
            detail.history = history
            state.overlays[index] = .detail(detail)
            return []
        case .changesApplied(let planID, let applied):
            guard var document = state.document, document.id == planID else { return [] }
            var statuses = document.statuses
            for record in applied.records { statuses[record.key] = record }
            document.update(statuses: statuses)
            state.document = document
            rebuildAll(&state)
            return editSaved(planID: planID, applied, &state)
        case .storeChanged:
            // The reload says what changed and who changed it (`noteExternalChanges`).
            guard let id = state.document?.id else { return [.loadPlanList] }
            return [.loadPlanList, .loadPlan(id: id)]
        case .reportWritten(let path):
            state.message = StatusMessage(.reportWritten(path))
            return []
        case .reportFailed(let reason):
            state.message = StatusMessage(.reportFailed(reason), isError: true)
            return []
        case .statusesChangedElsewhere(let planID, let statuses):
            statusesChangedElsewhere(planID: planID, statuses, &state)
            return []
        case .wholeLoadFailed(let reason):
            state.wholeLoadFailed = true
            state.isLoading = false
            state.message = StatusMessage(.storeFailed(reason), isError: true)
            return []
        case .storeFailed(let reason):
            state.isLoading = false
            state.message = StatusMessage(.storeFailed(reason), isError: true)
            return []
        case .pane(let answer):
            return answer.pane.module.receive(answer, &state)
        case .clock(let now):
            clock(now, &state)
            return []
        case .externalEditDone(let text):
            externalEditDone(text, &state)
            return []
        case .replayApplied(let planID, let operation, let applied):
            return replayApplied(planID: planID, operation, applied, &state)
        case .editConflict(let planID, let operation, let key, let current):
            return editConflict(planID: planID, operation, key: key, current: current, &state)
        case .editFailed(let planID, let operation, let reason):
            return editFailed(planID: planID, operation, reason: reason, &state)
        case .planHistoryLoaded(let planID, let entries):
            historyArrived(planID: planID, taskCode: nil, entries, &state)
            return []
        case .sourceLoaded(let planID, let text):
            sourceArrived(planID: planID, text: text, &state)
            return []
        }
    }

    // MARK: - Loaded data

    static func plansLoaded(_ plans: [PlanSummary], lastViewed: String?, _ state: inout AppState) -> [Effect] {
        state.plans = plans
        guard !plans.isEmpty else {
            state.isLoading = false
            state.document = nil
            state.message = StatusMessage(.emptyStore)
            return []
        }
        if let requested = state.requestedPlanID {
            guard let match = matchPlan(requested, in: plans) else {
                state.requestedPlanID = nil
                state.message = StatusMessage(.planNotFound(requested), isError: true)
                return state.document == nil ? [.loadPlan(id: plans[0].id)] : []
            }
            return [.loadPlan(id: match.id)]
        }
        if let current = state.document?.id, plans.contains(where: { $0.id == current }) { return [] }
        let chosen = plans.first { $0.id == lastViewed } ?? plans[0]
        return [.loadPlan(id: chosen.id)]
    }

    static func planLoaded(id: String, _ plan: Plan, statuses: [StatusKey: StatusRecord],
                           _ state: inout AppState) -> [Effect] {
        documentLoaded(LoadedPlan(id: id, plan: plan, statuses: statuses, asOf: state.asOf), &state)
    }

    /// A plan (or its first page) arrived: it replaces the one shown, keeping the cursor on its task.
    static func documentLoaded(_ loaded: LoadedPlan, _ state: inout AppState) -> [Effect] {
        let previous = state.document
        let selection = selectionCodes(state)
        let previousID = previous?.id
        let id = loaded.id
        let plan = loaded.plan
        var document = loaded
        // Built off the run loop, it may have been judged on a day the user has changed since (`:asof`).
        if document.asOf != state.asOf { document.update(asOf: state.asOf) }
        state.document = document
        state.isLoading = false
        state.wholeLoadFailed = false
        state.requestedPlanID = nil
        if previousID != id {
            // A different plan: its tasks are not the old indexes, so views start afresh.
            for module in Pane.modules { module.reset(&state) }
            state.search = nil
            state.overlays.removeAll { if case .prompt = $0 { return false } else { return true } }
            if previousID != nil { state.message = StatusMessage(.planSwitched(plan.identity.number ?? id)) }
        }
        // A detail view follows its task by code (`remapDetails`), even when tasks before it were removed.
        rebuildAll(&state)
        afterReload(previous: previous, selection: selection, &state)
        var effects: [Effect] = []
        if previousID != id { effects.append(.rememberLastPlan(id: id)) }
        effects += paneEffects(afterLoading: id, state)
        // An open detail view shows history that may have changed with the reload.
        for overlay in state.overlays {
            if case .detail(let detail) = overlay {
                effects.append(.loadHistory(planID: id, taskCode: plan.tasks[detail.taskIndex].code))
            }
        }
        return effects
    }

    /// A plan by id, number, or words of its title (diacritics ignored).
    static func matchPlan(_ name: String, in plans: [PlanSummary]) -> PlanSummary? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let exact = plans.first(where: { $0.id == trimmed }) { return exact }
        let key = SearchKey.make(trimmed)
        if let number = plans.first(where: { SearchKey.make($0.number ?? "") == key }) { return number }
        if let prefix = plans.first(where: { $0.id.hasPrefix(key) || SearchKey.make($0.number ?? "").hasPrefix(key) }) {
            return prefix
        }
        return plans.first { SearchKey.matches(key: SearchKey.make("\($0.id) \($0.title) \($0.issuer)"), query: trimmed) }
    }

    // MARK: - Shared helpers

    /// After the plan, its statuses or the as-of date change: every pane's derived rows are rebuilt.
    static func rebuildAll(_ state: inout AppState) {
        state.search?.matches = nil
        rebuildPanes(&state)
        rebuildMatrix(&state)
    }

    static func clampViewports(_ state: inout AppState) {
        let layout = ScreenLayout(state.size)
        for module in Pane.modules {
            state[keyPath: module.viewport].clamp(count: module.rowCount(state), height: module.listHeight(layout))
        }
    }

    static func viewportPath(_ pane: Pane) -> WritableKeyPath<AppState, Viewport> { pane.module.viewport }

    static func rowCount(_ pane: Pane, _ state: AppState) -> Int { pane.module.rowCount(state) }

    /// The task under the cursor in a pane that lists tasks.
    static func selectedTask(_ state: AppState) -> Int? { state.pane.module.selectedTask(state) }
}
