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

    /// The lazy panes built from a copy of the state, as `rebuildPanesNow` would: on another thread, while
    /// the run loop goes on. The result is adopted only if nothing they are built from changed meanwhile.
    public static func buildLazyPanes(of state: AppState) -> BuiltPanes {
        var copy = state
        rebuildPanesNow(&copy)
        return BuiltPanes(edition: state.lazyPanesEdition, state: copy)
    }

    /// Takes built panes if they are of the state's present edition and still wanted; else drops them
    /// (the next idle moment builds again, or showing a lazy pane builds it at once).
    static func adoptLazyPanes(_ built: BuiltPanes, _ state: inout AppState) {
        guard state.panesStale, built.edition == state.lazyPanesEdition, state.document != nil else { return }
        state.panesStale = false
        if state.search?.pane.module.isLazy == true { state.search?.matches = nil }
        for module in Pane.modules where module.isLazy { module.adopt(built.state, into: &state) }
        clampViewports(&state)
    }

    /// Whether an action may change what the lazy panes are built from. A key in a pane that is not lazy
    /// only moves that pane (or marks the lazy ones stale, which moves the edition by itself); the rest
    /// (answers of the store, a resize, a reload) is taken to.
    static func mayChangeLazyPanes(_ action: Action, _ state: AppState) -> Bool {
        switch action {
        case .key: state.pane.module.isLazy
        case .tick, .lazyPanesBuilt: false
        default: true
        }
    }

    static func rebuildPanesNow(_ state: inout AppState) {
        guard let document = state.document else { return }
        state.panesStale = false
        if state.search?.pane.module.isLazy == true { state.search?.matches = nil }
        for module in Pane.modules where module.isLazy { module.rebuild(document, &state) }
    }
}

/// The lazy panes built off the run loop: the copy of the state they were built in, and its edition.
public struct BuiltPanes: Sendable {
    let edition: Int
    let state: AppState
}
