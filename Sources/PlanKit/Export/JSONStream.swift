import Foundation

/// Pretty-printed JSON written as it goes, in the layout `JSONEncoder` gives with `.prettyPrinted,
/// .sortedKeys, .withoutEscapingSlashes` (two-space indent, `"key" : value`), so a command can stream
/// thousands of rows without building and sorting a whole document. The caller gives keys already in
/// order; nil values are left out, as `JSONEncoder` leaves out a nil optional.
///
/// The bytes gather in `storage`, kept longer than what is written (`count`), so that each piece is
/// stored through one pointer rather than appended byte by byte (at 100,000 tasks the overdue list
/// writes 21 MB; appending cost it a quarter of its instructions).
public struct JSONStream {
    private var storage: [UInt8]
    private var count = 0
    private var depth = 0
    /// Has the innermost open container a member yet; the same for the containers around it, outermost
    /// first, in `outerHasMember` (the flag asked for every member kept out of the array).
    private var hasMember = false
    private var outerHasMember: [Bool] = []
    private let flush: ((UnsafeBufferPointer<UInt8>) -> Void)?
    private let flushAt: Int

    /// With `flush`, the bytes are handed over whenever `flushAt` have gathered (and by `finish`), valid
    /// only during the call.
    public init(flushAt: Int = 1 << 16, flush: ((UnsafeBufferPointer<UInt8>) -> Void)? = nil) {
        self.flush = flush
        self.flushAt = flushAt
        storage = [UInt8](repeating: 0, count: flush == nil ? 1024 : flushAt + 4096)
    }

    /// What has been written and not yet handed to `flush`: everything, without one.
    public var bytes: [UInt8] { Array(storage[..<count]) }

    /// A member name written once as it goes before a value (`"name" : `), for a writer that names the
    /// same members on every row: a name given as a `String` is quoted again each time.
    public struct Key: Sendable {
        fileprivate let bytes: [UInt8]

        public init(_ name: String) {
            var bytes: [UInt8] = []
            JSONStream.appendQuoted(name, to: &bytes)
            bytes += [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")]
            self.bytes = bytes
        }
    }

    /// A string value quoted once, for one that many rows repeat (a label, a day).
    public struct Quoted: Sendable {
        fileprivate let bytes: [UInt8]

        public init(_ value: String) {
            var bytes: [UInt8] = []
            JSONStream.appendQuoted(value, to: &bytes)
            self.bytes = bytes
        }
    }

    public mutating func beginArray(key: String? = nil) { open(key: key, bracket: UInt8(ascii: "[")) }
    public mutating func endArray() { close(bracket: UInt8(ascii: "]")) }
    public mutating func beginObject(key: String? = nil) { open(key: key, bracket: UInt8(ascii: "{")) }
    public mutating func endObject() { close(bracket: UInt8(ascii: "}")) }

    public mutating func string(_ key: String?, _ value: String?) {
        guard let value else { return }
        member(key)
        quote(value)
    }

    public mutating func string(_ key: Key, _ value: String?) {
        guard var value else { return }
        value.withUTF8 { text in
            // An escape is at most six bytes for one.
            write(member: key, reserving: 6 * text.count + 2) { Self.quote(text, into: $0) }
        }
        flushIfFull()
    }

    public mutating func string(_ key: Key, _ value: Quoted) {
        value.bytes.withUnsafeBufferPointer { quoted in
            write(member: key, reserving: quoted.count) { out in
                out.update(from: quoted.baseAddress!, count: quoted.count)
                return quoted.count
            }
        }
        flushIfFull()
    }

    public mutating func int(_ key: String?, _ value: Int?) {
        guard let value else { return }
        member(key)
        integer(value)
    }

    public mutating func int(_ key: Key, _ value: Int?) {
        guard let value else { return }
        member(key)
        integer(value)
    }

    public mutating func strings(_ key: String, _ values: [String]) {
        member(key)
        strings(values)
    }

