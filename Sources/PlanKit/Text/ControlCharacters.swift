/// Text from outside (a plan file, a YAML export, the command line, an editor, the database) must never
/// steer a terminal or reorder what a reader sees. Two rules, one place:
///
/// - **At the boundary** (`clean`), where a string enters the model or the store: NFC; CRLF and a lone
///   CR become LF; tab and LF are kept; every other C0 control, DEL and every C1 control (U+0080–U+009F,
///   U+009B CSI among them) is **removed**; the bidirectional overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069) are **removed**. The bidi *marks* (U+200E, U+200F, U+061C) stay: they reorder nothing
///   beyond one neutral character and Vietnamese text never needs more.
/// - **On a screen** (`sanitize`, `terminalText`), for whatever still carries one (a store written by an
///   older kehoach, a string built in code): the character is **made visible** — the Control Pictures
///   block for C0 and DEL (ESC shows as ␛), U+FFFD for C1 and for the bidi controls.
public enum ControlCharacters {
    /// True for C0, DEL and C1 controls (tab and newline included: a cell has no place for them).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The bidirectional embeddings, overrides (U+202E "RIGHT-TO-LEFT OVERRIDE") and isolates.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// What the boundary removes and a screen shows as a picture: controls but tab and newline, and bidi controls.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        (isControl(scalar) && scalar != "\t" && scalar != "\n") || isBidiControl(scalar)
    }

    /// The visible stand-in for a control character: the Control Pictures block for C0 and DEL,
    /// a replacement character for C1 and the bidi controls.
    public static func visible(_ scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0..<0x20: return Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// A grapheme with any control scalar in it is replaced whole by the picture of its first control.
    public static func sanitize(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where isControl(scalar) || isBidiControl(scalar) { return visible(scalar) }
        return character
    }

    /// For one cell of a screen: every control (tab and newline too) and bidi control made visible.
    public static func sanitize<S: StringProtocol>(_ text: S) -> String {
        if !text.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) }) { return String(text) }
        return String(text.map(sanitize))
    }

    // MARK: The boundary

    /// The one sanitiser every string from outside passes on its way into the model or the store.
    public static func clean<S: StringProtocol>(_ text: S) -> String {
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return text.nfc }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\r" { scalars.append("\n"); continue }
            if scalar == "\n" && previousWasCR { continue }
            if isUnsafe(scalar) { continue }
            scalars.append(scalar)
        }
        return String(scalars).nfc
    }


    /// True when `clean` would change nothing but, perhaps, the normal form: what tests and guards ask.
    public static func isClean<S: StringProtocol>(_ text: S) -> Bool {
        !text.unicodeScalars.contains { $0 == "\r" || isUnsafe($0) }
    }

    // MARK: Terminal output

    /// Text printed as lines on a terminal (a command's output, an error message): newlines and tabs
    /// kept, a CR only before LF (CSV's line end), everything else that would steer the terminal shown
    /// as its picture. Checked on the bytes first: output without a suspicious byte is returned as it is.
    public static func terminalText<S: StringProtocol>(_ text: S) -> String {
        let utf8 = text.utf8
        if !utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            return String(text)
        }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
                out.append(scalar)
            } else if isUnsafe(scalar) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension StringProtocol {
    /// `ControlCharacters.clean`: what every string from outside becomes on entering the model or the store.
    public var cleaned: String { ControlCharacters.clean(self) }
}
