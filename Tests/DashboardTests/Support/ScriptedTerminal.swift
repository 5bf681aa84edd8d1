import Dashboard

/// An in-memory terminal: keys come from a script, screens are kept for inspection.
final class ScriptedTerminal: TerminalDevice {
    enum Event {
        case key(Key)
        /// The wait times out (the runtime polls the store).
        case timeout
        /// The terminal becomes this size, then reports `.resize`.
        case resize(Int, Int)
        /// Runs between keys (e.g. another "terminal" writing to the store).
        case run(() -> Void)
    }

    var size: (width: Int, height: Int)
    let capabilities: TerminalCapabilities
    private var script: [Event]
    private(set) var presented: [Screen] = []
    private(set) var timeoutsSeen = 0

    init(width: Int, height: Int, capabilities: TerminalCapabilities = TerminalCapabilities(colors: true, unicode: true),
         script: [Event]) {
        self.size = (width, height)
        self.capabilities = capabilities
        self.script = script
    }

    func nextKey(timeoutMilliseconds: Int) -> Key? {
        while !script.isEmpty {
            let event = script.removeFirst()
            switch event {
            case .key(let key): return key
            case .timeout:
                timeoutsSeen += 1
                return nil
            case .resize(let width, let height):
                size = (width, height)
                return .resize
            case .run(let action):
                action()
            }
        }
        // The script is over: quit, so a test can never hang.
        return .char("q")
    }

    func present(_ screen: Screen) { presented.append(screen) }

    var lastScreen: Screen? { presented.last }
}
