import Yams

/// How one string is written in block YAML so that a YAML 1.1 reader (Yams, libyaml) gives the same string
/// back, and a person correcting the file reads it as text: plain where nothing in it could be read as
/// something else, single-quoted where it could, a literal block (`|-`) for lines, double-quoted with
/// escapes where a character has no safe place in a file shown on a terminal (controls, bidi controls,
/// line separators, a byte-order mark). Scanned once as UTF-8 bytes.
enum YAMLScalarStyle {
    enum Style: Equatable {
        case plain, singleQuoted, doubleQuoted
        /// `|-` (no final line break), `|` (one).
        case literal(keepsFinalBreak: Bool)
    }

    /// Appends `text` as a value, then a line break. A literal block's lines are indented to `blockColumn`.
    static func appendValue(_ text: String, blockColumn: Int, to out: inout [UInt8]) {
        var text = text
        let chosen = text.withUTF8 { bytes in
            let chosen = style(of: bytes, multiLine: true)
            append(bytes, style: chosen, blockColumn: blockColumn, to: &out)
            return chosen
        }
        // A block ends with its last line's break.
        if case .literal = chosen { return }
        out.append(newline)
    }

    /// Appends `key` as a mapping key (never a block).
    static func appendKey(_ key: String, to out: inout [UInt8]) {
        var key = key
        key.withUTF8 { bytes in append(bytes, style: style(of: bytes, multiLine: false), blockColumn: 0, to: &out) }
    }

    // MARK: Choosing

    private static func style(of bytes: UnsafeBufferPointer<UInt8>, multiLine: Bool) -> Style {
        guard let first = bytes.first, let last = bytes.last else { return .singleQuoted }
        var lineBreak = false, tab = false
        var plain = !startsOtherwise(first) && last != space && last != colon
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case newline: lineBreak = true
            case 0x09: tab = true
            case 0..<0x20, 0x7F: return .doubleQuoted
            case colon where index + 1 < bytes.count && bytes[index + 1] == space: plain = false
            case hash where index > 0 && bytes[index - 1] == space: plain = false
            case 0xC2, 0xE2, 0xEF:
                if needsEscape(bytes, at: index) { return .doubleQuoted }
            default: break
            }
            index += 1
        }
        if lineBreak {
            // A block cannot start with a space, a tab or a blank line without an indentation indicator, nor
            // keep more than one final line break without `|+`: those few go between double quotes.
            guard multiLine, first != space, first != newline, first != 0x09 else { return .doubleQuoted }
            let finalBreaks = bytes.reversed().prefix(2).prefix(while: { $0 == newline }).count
            if finalBreaks == 2 { return .doubleQuoted }
            return .literal(keepsFinalBreak: finalBreaks == 1)
        }
        if plain && !tab && !isReservedWord(bytes) && !(isDigit(first) && mayReadAsNumber(bytes)) { return .plain }
        return .singleQuoted
    }

    private static let space = UInt8(ascii: " "), colon = UInt8(ascii: ":"), hash = UInt8(ascii: "#")
    private static let newline = UInt8(ascii: "\n")

    /// A first byte that makes a plain scalar an indicator, or possibly a signed number, `.inf`, null (`~`),
    /// a merge key or a document marker: such a string is quoted rather than trusted to the resolver.
    private static func startsOtherwise(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"),
             UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "<"),
             UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: "\t"):
            return true
        default:
            return false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// Whether a string that starts with a digit could be read as an integer, a float, a sexagesimal or a
    /// timestamp. Those are made of digits, hex letters, `xobtzTZ`, `._:+-` and spaces only; any other
    /// character ("2025-2030 (dự kiến)", "3785/KH-UBND") makes it text, and the few left ("2025-2030",
    /// "12-10") are asked of the resolver the reader uses.
    private static func mayReadAsNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let numeric = bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                 UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "x"), UInt8(ascii: "o"), UInt8(ascii: "t"),
                 UInt8(ascii: "z"), UInt8(ascii: "T"), UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: " "):
                return true
            default:
                return false
            }
        }
        guard numeric else { return false }
        // The common ones without the resolver's regular expressions: a number of digits, a date.
        if bytes.allSatisfy(isDigit) { return true }
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || isDigit($0.element) }) {
            return true
        }
        return Resolver.default.resolveTag(of: Node(String(decoding: bytes, as: UTF8.self))) != .str
    }

    /// Words YAML 1.1 reads as booleans or null, in any capitalisation.
    private static func isReservedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 5 else { return false }
        let word = String(decoding: bytes, as: UTF8.self).lowercased()
        return ["y", "n", "yes", "no", "true", "false", "on", "off", "null"].contains(word)
    }

    /// A C1 control (lead byte C2), a bidi control or line separator (E2), a byte-order mark or a
    /// noncharacter (EF) at `index`: what the file must carry as an escape, not as itself.
    private static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard let scalar = scalar(in: bytes, at: index) else { return true }
        return ControlCharacters.isUnsafe(scalar) || [0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value)
    }

    /// The scalar whose UTF-8 starts at `index` (the text is valid UTF-8: it came from a `String`).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    // MARK: Writing

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, style: Style, blockColumn: Int,
                               to out: inout [UInt8]) {
        switch style {
        case .plain:
            out.append(contentsOf: bytes)
        case .singleQuoted:
            out.append(UInt8(ascii: "'"))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "'") { out.append(byte) }
            }
            out.append(UInt8(ascii: "'"))
        case .literal(let keepsFinalBreak):
            out.append(contentsOf: keepsFinalBreak ? Array("|".utf8) : Array("|-".utf8))
            let body = keepsFinalBreak ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes
            for line in body.split(separator: newline, omittingEmptySubsequences: false) {
                out.append(newline)
                // A blank line stays blank: spaces there would be read as the line's content.
                if line.isEmpty { continue }
                out.append(contentsOf: repeatElement(space, count: blockColumn))
                out.append(contentsOf: line)
            }
            out.append(newline)
        case .doubleQuoted:
            appendDoubleQuoted(bytes, to: &out)
        }
    }

    private static func appendDoubleQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: Array(#"\""#.utf8))
            case "\\": out.append(contentsOf: Array(#"\\"#.utf8))
            case "\n": out.append(contentsOf: Array(#"\n"#.utf8))
            case "\t": out.append(contentsOf: Array(#"\t"#.utf8))
            case "\r": out.append(contentsOf: Array(#"\r"#.utf8))
            case "\u{1B}": out.append(contentsOf: Array(#"\e"#.utf8))
            case "\u{85}": out.append(contentsOf: Array(#"\N"#.utf8))
            case "\u{2028}": out.append(contentsOf: Array(#"\L"#.utf8))
            case "\u{2029}": out.append(contentsOf: Array(#"\P"#.utf8))
            default:
                if ControlCharacters.isUnsafe(scalar) || [0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value) {
                    let digits = scalar.value < 0x100 ? 2 : 4
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out.append(contentsOf: Array((digits == 2 ? "\\x" : "\\u").utf8))
                    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits - hex.count))
                    out.append(contentsOf: Array(hex.utf8))
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
