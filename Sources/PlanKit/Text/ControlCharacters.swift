/// Text from outside (a plan file, a YAML export, the command line, an editor, the database) must never
/// steer a terminal or reorder what a reader sees. Two rules, one place:
///
/// - **At the boundary** (`clean`), where a string enters the model or the store: NFC; CRLF and a lone
///   CR become LF; tab and LF are kept; every other C0 control, DEL and every C1 control (U+0080–U+009F,
///   U+009B CSI among them) is **removed**, and with ESC or a C1 introducer the whole escape sequence it
///   starts (CSI parameters and final byte; OSC, DCS, APC, PM and SOS strings up to BEL, ST or the line's
///   end; a two-character escape), so no "[2J" or "]52;c;…" debris is left; U+2028 and U+2029 become
///   LF; the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are **removed**. The
///   bidi *marks* (U+200E, U+200F, U+061C) stay: they reorder nothing beyond one neutral character.
/// - **On a screen** (`sanitize`, `terminalText`), for whatever still carries one (a store written by an
///   older kehoach, a string built in code): the character is **made visible** — the Control Pictures
///   block for C0 and DEL (ESC shows as ␛), U+FFFD for C1, the bidi controls and U+2028/U+2029.
public enum ControlCharacters {
    /// True for C0, DEL and C1 controls (tab and newline included: a cell has no place for them).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The bidirectional embeddings, overrides (U+202E "RIGHT-TO-LEFT OVERRIDE") and isolates.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// What the boundary removes and a screen shows as a picture: controls but tab and newline, bidi
    /// controls, and the Unicode line and paragraph separators (line ends to some programs, not to others).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        (isControl(scalar) && scalar != "\t" && scalar != "\n") || isBidiControl(scalar)
            || scalar.value == 0x2028 || scalar.value == 0x2029
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
        // The bytes first: text cleaned on input has no lead byte of a control or a bidi control (most
        // of a screen's text is such), so it is not decoded into scalars a second time.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return String(text) }
        if !text.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) }) { return String(text) }
        return String(text.map(sanitize))
    }

    // MARK: The boundary

    /// True when `text` holds something `clean` or `terminalText` may change: a C0 control but tab and
    /// newline, DEL, a C1 control (C2 80–9F), a line separator or bidi control (E2 80 A8–AE, E2 81 A6–A9).
    /// Exact, not by lead byte alone: “quotes” and dashes also start with E2, and Vietnamese plans are full
    /// of them (a lead-byte test sent a 100,000-task CSV export through the scalar scan: 1.43 G of its
    /// 5.55 G instructions). On the contiguous UTF-8 of a native string: the generic scan through
    /// `UTF8View`, unspecialized when another module calls it, cost a fifth of a 100,000-task export.
    /// With `keepingCRLF` (what `terminalText` keeps: a CSV's line ends), a CR before an LF is not counted.
    @inline(__always)
    static func hasSuspiciousByte(_ text: String, keepingCRLF: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for i in 0..<bytes.count where mayStartUnsafe(bytes[i]) {
                if isUnsafe(at: i, in: bytes, keepingCRLF: keepingCRLF) { return true }
            }
            return false
        }
    }

    /// The bytes an unsafe scalar starts with (tab and newline excepted): the common bytes in one test.
    @inline(__always)
    static func mayStartUnsafe(_ byte: UInt8) -> Bool {
        !(byte >= 0x20 && byte != 0x7F && byte != 0xC2 && byte != 0xE2) && byte != 0x09 && byte != 0x0A
    }

    /// Whether the scalar whose first byte is `bytes[i]` (one `mayStartUnsafe` accepts) is unsafe: the
    /// exact test `hasSuspiciousByte` applies, for a scan that does more with each byte.
    @inline(__always)
    static func isUnsafe(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, keepingCRLF: Bool) -> Bool {
        let n = bytes.count
        switch bytes[i] {
        case 0x0D where keepingCRLF && i + 1 < n && bytes[i + 1] == 0x0A: return false
        case 0..<0x20, 0x7F: return true
        case 0xC2: return i + 1 < n && (0x80...0x9F).contains(bytes[i + 1])
        default:  // 0xE2
            guard i + 2 < n else { return false }
            let second = bytes[i + 1], third = bytes[i + 2]
            return (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
        }
    }

    /// `clean` for a `String`, the same result: the common clean text only scanned as bytes and normalised.
    public static func clean(_ text: String) -> String {
        if !hasSuspiciousByte(text) { return text.nfc }
        return clean(text[...])
    }

    /// The one sanitiser every string from outside passes on its way into the model or the store.
    public static func clean<S: StringProtocol>(_ text: S) -> String {
        let utf8 = text.utf8
        // Bytes first (no lead byte of a control or a bidi/line separator: clean), then the scalars:
        // most text with a C2 or E2 byte (“quotes”, dashes) has nothing to remove either.
        let suspicious = utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 })
        if !suspicious || isClean(text) { return text.nfc }
        let input = Array(text.unicodeScalars)
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < input.count {
            let scalar = input[i]
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                i += i + 1 < input.count && input[i + 1] == "\n" ? 2 : 1
            case 0x2028, 0x2029:
                scalars.append("\n")
                i += 1
            case 0x1B, 0x80...0x9F:
                i = endOfEscape(input, at: i)
            default:
                if !isUnsafe(scalar) { scalars.append(scalar) }
                i += 1
            }
        }
        return String(scalars).nfc
    }

    /// Where the escape sequence that ESC or a C1 control at `start` begins ends (one past it).
    private static func endOfEscape(_ s: [Unicode.Scalar], at start: Int) -> Int {
        var i = start + 1
        var kind = s[start].value
        if kind == 0x1B {
            guard i < s.count, (0x20...0x7E).contains(s[i].value) else { return i }
            // ESC and a letter from @ to _ is the 7-bit form of the C1 control 0x40 lower.
            kind = (0x40...0x5F).contains(s[i].value) ? s[i].value + 0x40 : 0
            i += 1
            if kind == 0 { return i }  // a two-character escape (ESC c, ESC 7, ESC =)
        }
        switch kind {
        case 0x9B:  // CSI: parameters and intermediates, then one final byte
            while i < s.count, (0x20...0x3F).contains(s[i].value) { i += 1 }
            if i < s.count, (0x40...0x7E).contains(s[i].value) { i += 1 }
            return i
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:  // DCS, SOS, OSC, PM, APC: a string up to BEL or ST
            while i < s.count {
                let v = s[i].value
                if v == 0x07 || v == 0x9C { return i + 1 }
                if v == 0x1B && i + 1 < s.count && s[i + 1] == "\\" { return i + 2 }
                if v == 0x0A || v == 0x0D { return i }
                i += 1
            }
            return i
        default:
            return i
        }
    }


    /// True when `clean` would change nothing but, perhaps, the normal form: what tests and guards ask.
    public static func isClean<S: StringProtocol>(_ text: S) -> Bool {
        !text.unicodeScalars.contains { $0 == "\r" || isUnsafe($0) }
    }

    // MARK: Terminal output

    /// Text printed as lines on a terminal (a command's output, an error message): newlines and tabs
    /// kept, a CR only before LF (CSV's line end), everything else that would steer the terminal shown
    /// as its picture. Checked on the bytes first: output without a suspicious byte is returned as it is.
    public static func terminalText(_ text: String) -> String {
        if !hasSuspiciousByte(text, keepingCRLF: true) { return text }
        return terminalText(text[...])
    }

    /// `terminalText` for any string: the definition the `String` overload above takes its fast path from.
    public static func terminalText<S: StringProtocol>(_ text: S) -> String {
        let utf8 = text.utf8
        if !utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            return String(text)
        }
        // Then the scalars: “quotes”, dashes and superscripts have those bytes and nothing to show.
        if !text.unicodeScalars.contains(where: isUnsafe) { return String(text) }
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

extension String {
    /// `cleaned` through the `String` overload of `ControlCharacters.clean` (its byte scan specialised).
    public var cleaned: String { ControlCharacters.clean(self) }
}
