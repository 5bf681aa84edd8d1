import PlanKit

/// Every non-letter glyph the dashboard draws, in Unicode and in an ASCII fallback for non-UTF-8 terminals.
public struct Glyphs: Sendable, Equatable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var ellipsis: Character
    public var groupOpen: Character
    public var groupClosed: Character
    public var ascending: Character
    public var descending: Character
    public var separator: String
    public var arrow: String
    public var checked: String
    public var unchecked: String
    public var cursor: Character
    public var bullet: String
    public var subBullet: String
    /// Before the code of a task the login may edit, where some tasks are not its own.
    public var editable: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", groupOpen: "▾", groupClosed: "▸", ascending: "▲", descending: "▼",
        separator: " · ", arrow: "→", checked: "[✓]", unchecked: "[ ]", cursor: "▏",
        bullet: "•", subBullet: "◦", editable: "✎")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", groupOpen: "-", groupClosed: "+", ascending: "^", descending: "v",
        separator: " | ", arrow: "->", checked: "[x]", unchecked: "[ ]", cursor: "_",
        bullet: "*", subBullet: "-", editable: "+")

    public static func forTerminal(_ capabilities: TerminalCapabilities) -> Glyphs {
        capabilities.unicode ? .unicode : .ascii
    }

    /// A one-glyph mark per standing, for counts where words do not fit (colour adds to it, never replaces it).
    public func symbol(_ standing: Standing) -> String {
        let isUnicode = self == .unicode
        switch standing {
        case .doneOnTime: return isUnicode ? "✓" : "v"
        case .doneLate: return isUnicode ? "✓!" : "v!"
        case .inProgress: return isUnicode ? "▶" : ">"
        case .dueSoon: return isUnicode ? "◔" : "~"
        case .overdue: return "!"
        case .notStarted: return isUnicode ? "○" : "o"
        case .continuous: return isUnicode ? "∞" : "*"
        case .suspended: return isUnicode ? "‖" : "="
        }
    }
}
