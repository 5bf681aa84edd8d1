import Foundation

/// Where no UTF-8 locale exists, every grapheme is drawn in ASCII of the same width, so that nothing garbles
/// and columns stay where the layout put them.
public enum AsciiFallback {
    /// ASCII for one grapheme, exactly `width` (1 or 2) characters long.
    public static func text(for grapheme: Character, width: Int) -> String {
        let columns = max(1, min(2, width))
        if let ascii = grapheme.asciiValue, ascii >= 0x20, ascii < 0x7F, grapheme.unicodeScalars.count == 1 {
            return String(grapheme) + (columns == 2 ? " " : "")
        }
        guard let first = grapheme.unicodeScalars.first else { return String(repeating: " ", count: columns) }
        let stand = character(for: first)
        // Wide graphemes (CJK, emoji) become two stand-ins.
        return String(repeating: stand, count: columns)
    }

    /// The ASCII stand-in for one scalar: letters lose their marks, lines and shapes keep their sense.
    static func character(for scalar: Unicode.Scalar) -> Character {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return Character(scalar) }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return "?" }
        switch v {
        case 0x0110: return "D"  // Đ is a letter of its own, not D plus a mark
        case 0x0111: return "d"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: return "\""
        case 0x2026, 0x00B7, 0x2219, 0x22EF: return "."
        case 0x2022, 0x25CF, 0x25CB, 0x25C6, 0x25C7, 0x25A0, 0x25A1, 0x2605, 0x2606: return "*"
        case 0x00AB, 0x2039, 0x2190, 0x25C0, 0x25C2, 0x25C4, 0x2264: return "<"
        case 0x00BB, 0x203A, 0x2192, 0x25B6, 0x25B8, 0x25BA, 0x2265: return ">"
        case 0x2191, 0x25B2, 0x25B4: return "^"
        case 0x2193, 0x25BC, 0x25BE: return "v"
        case 0x00D7, 0x2715, 0x2716, 0x2717, 0x2718: return "x"
        case 0x2713, 0x2714: return "v"
        case 0x2400...0x2421: return "^"  // a control character's picture (␛): still visibly a control
        case 0x2500...0x257F: return boxDrawing(v)
        case 0x2580...0x259F: return "#"
        default: break
        }
        // Vietnamese and other Latin letters: the base letter, case kept ("ế" → "e", "Ở" → "O").
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
        if let base = decomposed.first, base.value >= 0x20, base.value < 0x7F { return Character(base) }
        return "?"
    }

    /// Box drawing: horizontal lines "-", vertical lines "|", corners, tees and crosses "+".
    static func boxDrawing(_ v: UInt32) -> Character {
        switch v {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550,
             0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551,
             0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
            return "|"
        case 0x2571: return "/"
        case 0x2572: return "\\"
        case 0x2573: return "X"
        default: return "+"
        }
    }
}
