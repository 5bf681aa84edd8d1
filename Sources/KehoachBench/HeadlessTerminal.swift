import Dashboard

/// A terminal with no screen: the benchmarks render into memory exactly as the real loop does.
final class HeadlessTerminal: TerminalDevice {
    let size: (width: Int, height: Int)
    let capabilities = TerminalCapabilities(colors: true, unicode: true)
    private(set) var frames = 0
    private(set) var last: Screen?

    init(width: Int, height: Int) {
        size = (width, height)
    }

    func nextKey(timeoutMilliseconds: Int) -> Key? { nil }

    func present(_ screen: Screen) {
        frames += 1
        last = screen
    }
}
