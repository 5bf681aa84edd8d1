import Foundation

extension StringProtocol {
    /// Whether `needle` occurs in this text, compared byte by byte. For text that is already normalised
    /// (search keys, NFC lines) this is the same answer as `contains`, without Foundation's Unicode
    /// machinery, which costs more than the whole rest of an import.
    public func includes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        // Native strings are contiguous: no copy of either side (this runs for every row of a search).
        let found = utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { pattern in ByteSearch.contains(hay, pattern) }
        }
        if let found, let result = found { return result }
        return Array(utf8).withUnsafeBufferPointer { hay in
            Array(needle.utf8).withUnsafeBufferPointer { ByteSearch.contains(hay, $0) }
        }
    }
}

extension StringProtocol {
    /// Whether the byte occurs in the text's UTF-8: `utf8.contains(byte)`, by `memchr` on a native string's
    /// bytes (the view's generic walk, a byte at a time, was a tenth of reading a 60 MB plan).
    func hasByte(_ byte: UInt8) -> Bool {
        ByteSearch.contains(byte, in: utf8)
    }

    /// `unicodeScalars.count`, counted on the bytes: every scalar has one byte that is not a continuation.
    var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
            ?? unicodeScalars.count
    }
}

enum ByteSearch {
    /// `bytes.contains(byte)`, by `memchr` where the bytes are contiguous.
    static func contains<Bytes: Sequence<UInt8>>(_ byte: UInt8, in bytes: Bytes) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        } ?? bytes.contains(byte)
    }

    /// `text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)`: the lines of a text, found by
    /// `memchr` (the generic split walks a 60 MB plan a byte at a time).
    static func lines(of text: String) -> [Substring.UTF8View] {
        split(text.utf8[...], at: 0x0A)
    }

    /// `bytes.split(separator: separator, omittingEmptySubsequences: false)`, by `memchr`.
    static func split(_ bytes: Substring.UTF8View, at separator: UInt8) -> [Substring.UTF8View] {
        let found: [Substring.UTF8View]? = bytes.withContiguousStorageIfAvailable { buffer in
            var pieces: [Substring.UTF8View] = []
            var offset = 0
            var pieceStart = bytes.startIndex
            while let base = buffer.baseAddress, offset < buffer.count,
                  let hit = memchr(base + offset, Int32(separator), buffer.count - offset) {
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let pieceEnd = bytes.index(pieceStart, offsetBy: end - offset)
                pieces.append(bytes[pieceStart..<pieceEnd])
                offset = end + 1
                pieceStart = bytes.index(after: pieceEnd)
            }
            pieces.append(bytes[pieceStart...])
            return pieces
        }
        return found ?? bytes.split(separator: separator, omittingEmptySubsequences: false)
    }

    /// The offset of the first `byte` in `bytes`, by `memchr` where they are contiguous.
    static func firstOffset<Bytes: Collection<UInt8>>(of byte: UInt8, in bytes: Bytes) -> Int? {
        let found: Int?? = bytes.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty, let hit = memchr(base, Int32(byte), buffer.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if let found { return found }
        return bytes.firstIndex(of: byte).map { bytes.distance(from: bytes.startIndex, to: $0) }
    }

    /// First-byte scan, then compare: the searched text is a few hundred bytes, the pattern a word.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: pattern, in: hay) != nil
    }

    /// The offset of the first occurrence of `pattern` in `hay`, found by a first-byte scan.
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        firstOffset(of: pattern, in: hay, anchor: 0)
    }

    /// The same, with `memchr` looking for the pattern's byte at `anchor`: the rarest one makes the fewest
    /// candidates to compare (in folded Vietnamese "n" is one byte in ten, "y" one in a hundred).
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>,
                            anchor: Int) -> Int? {
        let n = hay.count, m = pattern.count
        guard m > 0 else { return 0 }
        guard m <= n, let base = hay.baseAddress else { return nil }
        let byte = Int32(pattern[anchor])
        // Candidate starts run from 0 to n - m: the anchor byte is looked for from `anchor` on.
        var start = 0
        while start <= n - m, let hit = memchr(base + start + anchor, byte, n - m - start + 1) {
            start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
            var k = 0
            while k < m && hay[start + k] == pattern[k] { k += 1 }
            if k == m { return start }
            start += 1
        }
        return nil
    }

    /// How common each byte is in folded Vietnamese text, 0 the most common: measured on 37 MB of task
    /// keys folded from the bundled plans' wording. Bytes not listed (other letters, other scripts) rank as rare.
    static let commonness: [Int] = {
        var rank = [Int](repeating: 1000, count: 256)
        for (index, byte) in Array(" nahoicutgedpv,r02kmy.bls-1qx3549786/:;()%f".utf8).enumerated() { rank[Int(byte)] = index }
        return rank
    }()
}

/// A search word made once and tested against many keys (every task of a plan).
public struct BytePattern: Sendable {
    let bytes: [UInt8]
    private let text: String

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The index of the pattern's rarest byte (`ByteSearch.commonness`), for a scan over many keys.
    var rarestByte: Int {
        bytes.indices.max { ByteSearch.commonness[Int(bytes[$0])] < ByteSearch.commonness[Int(bytes[$1])] } ?? 0
    }

    /// Whether the pattern occurs in `hay` (a first-byte scan: short texts).
    func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { ByteSearch.contains(hay, $0) }
    }

    public func occurs(in key: String) -> Bool {
        let found = key.utf8.withContiguousStorageIfAvailable { hay in
            bytes.withUnsafeBufferPointer { ByteSearch.contains(hay, $0) }
        }
        return found ?? key.includes(text)
    }
}