    public mutating func strings(_ key: Key, _ values: [String]) {
        member(key)
        strings(values)
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
                put(byte)
                // JSONEncoder leaves the inner line of an empty container blank, at any depth.
                if byte == UInt8(ascii: "\n"), index + 1 < text.count, text[index + 1] != UInt8(ascii: "\n") {
                    spaces(indent)
                }
                index += 1
            }
        }
    }

    /// Hands over what is left (with a final newline when `newline`).
    public mutating func finish(newline: Bool = true) {
        if newline { put(UInt8(ascii: "\n")) }
        handOver()
    }

    // MARK: Structure

    private mutating func open(key: String?, bracket: UInt8) {
        member(key)
        openAfterMember(bracket: bracket)
    }

    private mutating func openAfterMember(bracket: UInt8) {
        put(bracket)
        depth += 1
        if depth > 1 { outerHasMember.append(hasMember) }
        hasMember = false
    }

    private mutating func close(bracket: UInt8) {
        let had = hasMember
        depth -= 1
        hasMember = depth > 0 ? outerHasMember.removeLast() : false
        // JSONEncoder writes an empty container as "[\n\n]" at the top and "[\n\n  ]" inside.
        if !had { put(UInt8(ascii: "\n")) }
        newline()
        put(bracket)
        if depth == 0, count >= flushAt { handOver() }
    }

    private mutating func strings(_ values: [String]) {
        openAfterMember(bracket: UInt8(ascii: "["))
        for var value in values {
            value.withUTF8 { text in
                write(prefix: UnsafeBufferPointer(start: nil, count: 0), reserving: 6 * text.count + 2) { Self.quote(text, into: $0) }
            }
        }
        close(bracket: UInt8(ascii: "]"))
    }

    private mutating func member(_ key: String?) {
        separate()
        if let key {
            quote(key)
            put(UInt8(ascii: " "))
            put(UInt8(ascii: ":"))
            put(UInt8(ascii: " "))
        }
        flushIfFull()
    }

    private mutating func member(_ key: Key) {
        write(member: key, reserving: 0) { _ in 0 }
        flushIfFull()
    }

    /// A member's comma, line and name and then what `value` stores (at most `extra` bytes), in one write.
    @inline(__always)
    private mutating func write(member key: Key, reserving extra: Int, _ value: (UnsafeMutablePointer<UInt8>) -> Int) {
        key.bytes.withUnsafeBufferPointer { write(prefix: $0, reserving: extra, value) }
    }

    /// The comma after the member before (`separate`), the new member's line, `name` (a key, or nothing
    /// in an array) and what `value` stores, in one write.
    @inline(__always)
    private mutating func write(prefix name: UnsafeBufferPointer<UInt8>, reserving extra: Int,
                                _ value: (UnsafeMutablePointer<UInt8>) -> Int) {
        let comma = depth > 0 && hasMember
        let indent = depth > 0 ? 2 * depth : -1
        if depth > 0 { hasMember = true }
        write(reserving: 2 + max(indent, 0) + name.count + extra) { out in
            var written = 0
            if comma { out[0] = UInt8(ascii: ","); written = 1 }
            if indent >= 0 {
                out[written] = UInt8(ascii: "\n")
                for offset in 1...max(indent, 1) where offset <= indent { out[written + offset] = UInt8(ascii: " ") }
                written += 1 + indent
            }
            if let base = name.baseAddress {
                (out + written).update(from: base, count: name.count)
                written += name.count
            }
            return written + value(out + written)
        }
    }

    /// The comma after the member before, and the new member's line.
    private mutating func separate() {
        guard depth > 0 else { return }
        if hasMember { put(UInt8(ascii: ",")) }
        hasMember = true
        newline()
    }

    /// At any depth: nothing written is taken back, and a report's long lists sit two levels down.
    private mutating func flushIfFull() {
        if count >= flushAt { handOver() }
    }

    private mutating func handOver() {
        guard let flush else { return }
        let count = self.count
        storage.withUnsafeBufferPointer { flush(UnsafeBufferPointer(rebasing: $0[..<count])) }
        self.count = 0
    }

    private mutating func newline() {
        put(UInt8(ascii: "\n"))
        spaces(2 * depth)
    }

    // MARK: Bytes

    /// Lets `body` store up to `extra` bytes from the end of what is written; it returns how many it stored.
    @inline(__always)
    private mutating func write(reserving extra: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + extra > storage.count { storage += repeatElement(0, count: max(count + extra, 2 * storage.count) - storage.count) }
        let start = count
        let written = storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
        count = start + written
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        write(reserving: 1) { $0.pointee = byte; return 1 }
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        write(reserving: bytes.count) { $0.update(from: source, count: bytes.count); return bytes.count }
    }

    private mutating func spaces(_ n: Int) {
        write(reserving: n) { $0.update(repeating: UInt8(ascii: " "), count: n); return n }
    }

    private mutating func integer(_ value: Int) {
        write(reserving: 21) { out in
            var written = 0
            if value < 0 { out[0] = UInt8(ascii: "-"); written = 1 }
            let magnitude = value.magnitude
            var divisor: UInt = 1
            while divisor <= magnitude / 10 { divisor *= 10 }
            while divisor > 0 {
                out[written] = UInt8(ascii: "0") + UInt8(magnitude / divisor % 10)
                written += 1
                divisor /= 10
            }
            return written
        }
    }

    private mutating func quote(_ text: String) {
        var text = text
        text.withUTF8 { source in
            // An escape is at most six bytes for one.
            write(reserving: 6 * source.count + 2) { Self.quote(source, into: $0) }
        }
    }

    // MARK: Escaping

    /// A JSON string: quote, backslash and C0 controls escaped, and, as `OutputEscaping.json` does for
    /// encoder output, DEL, the C1 controls, U+2028/9 and the bidi controls as `\uXXXX`; everything
    /// else as its UTF-8 bytes, copied in runs between the bytes that need escaping.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var stream = JSONStream()
        stream.quote(text)
        out += stream.storage[..<stream.count]
    }

    /// `text` quoted and escaped into `out`, which has room for six bytes each and two; returns how many
    /// bytes it stored.
    private static func quote(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        out[written] = UInt8(ascii: "\"")
        written += 1
        let count = text.count
        var start = 0
        var index = 0
        /// The bytes from `start` up to `index`, as they are.
        func copyRun() {
            guard start < index, let base = text.baseAddress else { return }
            (out + written).update(from: base + start, count: index - start)
            written += index - start
        }
        if let base = text.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index < count {
                // Eight bytes at a time where none of them may start an escape (most text has none);
                // the bytes of a word that may, and of the last part word, one at a time.
                let end: Int
                if index + 8 <= count {
                    if !mayEscapeIn(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { index += 8; continue }
                    end = index + 8
                } else {
                    end = count
                }
                while index < end {
                    if !mayEscape(text[index]) { index += 1; continue }
                    let (scalar, length) = escapedScalar(text, at: index)
                    guard let scalar else { index += 1; continue }
                    copyRun()
                    written += scalar < 0x7F ? escape(UInt8(scalar), into: out + written) : unicodeEscape(scalar, into: out + written)
                    index += length
                    start = index
                }
            }
            copyRun()
        }
        out[written] = UInt8(ascii: "\"")
        return written + 1
    }

    /// Whether any of eight bytes may start something to escape (`mayEscape`), by the usual word-at-a-time
    /// tests: a byte below 0x20, or equal to another of those, sets the high bit of its lane (a lane can
    /// be set wrongly only above one set rightly, which is enough for "any"). With the 0x20 bit set first,
    /// one test finds both 0xC2 and 0xE2, and one both the quote and 0x02.
    @inline(__always)
    private static func mayEscapeIn(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let folded = word | 0x20 &* ones
        @inline(__always) func zeroLanes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v }
        let lanes = (word &- 0x20 &* ones) & ~word | zeroLanes(folded ^ 0x22 &* ones) | zeroLanes(folded ^ 0xE2 &* ones)
            | zeroLanes(word ^ 0x5C &* ones) | zeroLanes(word ^ 0x7F &* ones)
        return lanes & (0x80 &* ones) != 0
    }

    /// The bytes that may start something to escape: C0 controls, quote, backslash, DEL, and the lead
    /// bytes of the C1 controls (C2) and of the line separators and bidi controls (E2).
    @inline(__always)
    private static func mayEscape(_ byte: UInt8) -> Bool {
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

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
    /// In capitals, as `OutputEscaping.json` writes them.
    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `\uXXXX`; returns its length.
    private static func unicodeEscape(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = UInt8(ascii: "\\")
        out[1] = UInt8(ascii: "u")
        for (index, shift) in [12, 8, 4, 0].enumerated() { out[2 + index] = upperHex[Int((scalar >> UInt32(shift)) & 0xF)] }
        return 6
    }

    /// An ASCII byte's escape; returns its length.
    private static func escape(_ byte: UInt8, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let backslash = UInt8(ascii: "\\")
        out[0] = backslash
        switch byte {
        case UInt8(ascii: "\""), backslash: out[1] = byte
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        case 0x08: out[1] = UInt8(ascii: "b")
        case 0x0C: out[1] = UInt8(ascii: "f")
        default:
            for (index, digit) in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
                                   hex[Int(byte & 0x0F)]].enumerated() { out[1 + index] = digit }
            return 6
        }
        return 2
    }
}
