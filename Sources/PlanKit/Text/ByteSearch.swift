extension StringProtocol {
    /// Whether `needle` occurs in this text, compared byte by byte. For text that is already normalised
    /// (search keys, NFC lines) this is the same answer as `contains`, without Foundation's Unicode
    /// machinery, which costs more than the whole rest of an import.
    public func includes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, pattern) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains($0, pattern) }
    }
}

enum ByteSearch {
    /// First-byte scan, then compare: the searched text is a few hundred bytes, the pattern a word.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        let n = hay.count, m = pattern.count
        guard m <= n else { return false }
        let first = pattern[0]
        var i = 0
        while i <= n - m {
            if hay[i] == first {
                var k = 1
                while k < m && hay[i + k] == pattern[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }
}
