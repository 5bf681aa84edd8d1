import CNcursesw
import Dashboard

/// Styles turned into curses attributes and colour pairs, each pair allocated once, on first use.
final class CursesPalette {
    struct Rendition {
        var attributes: attr_t
        var pair: Int16
    }

    private struct ColorKey: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    let colors: Bool
    let theme: Appearance.Theme
    /// `use_default_colors` worked: -1 means the terminal's own foreground and background.
    private let defaultColors: Bool
    private let maxPairs: Int
    private var pairs: [ColorKey: Int16] = [:]
    private var renditions: [Style: Rendition] = [:]

    /// Call after `start_color` (when colours are wanted).
    init(colors: Bool, defaultColors: Bool, theme: Appearance.Theme = .dark) {
        self.colors = colors
        self.theme = theme
        self.defaultColors = defaultColors
        self.maxPairs = colors ? Int(min(kh_color_pairs(), Int32(Int16.max))) : 0
    }

    func rendition(for style: Style) -> Rendition {
        if let known = renditions[style] { return known }
        let appearance = Appearance.of(style, colors: colors, theme: theme)
        let rendition = Rendition(attributes: Self.attributes(appearance.attributes), pair: pair(for: appearance))
        renditions[style] = rendition
        return rendition
    }

    static func attributes(_ set: TextAttributes) -> attr_t {
        var value = kh_attr_normal()
        if set.contains(.bold) { value |= kh_attr_bold() }
        if set.contains(.dim) { value |= kh_attr_dim() }
        if set.contains(.underline) { value |= kh_attr_underline() }
        if set.contains(.reverse) { value |= kh_attr_reverse() }
        return value
    }

    private func pair(for appearance: Appearance) -> Int16 {
        guard colors else { return 0 }
        let key = ColorKey(foreground: appearance.foreground, background: appearance.background)
        if key.foreground == .terminalDefault && key.background == .terminalDefault { return 0 }
        if let known = pairs[key] { return known }
        let number = pairs.count + 1
        // Out of pairs (never with our two dozen roles, but a terminal may offer few): default colours.
        guard number < maxPairs else { return 0 }
        let foreground = resolved(key.foreground, fallback: .white)
        let background = resolved(key.background, fallback: .black)
        guard init_pair(Int16(number), foreground, background) == OK else { return 0 }
        pairs[key] = Int16(number)
        return Int16(number)
    }

    /// Without `use_default_colors`, "default" must be a real colour.
    private func resolved(_ color: TerminalColor, fallback: TerminalColor) -> Int16 {
        color == .terminalDefault && !defaultColors ? fallback.rawValue : color.rawValue
    }
}
