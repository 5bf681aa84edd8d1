/// Selection and scroll position of a list or table. It lives in the state, not in the widget,
/// so that update can move it and render only reads it.
public struct Viewport: Sendable, Hashable {
    public var selected: Int
    /// The first row shown.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Keeps the selection inside `count` rows and the offset such that the selection is shown in `height` rows.
    public mutating func clamp(count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        offset = Viewport.offset(selected: selected, current: offset, height: height, count: count)
    }

    /// The scroll offset that shows `selected`, moving as little as possible from `current`.
    public static func offset(selected: Int, current: Int, height: Int, count: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var offset = min(max(0, current), max(0, count - height))
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        return max(0, offset)
    }

    /// Moves the selection by `delta` rows (negative is up), within `count` rows.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        selected += delta
        clamp(count: count, height: height)
    }
}
