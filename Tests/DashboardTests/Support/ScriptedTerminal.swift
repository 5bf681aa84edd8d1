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

    /// Frames presented, and how many keys the runtime had taken by each.
    private(set) var keysTaken = 0
    private(set) var keysTakenAtFrame: [Int] = []

    func nextKey(timeoutMilliseconds: Int) -> Key? {
        // Asked without waiting (the runtime merging keys already typed): only a key next in the script
        // is already there; a timeout, a resize or a `run` stands for time passing.
        if timeoutMilliseconds == 0 {
            guard case .key(let key)? = script.first else { return nil }
            script.removeFirst()
            keysTaken += 1
            return key
        }
        while !script.isEmpty {
            let event = script.removeFirst()
            switch event {
            case .key(let key):
                keysTaken += 1
                return key
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

    func present(_ screen: Screen) {
        presented.append(screen)
        keysTakenAtFrame.append(keysTaken)
    }

    var lastScreen: Screen? { presented.last }
}
