/// Plan text must never steer the terminal: control characters are shown, not sent.
public enum ControlCharacters {
    /// True for C0, DEL and C1 controls (tab and newline included: a cell has no place for them).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The visible stand-in for a control character: the Control Pictures block for C0 and DEL,
    /// a replacement character for C1.
    public static func visible(_ scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0..<0x20: return Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// A grapheme with any control scalar in it is replaced whole by the picture of its first control.
    public static func sanitize(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where isControl(scalar) { return visible(scalar) }
        return character
    }

    public static func sanitize<S: StringProtocol>(_ text: S) -> String {
        if !text.unicodeScalars.contains(where: isControl) { return String(text) }
        return String(text.map(sanitize))
    }
}
