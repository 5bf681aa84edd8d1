import Dashboard

/// One of the eight basic terminal colours, or the terminal's own default; the eight exist on every colour terminal.
public enum TerminalColor: Int16, Sendable, Hashable, CaseIterable {
    case terminalDefault = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// Text attributes every terminal understands, with or without colours.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
}

/// How a style looks on a given terminal: attributes plus foreground and background.
public struct Appearance: Sendable, Hashable {
    public var attributes: TextAttributes
    public var foreground: TerminalColor
    public var background: TerminalColor

    public init(_ attributes: TextAttributes = [], foreground: TerminalColor = .terminalDefault,
                background: TerminalColor = .terminalDefault) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    /// The background of the selected row in colour mode.
    public static let selectionBackground: TerminalColor = .blue

    /// The terminal's background, from the config file: colours are chosen to stay readable on it.
    public enum Theme: String, Sendable { case dark, light }

    /// The appearance of a style: by colour where the terminal has colours (and NO_COLOR is not set),
    /// by attributes alone otherwise. The selected row always differs by background or reverse video,
    /// never by bold alone.
    public static func of(_ style: Style, colors: Bool, theme: Theme = .dark) -> Appearance {
        var appearance = !colors ? monochrome(style.role) : theme == .light ? lightColored(style.role) : colored(style.role)
        if style.bold { appearance.attributes.insert(.bold) }
        if style.underline { appearance.attributes.insert(.underline) }
        guard style.selected else { return appearance }
        if colors {
            appearance.background = selectionBackground
            // Dim text on a coloured bar is hard to read, and blue or black text would vanish into it.
            appearance.attributes.remove(.dim)
            appearance.attributes.remove(.reverse)
            switch appearance.foreground {
            case .terminalDefault, .blue, .black: appearance.foreground = .white
            default: break
            }
            // A search match keeps a mark of its own once its yellow background gives way to the bar.
            if style.role == .match { appearance.attributes.insert(.underline) }
        } else {
            appearance.attributes.insert(.reverse)
            appearance.attributes.remove(.dim)
        }
        return appearance
    }

    /// Colour terminals: the standings keep one colour in every pane.
    static func colored(_ role: StyleRole) -> Appearance {
        switch role {
        case .normal: return Appearance()
        case .dim: return Appearance(.dim)
        case .title: return Appearance(.bold, foreground: .cyan)
        case .header: return Appearance(.bold)
        case .border: return Appearance(foreground: .blue)
        case .statusBar: return Appearance(foreground: .black, background: .cyan)
        case .footer: return Appearance(.dim)
        case .keyHint: return Appearance(.bold, foreground: .yellow)
        case .accent: return Appearance(.bold, foreground: .cyan)
        case .warning: return Appearance(.bold, foreground: .yellow)
        case .error: return Appearance(.bold, foreground: .red)
        case .success: return Appearance(foreground: .green)
        case .match: return Appearance(foreground: .black, background: .yellow)
        case .mark: return Appearance(.bold, foreground: .magenta)
        case .doneOnTime: return Appearance(foreground: .green)
        case .doneLate: return Appearance(foreground: .cyan)
        case .inProgress: return Appearance(foreground: .blue)
        case .dueSoon: return Appearance(foreground: .yellow)
        case .overdue: return Appearance(.bold, foreground: .red)
        case .notStarted: return Appearance(.dim)
        case .continuous: return Appearance(foreground: .magenta)
        case .suspended: return Appearance(.dim)
        }
    }

    /// Colour terminals with a light background (`theme = "light"`): every role chosen again, since yellow,
    /// cyan and white text fade on white; standings stay apart by colour and weight (red for due soon, bold
    /// red for overdue), and the bars are light text on a dark colour.
    static func lightColored(_ role: StyleRole) -> Appearance {
        switch role {
        case .normal: return Appearance()
        case .dim: return Appearance(.dim)
        case .title: return Appearance(.bold, foreground: .blue)
        case .header: return Appearance(.bold)
        case .border: return Appearance(foreground: .black)
        case .statusBar: return Appearance(foreground: .white, background: .blue)
        case .footer: return Appearance(.dim)
        case .keyHint: return Appearance(.bold, foreground: .blue)
        case .accent: return Appearance(.bold, foreground: .magenta)
        case .warning: return Appearance(.bold, foreground: .magenta)
        case .error: return Appearance(.bold, foreground: .red)
        case .success: return Appearance(foreground: .green)
        case .match: return Appearance(foreground: .white, background: .magenta)
        case .mark: return Appearance([.bold, .underline], foreground: .magenta)
        case .doneOnTime: return Appearance(foreground: .green)
        case .doneLate: return Appearance(foreground: .magenta)
        case .inProgress: return Appearance(foreground: .blue)
        case .dueSoon: return Appearance(foreground: .red)
        case .overdue: return Appearance([.bold, .underline], foreground: .red)
        case .notStarted: return Appearance(.dim)
        case .continuous: return Appearance(.bold, foreground: .blue)
        case .suspended: return Appearance(.dim)
        }
    }

    /// Without colours (or with NO_COLOR): only what bold, dim, underline and reverse video can say.
    static func monochrome(_ role: StyleRole) -> Appearance {
        switch role {
        case .normal, .border, .success, .doneOnTime, .doneLate, .inProgress, .continuous: return Appearance()
        case .dim, .footer, .notStarted, .suspended: return Appearance(.dim)
        case .title, .header, .keyHint, .accent, .mark, .warning, .error, .dueSoon: return Appearance(.bold)
        case .statusBar: return Appearance(.reverse)
        case .match: return Appearance(.underline)
        case .overdue: return Appearance([.bold, .underline])
        }
    }
}
