/// What the dashboard's run loop needs from a terminal. The curses edge (module Terminal) implements it;
/// tests use an in-memory device.
public protocol TerminalDevice: AnyObject {
    /// Columns and rows now.
    var size: (width: Int, height: Int) { get }
    /// What the terminal can show, decided once at start.
    var capabilities: TerminalCapabilities { get }
    /// Waits up to `timeoutMilliseconds` for a key; nil on timeout. A resize arrives as `.resize`.
    func nextKey(timeoutMilliseconds: Int) -> Key?
    /// Shows the screen, sending only the cells that changed since the last call.
    func present(_ screen: Screen)
    /// Gives the terminal back to the shell and stops the process until it is continued (Ctrl-Z, `fg`).
    func suspend()
    /// Runs `sh -c shellCommand sh argument` on the terminal and returns its exit status; nil if it could
    /// not run (or there is no terminal to give it).
    func runProgram(shellCommand: String, argument: String) -> Int32?
}

extension TerminalDevice {
    /// A device with no shell behind it (a test's) has nothing to suspend to.
    public func suspend() {}
    public func runProgram(shellCommand: String, argument: String) -> Int32? { nil }
}

public struct TerminalCapabilities: Sendable, Equatable {
    /// Colours are available and wanted (false with NO_COLOR or a monochrome terminal).
    public var colors: Bool
    /// The locale's character set is UTF-8; otherwise every glyph falls back to ASCII.
    public var unicode: Bool

    public init(colors: Bool, unicode: Bool) {
        self.colors = colors
        self.unicode = unicode
    }
}
