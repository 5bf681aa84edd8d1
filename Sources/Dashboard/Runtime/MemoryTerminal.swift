/// A terminal with no screen: frames are kept in memory. For measuring the real run loop (the benchmarks,
/// `kehoach dev first-frame`) without curses.
public final class MemoryTerminal: TerminalDevice {
    public let size: (width: Int, height: Int)
    public let capabilities: TerminalCapabilities
    public private(set) var frames = 0
    public private(set) var last: Screen?
    /// Rows a real terminal would have redrawn, over every frame (`Screen.changedRows`).
    public private(set) var rowsRedrawn = 0

    public init(width: Int, height: Int, capabilities: TerminalCapabilities = TerminalCapabilities(colors: true, unicode: true)) {
        size = (width, height)
        self.capabilities = capabilities
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? { nil }

    public func present(_ screen: Screen) {
        frames += 1
        rowsRedrawn += screen.changedRows(since: last).count
        last = screen
    }
}
