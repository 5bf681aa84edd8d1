import PlanKit

/// Mouse input, where the user asked for it (`--mouse`): a click on a tab shows its pane, on a row selects
/// it (on the selected row, opens it as Enter does); the wheel scrolls whatever is in front.
extension DashboardApp {
    static let wheelStep = 3

    static func handleMouse(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        let wheel: Command? = event.kind == .wheelUp ? .moveUp : event.kind == .wheelDown ? .moveDown : nil
        if let context = state.overlays.last?.context {
            guard let wheel else { return [] }
            for _ in 0..<wheelStep { _ = perform(wheel, context: context, &state) }
            return []
        }
        guard state.overlays.isEmpty else { return [] }  // a prompt or an editor takes keys, not clicks
        let paneContext = BindingContext.pane(state.pane)
        if let wheel {
            for _ in 0..<wheelStep { _ = perform(wheel, context: paneContext, &state) }
            return []
        }
        let layout = ScreenLayout(state.size)
        if event.y == layout.tabs.y {
            if let pane = TabBar.pane(atColumn: event.x, state) { return perform(.showPane(pane), context: .global, &state) }
            return []
        }
        let module = state.pane.module
        guard let row = module.row(atX: event.x, y: event.y, state) else { return [] }
        if row == state[keyPath: module.viewport].selected,
           state.keymap.command(for: .enter, in: paneContext) == .activate {
            return perform(.activate, context: paneContext, &state)
        }
        select(row: row, &state)
        return []
    }
}
