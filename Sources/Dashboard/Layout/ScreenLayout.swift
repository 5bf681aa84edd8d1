/// Where the tab bar, the pane, the status bar and the footer go. Update uses it for page sizes and
/// render for drawing, so the two always agree on how many rows a list shows.
public struct ScreenLayout: Sendable, Hashable {
    public var tabs: Rect
    public var content: Rect
    public var status: Rect
    public var footer: Rect

    public init(_ size: TerminalSize) {
        let parts = Layout.rows(Rect(x: 0, y: 0, width: size.width, height: size.height),
                                [.fixed(1), .fill(1), .fixed(1), .fixed(1)])
        tabs = parts[0]
        content = parts[1]
        status = parts[2]
        footer = parts[3]
    }

    /// Lines the objectives pane gives to the selected objective's full text.
    public var objectiveDetailHeight: Int { max(3, content.height / 3) }

    /// Rows of the focused list: the pane's info line and table header come off the content height.
    public func listHeight(_ pane: Pane) -> Int { pane.module.listHeight(self) }

    /// The rectangle of a full-pane overlay (detail, help): the content area, or most of it when wide.
    public var overlay: Rect { content }
}
