/// The escaping of each way out that is not a terminal (that one is `ControlCharacters.terminalText`).
/// Each function is pure, text in and text out, so a writer can apply it field by field while streaming.
/// The model's strings are already clean (`ControlCharacters.clean`); these are the second line: what a
/// file holds must be safe in the program that opens it, whatever reached the model.
public enum OutputEscaping {
    // MARK: CSV

    /// One CSV field for Excel and LibreOffice, quoted, quotes doubled. A field that a spreadsheet would
    /// take for a formula — starting with `=`, `+`, `-`, `@`, a tab or a CR — gets a single quote in
    /// front, as OWASP's "CSV Injection" page advises: the spreadsheet shows it as text (`'=1+2`, with
    /// the quote visible when the file is imported rather than typed). Controls other than the line
    /// break are shown as their pictures, as on a terminal: a CSV is often looked at with `cat`.
    public static func csvField(_ text: String) -> String {
        CSVField.quoted(csvSafe(text))
    }

    /// `csvField`, quoting only where RFC 4180 needs it (a comma, a quote, a line break, or the
    /// single quote that neutralises a formula): for the plain CSV of `kehoach list`.
    public static func csvFieldMinimal(_ text: String) -> String {
        let field = csvSafe(text)
        return field.utf8.first == UInt8(ascii: "'") && startsLikeFormula(String(field.dropFirst()))
            ? CSVField.quoted(field) : CSVField.quotedIfNeeded(field)
    }

    /// A field's text before quoting: controls made visible, and a formula's first character
    /// neutralised by a leading single quote (OWASP's advice for CSV injection).
    public static func csvSafe(_ text: String) -> String {
        let field = ControlCharacters.terminalText(text)
        return startsLikeFormula(field) ? "'" + field : field
    }

    /// The characters that start a formula in Excel, LibreOffice and Google Sheets.
    public static func startsLikeFormula(_ text: String) -> Bool {
        text.utf8.first.map(isFormulaStart) ?? false
    }

    /// `startsLikeFormula`'s first characters, all ASCII: = + - @ tab CR.
    @inline(__always)
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    // MARK: JSON

    /// Encoder output made safe to print and to embed: Foundation escapes C0 but writes DEL, the C1
    /// controls (U+009B is a CSI to many terminals), U+2028/U+2029 (line ends to JavaScript) and the bidi
    /// controls as they are; here each becomes a `\uXXXX` escape. Outside strings JSON is ASCII, so the
    /// replacement can only touch string contents.
    public static func json(_ encoded: String) -> String {
        guard encoded.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return encoded }
        var out = String.UnicodeScalarView()
        for scalar in encoded.unicodeScalars {
            if needsJSONEscape(scalar) {
                out.append(contentsOf: jsonEscape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
            || ControlCharacters.isBidiControl(scalar)
    }

    private static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
