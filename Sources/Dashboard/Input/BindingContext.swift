/// Where a binding applies: everywhere, in one pane, or in an overlay.
public enum BindingContext: Sendable, Hashable {
    case global
    case pane(Pane)
    case detail
    case help
    case filterPicker
}
