/// Glyphs of the timeline, progress bars and the responsibility graph, with the ASCII fallback
/// (`#`, `=`, `|`, `*`) for terminals that are not UTF-8 or `--ascii`.
public struct ChartGlyphs: Sendable, Equatable {
    public var full: Character
    /// Left-filling eighths, one to seven eighths of a cell (empty in ASCII: only whole cells are drawn).
    public var eighths: [Character]
    public var thin: Character
    public var band: Character
    public var empty: Character
    public var marker: Character
    public var tick: Character
    public var today: Character
    public var todayAxis: Character
    public var axis: Character
    public var yearTick: Character
    public var minorTick: Character
    public var report: Character
    public var dashed: Character
    public var dashedVertical: Character
    public var heavy: Character
    public var double: Character
    public var teeLeft: Character
    public var teeRight: Character
    public var teeDown: Character
    public var teeUp: Character
    public var cross: Character

    public static let unicode = ChartGlyphs(
        full: "█", eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], thin: "─", band: "░", empty: "░", marker: "◆",
        tick: "┃", today: "│", todayAxis: "▼", axis: "─", yearTick: "┬", minorTick: "╷", report: "▾", dashed: "╌",
        dashedVertical: "╎", heavy: "━", double: "═", teeLeft: "┤", teeRight: "├", teeDown: "┬", teeUp: "┴",
        cross: "┼")

    public static let ascii = ChartGlyphs(
        full: "#", eighths: [], thin: "-", band: "=", empty: ".", marker: "*", tick: "|", today: "|", todayAxis: "V",
        axis: "-", yearTick: "+", minorTick: "'", report: "v", dashed: ".", dashedVertical: ":", heavy: "=",
        double: "#", teeLeft: "+", teeRight: "+", teeDown: "+", teeUp: "+", cross: "+")

    public static func forGlyphs(_ glyphs: Glyphs) -> ChartGlyphs { glyphs == .unicode ? .unicode : .ascii }

    /// The glyph for a cell filled `fraction` (0…1) from the left; nil when too little to show.
    public func partial(_ fraction: Double) -> Character? {
        let steps = Int((fraction * 8).rounded(.down))
        if steps >= 8 { return full }
        if eighths.isEmpty { return fraction >= 0.5 ? full : nil }
        return steps >= 1 ? eighths[steps - 1] : nil
    }
}

/// A horizontal bar between two fractional columns, whole cells then an eighth block at its end.
public enum Bar {
    public static func draw(from start: Double, to end: Double, y: Int, clipX: Int, clipWidth: Int, style: Style,
                            glyphs: ChartGlyphs, fill: Character? = nil, into screen: inout Screen) {
        guard end > start, clipWidth > 0 else { return }
        let first = Int(start.rounded())
        let lastFull = Int(end.rounded(.down))
        for column in max(first, 0)..<max(max(first, 0), min(lastFull, clipWidth)) {
            screen.put(fill ?? glyphs.full, x: clipX + column, y: y, style: style)
        }
        let remainder = end - Double(lastFull)
        if fill == nil, lastFull >= max(first, 0), lastFull < clipWidth, remainder > 0,
           let glyph = glyphs.partial(remainder) {
            screen.put(glyph, x: clipX + lastFull, y: y, style: style)
        } else if lastFull < first, first >= 0, first < clipWidth {
            // Shorter than a cell: still one visible mark.
            screen.put(fill ?? glyphs.partial(max(0.125, end - start)) ?? glyphs.full, x: clipX + first, y: y, style: style)
        }
    }

    /// A progress bar of `width` cells for a fraction (over 1 is drawn full).
    public static func progress(_ fraction: Double, width: Int, glyphs: ChartGlyphs) -> (filled: String, rest: String) {
        guard width > 0 else { return ("", "") }
        let cells = min(max(0, fraction), 1) * Double(width)
        var filled = String(repeating: glyphs.full, count: Int(cells.rounded(.down)))
        if filled.count < width, let glyph = glyphs.partial(cells - cells.rounded(.down)) { filled.append(glyph) }
        let rest = String(repeating: glyphs.empty, count: max(0, width - filled.count))
        return (filled, rest)
    }
}
