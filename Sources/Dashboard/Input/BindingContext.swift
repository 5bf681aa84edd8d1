/// Where a binding applies: everywhere, in one pane, or in an overlay.
public enum BindingContext: Sendable, Hashable {
    case global
    case pane(Pane)
    case detail
    case help
    case filterPicker
    /// Wherever a task is selected: matrix rows, timeline rows, the detail view.
    case task
    case statusMenu
    case history
    /// While a conflicting edit waits for the user's choice.
    case conflict
}
