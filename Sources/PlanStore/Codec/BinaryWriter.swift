import PlanKit

/// Appends varints and interned strings to a byte buffer: the plan codec's output side.
struct BinaryWriter {
    private(set) var body: [UInt8] = []
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    mutating func int(_ value: Int) {
        // Zig-zag, then 7 bits a byte: small numbers of either sign take one byte.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            body.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        body.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { body.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    /// Each distinct string is stored once; repeats (agency names, timeframes, group codes) cost an index.
    mutating func string(_ value: String) {
        if let index = stringIndex[value] {
            int(index)
            return
        }
        stringIndex[value] = strings.count
        int(strings.count)
        strings.append(value)
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func date(_ value: CalendarDate?) {
        bool(value != nil)
        if let value { int(value.dayNumber) }
    }

    mutating func list<T>(_ items: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(items.count)
        for item in items { write(&self, item) }
    }

    /// Magic, version, the string table, then the body.
    func finish(magic: [UInt8], version: Int) -> [UInt8] {
        var header = BinaryWriter()
        header.int(version)
        header.int(strings.count)
        var out = magic + header.body
        for s in strings {
            var length = BinaryWriter()
            length.int(s.utf8.count)
            out += length.body
            out += s.utf8
        }
        return out + body
    }
}

