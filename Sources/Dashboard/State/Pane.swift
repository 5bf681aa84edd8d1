/// The four panes, in the order of their number keys.
public enum Pane: Int, Sendable, Hashable, CaseIterable {
    case objectives = 1, tasks, agencies, timeline

    public var next: Pane { Pane(rawValue: rawValue % 4 + 1) ?? .objectives }
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 4 + 1) ?? .objectives }
}
