import Foundation

/// Pretty-printed JSON written as it goes, in the layout `JSONEncoder` gives with `.prettyPrinted,
/// .sortedKeys, .withoutEscapingSlashes` (two-space indent, `"key" : value`), so a command can stream
/// thousands of rows without building and sorting a whole document. The caller gives keys already in
/// order; nil values are left out, as `JSONEncoder` leaves out a nil optional.
public struct JSONStream {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Per open container: has it a member yet.
    private var hasMember: [Bool] = []
    private let flush: (([UInt8]) -> Void)?
    private let flushAt: Int

    /// With `flush`, the bytes are handed over whenever `flushAt` have gathered (and by `finish`).
    public init(flushAt: Int = 1 << 16, flush: (([UInt8]) -> Void)? = nil) {
        self.flush = flush
        self.flushAt = flushAt
        bytes.reserveCapacity(flush == nil ? 1024 : flushAt + 4096)
    }

    public mutating func beginArray(key: String? = nil) { open(key: key, bracket: UInt8(ascii: "[")) }
    public mutating func endArray() { close(bracket: UInt8(ascii: "]")) }
    public mutating func beginObject(key: String? = nil) { open(key: key, bracket: UInt8(ascii: "{")) }
    public mutating func endObject() { close(bracket: UInt8(ascii: "}")) }

    public mutating func string(_ key: String?, _ value: String?) {
        guard let value else { return }
        member(key)
        Self.appendQuoted(value, to: &bytes)
    }

    public mutating func int(_ key: String?, _ value: Int?) {
        guard let value else { return }
        member(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func strings(_ key: String, _ values: [String]) {
        beginArray(key: key)
        for value in values { string(nil, value) }
        endArray()
    }

    /// A value already written as pretty-printed JSON at the top level (`JSONOutput.encode`), indented to
    /// where it goes: the small parts of a document keep their `Codable` form, the long lists stream.
    public mutating func encoded(_ key: String?, _ pretty: String) {
        member(key)
        let indent = 2 * depth
        var pretty = pretty
        pretty.withUTF8 { text in
            var index = 0
            while index < text.count {
                let byte = text[index]
                bytes.append(byte)
                // JSONEncoder leaves the inner line of an empty container blank, at any depth.
                if byte == UInt8(ascii: "\n"), index + 1 < text.count, text[index + 1] != UInt8(ascii: "\n") {
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
                }
                index += 1
            }
        }
    }

    /// Hands over what is left (with a final newline when `newline`).
    public mutating func finish(newline: Bool = true) {
        if newline { bytes.append(UInt8(ascii: "\n")) }
        if let flush { flush(bytes); bytes.removeAll(keepingCapacity: true) }
    }

    private mutating func open(key: String?, bracket: UInt8) {
        member(key)
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(bracket: UInt8) {
        let had = hasMember.removeLast()
        depth -= 1
        if had {
            newline()
        } else {
            // JSONEncoder writes an empty container as "[\n\n]" at the top and "[\n\n  ]" inside.
            bytes.append(UInt8(ascii: "\n"))
            newline()
        }
        bytes.append(bracket)
        if depth == 0, let flush, bytes.count >= flushAt { flush(bytes); bytes.removeAll(keepingCapacity: true) }
    }

    private mutating func member(_ key: String?) {
        if !hasMember.isEmpty {
            if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
            hasMember[hasMember.count - 1] = true
            newline()
        }
        if let key {
            Self.appendQuoted(key, to: &bytes)
            bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        }
        // At any depth: nothing written is taken back, and a report's long lists sit two levels down.
        if let flush, bytes.count >= flushAt { flush(bytes); bytes.removeAll(keepingCapacity: true) }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: quote, backslash and C0 controls escaped, and, as `OutputEscaping.json` does for
    /// encoder output, DEL, the C1 controls, U+2028/9 and the bidi controls as `\uXXXX`; everything
    /// else as its UTF-8 bytes, copied in runs between the bytes that need escaping.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        let mayEscape = Self.mayEscape
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // One look-up instead of six comparisons a byte: most of a row is text to copy.
                if !mayEscape[Int(byte)] { index += 1; continue }
                let (scalar, length) = escapedScalar(bytes, at: index)
                guard let scalar else { index += 1; continue }
                if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                if scalar < 0x7F { appendEscape(UInt8(scalar), to: &out) } else { appendUnicodeEscape(scalar, to: &out) }
                index += length
                start = index
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The bytes that may start something to escape: C0 controls, quote, backslash, DEL, and the lead
    /// bytes of the C1 controls (C2) and of the line separators and bidi controls (E2).
    private static let mayEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// The scalar at `index` if it must be escaped, with its length in bytes; nil for an ordinary one.
    private static func escapedScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32?, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (UInt32(byte), 1) }
        func at(_ k: Int) -> UInt8 { index + k < bytes.count ? bytes[index + k] : 0 }
        if byte == 0xC2, (0x80...0x9F).contains(at(1)) { return (UInt32(at(1)), 2) }  // C1: U+0080–U+009F
        if byte == 0xE2, at(1) == 0x80, (0xA8...0xAE).contains(at(2)) {               // U+2028–U+202E
            return (0x2000 | UInt32(at(2) & 0x3F), 3)
        }
        if byte == 0xE2, at(1) == 0x81, (0xA6...0xA9).contains(at(2)) {               // U+2066–U+2069
            return (0x2040 | UInt32(at(2) & 0x3F), 3)
        }
        return (nil, 1)
    }

    /// In capitals, as `OutputEscaping.json` writes them.
    private static func appendUnicodeEscape(_ scalar: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in [12, 8, 4, 0] { out.append(upperHex[Int((scalar >> UInt32(shift)) & 0xF)]) }
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: out.append(contentsOf: [backslash, byte])
        case 0x0A: out.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [backslash, UInt8(ascii: "t")])
        case 0x08: out.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x0C: out.append(contentsOf: [backslash, UInt8(ascii: "f")])
        default:
            out.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                    hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
