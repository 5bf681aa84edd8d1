import PlanKit
import PlanStore

/// The panes' data from the store, and the rebuild of the lazy panes (see `PaneModule.isLazy`).
extension DashboardApp {
    /// What a freshly loaded plan needs besides its statuses.
    static func paneEffects(afterLoading id: String, _ state: AppState) -> [Effect] {
        Pane.modules.flatMap { $0.effects(afterLoading: id, state) }
    }

    /// Called with every matrix rebuild: a new plan, statuses, the as-of date or a view setting changed.
    /// Marks the derived panes out of date; `update` rebuilds them when one of them is shown.
    static func rebuildPanes(_ state: inout AppState) {
        state.panesStale = true
        if state.pane.module.isLazy { rebuildPanesNow(&state) }
    }

    static func rebuildPanesNow(_ state: inout AppState) {
        guard let document = state.document else { return }
        state.panesStale = false
        if state.search?.pane.module.isLazy == true { state.search?.matches = nil }
        for module in Pane.modules where module.isLazy { module.rebuild(document, &state) }
    }
}
