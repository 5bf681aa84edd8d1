/// One key binding, declared once: the keys, where they apply, what they do, how help describes them.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let context: BindingContext
    public let command: Command
    /// Shown among the footer's hints for its context.
    public let inFooter: Bool

    public init(_ keys: [Key], _ context: BindingContext, _ command: Command, footer: Bool = false) {
        self.keys = keys
        self.context = context
        self.command = command
        self.inFooter = footer
    }

    /// The keys as help shows them ("j ↓", "PgDn").
    public func keyLabel(_ text: Localizer) -> String {
        keys.map { KeyBinding.label(of: $0, text) }.joined(separator: " ")
    }

    public static func label(of key: Key, _ text: Localizer) -> String {
        switch key {
        case .char(" "): return text(.keySpace)
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .resize, .paste, .mouse: return ""
        }
    }
}
