import PlanKit

/// What curses is asked to write for one cell of the screen. Pure, so that the rules are tested without a terminal.
public struct GlyphPlan: Sendable, Equatable {
    /// The scalars drawn at the cell's column: one spacing character and its combining marks.
    public var scalars: [UInt32]
    /// A character for the next column, when a wide grapheme is drawn as two narrow stand-ins.
    public var next: UInt32?

    public init(scalars: [UInt32], next: UInt32? = nil) {
        self.scalars = scalars
        self.next = next
    }

    /// Curses stores a spacing character and at most four marks per cell (CCHARW_MAX 5 with the NUL).
    static let maxScalars = 4
    static let replacement: UInt32 = 0xFFFD
    static let space: UInt32 = 0x20

    /// The glyph for a grapheme occupying `width` columns (as the screen laid it out).
    /// - unicode: false draws ASCII stand-ins of the same width.
    /// - terminalWidth: the C library's idea of a scalar's width (`wcwidth`), which curses uses to move its
    ///   cursor. Where it disagrees with the layout's width (a text emoji with VS16, a flag), the grapheme
    ///   becomes a replacement character padded to the right width: a column lost is better than a row shifted.
    public static func make(_ grapheme: Character, width: Int, unicode: Bool,
                            terminalWidth: (UInt32) -> Int) -> GlyphPlan {
        let scalars = grapheme.unicodeScalars
        // Fast path: printable ASCII, the bulk of any screen.
        if let first = scalars.first, scalars.count == 1, first.value >= 0x20, first.value < 0x7F {
            return GlyphPlan(scalars: [first.value], next: width == 2 ? space : nil)
        }
        // Plan text never steers the terminal: a control character anywhere is drawn as its picture.
        let shown = ControlCharacters.sanitize(grapheme)
        let columns = max(1, min(2, width))
        if !unicode {
            let ascii = Array(AsciiFallback.text(for: shown, width: columns).unicodeScalars)
            return GlyphPlan(scalars: [ascii.first?.value ?? space], next: columns == 2 ? (ascii.last?.value ?? space) : nil)
        }
        let values = shown.unicodeScalars.map(\.value)
        guard let first = values.first else { return GlyphPlan(scalars: [space], next: columns == 2 ? space : nil) }
        guard terminalWidth(first) == columns else {
            return GlyphPlan(scalars: [replacement], next: columns == 2 ? space : nil)
        }
        // Marks join the first character; anything spacing after it (a ZWJ sequence, a second flag letter)
        // would be dropped by curses anyway, so the first character stands for the whole.
        // A joiner is not drawn: it would glue the emoji to whatever the next cell holds.
        var drawn = [first]
        for scalar in shown.unicodeScalars.dropFirst() {
            guard drawn.count < maxScalars, isMark(scalar), terminalWidth(scalar.value) == 0 else { break }
            drawn.append(scalar.value)
        }
        return GlyphPlan(scalars: drawn)
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
