import PlanKit

/// Reads what `BinaryWriter` wrote; every read is bounds-checked and a bad byte is an error, never a crash.
struct BinaryReader {
    struct Corrupt: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "the stored plan is damaged (byte \(offset))" }
    }

    /// Borrowed from the caller for the duration of one decode: a large plan is not copied to be read.
    private let bytes: UnsafeRawBufferPointer
    private var offset: Int
    /// Where each stored string lies; it is decoded (and sanitised) when first read, so a decode that
    /// stops early (the first page of a plan) pays only for the strings it uses.
    private var stringStarts: [Int] = []
    private var stringLengths: [Int] = []
    private var strings: [String?] = []
    /// The version the bytes were written in (one of those the caller reads).
    private(set) var version = 0

    init(_ bytes: UnsafeRawBufferPointer, magic: [UInt8], versions: ClosedRange<Int>) throws {
        guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else { throw Corrupt(offset: 0) }
        self.bytes = bytes
        self.offset = magic.count
        version = try int()
        guard versions.contains(version) else { throw Corrupt(offset: offset) }
        let count = try int()
        guard count >= 0, count <= bytes.count else { throw Corrupt(offset: offset) }
        stringStarts.reserveCapacity(count)
        stringLengths.reserveCapacity(count)
        for _ in 0..<count {
            let length = try int()
            // Compared without adding: a damaged length near Int.max must not overflow.
            guard length >= 0, length <= bytes.count - offset else { throw Corrupt(offset: offset) }
            stringStarts.append(offset)
            stringLengths.append(length)
            offset += length
        }
        strings = Array(repeating: nil, count: count)
    }

    mutating func int() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Corrupt(offset: offset) }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let decoded = Int64(bitPattern: (result >> 1) ^ (0 &- (result & 1)))
        return Int(decoded)
    }

    mutating func bool() throws -> Bool { try int() != 0 }

    mutating func double() throws -> Double {
        guard offset + 8 <= bytes.count else { throw Corrupt(offset: offset) }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << UInt64(i * 8) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws -> String {
        let index = try int()
        guard strings.indices.contains(index) else { throw Corrupt(offset: offset) }
        if let known = strings[index] { return known }
        let start = stringStarts[index]
        // Every string of a stored plan passes the boundary sanitiser on its way back into the model.
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + stringLengths[index])]),
                          as: UTF8.self).cleaned
        strings[index] = text
        return text
    }

    mutating func optionalString() throws -> String? { try bool() ? try string() : nil }

    mutating func dayNumber() throws -> Int? { try bool() ? try int() : nil }

    mutating func list<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        try list(limit: nil, read).items
    }

    /// A list's first `limit` items (all with nil) and how many it holds; reading stops after them, so
    /// nothing written after this list can be read any more.
    mutating func list<T>(limit: Int?, _ read: (inout BinaryReader) throws -> T) throws -> (items: [T], count: Int) {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset + 1 else { throw Corrupt(offset: offset) }
        let taken = min(count, max(0, limit ?? count))
        var items: [T] = []
        items.reserveCapacity(taken)
        for _ in 0..<taken { items.append(try read(&self)) }
        return (items, count)
    }
}
