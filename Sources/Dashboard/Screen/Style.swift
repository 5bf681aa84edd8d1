/// What a cell means; the terminal maps roles to colours, or to attributes where it has none.
public enum StyleRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal, dim, title, header, border, statusBar, footer, keyHint, accent
    case warning, error, success, match, mark
    // One role per standing, so that a standing keeps its colour in every pane.
    case doneOnTime, doneLate, inProgress, dueSoon, overdue, notStarted, continuous, suspended
}

/// A cell's style: its role, and whether it lies on the selected row (drawn with a background, never bold alone).
public struct Style: Sendable, Hashable {
    public var role: StyleRole
    public var selected: Bool
    public var bold: Bool
    public var underline: Bool

    public init(_ role: StyleRole = .normal, selected: Bool = false, bold: Bool = false, underline: Bool = false) {
        self.role = role
        self.selected = selected
        self.bold = bold
        self.underline = underline
    }

    public static let normal = Style()
}
