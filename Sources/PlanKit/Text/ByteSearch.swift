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

enum ByteSearch {
    /// First-byte scan, then compare: the searched text is a few hundred bytes, the pattern a word.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = hay.count, m = pattern.count
        guard m > 0 else { return true }
        guard m <= n else { return false }
        guard let base = hay.baseAddress else { return false }
        let first = Int32(pattern[0])
        var i = 0
        // memchr finds each candidate first byte with the C library's vectorised scan.
        while i <= n - m, let hit = memchr(base + i, first, n - m - i + 1) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < m && hay[i + k] == pattern[k] { k += 1 }
            if k == m { return true }
            i += 1
        }
        return false
    }
}

/// A search word made once and tested against many keys (every task of a plan).
public struct BytePattern: Sendable {
    private let bytes: [UInt8]
    private let text: String

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    public func occurs(in key: String) -> Bool {
        let found = key.utf8.withContiguousStorageIfAvailable { hay in
            bytes.withUnsafeBufferPointer { ByteSearch.contains(hay, $0) }
        }
        return found ?? key.includes(text)
    }
}
