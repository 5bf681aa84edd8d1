/// Many search keys (one per task) in one buffer, each ended by a NUL, which no folded key or search word
/// holds. A word is looked for in all of them with one pass over the buffer that `memchr`s for the word's
/// rarest letter and jumps to the next key after a hit, instead of one scan per key started on every
/// occurrence of the word's first letter (in folded Vietnamese "t" is one byte in twenty, "n" one in
/// ten). One buffer also spares a string object per task.
public struct SearchKeyTable: Sendable {
    private var bytes: [UInt8] = []
    /// Where each key starts, and one past the last key's NUL.
    private var starts: [Int] = [0]

    public init() {}

    public init<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys { append(Array(key.utf8)) }
    }

    public var count: Int { starts.count - 1 }

    public mutating func append(_ key: [UInt8]) {
        bytes.append(contentsOf: key)
        bytes.append(0)
        starts.append(bytes.count)
    }

    public mutating func reserveCapacity(keys: Int, bytes total: Int) {
        starts.reserveCapacity(keys + 1)
        bytes.reserveCapacity(total)
    }

    /// The key at `index`, as text.
    public func key(_ index: Int) -> String {
        String(decoding: bytes[starts[index]..<(starts[index + 1] - 1)], as: UTF8.self)
    }

    /// Whether `word` occurs in the key at `index`.
    public func contains(_ word: BytePattern, inKeyAt index: Int) -> Bool {
        guard !word.bytes.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { all in
            word.occurs(in: UnsafeBufferPointer(rebasing: all[starts[index]..<(starts[index + 1] - 1)]))
        }
    }

    /// For each key, whether `word` occurs in it.
    public func keysContaining(_ word: BytePattern) -> [Bool] {
        var found = [Bool](repeating: word.bytes.isEmpty, count: count)
        // A word with a NUL could match across two keys: none is made from folded text, but check.
        guard !word.bytes.isEmpty else { return found }
        if word.bytes.contains(0) {
            for index in 0..<count { found[index] = contains(word, inKeyAt: index) }
            return found
        }
        let anchor = word.rarestByte
        bytes.withUnsafeBufferPointer { all in
            word.bytes.withUnsafeBufferPointer { needle in
                var key = 0
                var from = 0
                while from < all.count,
                      let hit = ByteSearch.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: all[from...]), anchor: anchor) {
                    key = keyIndex(containing: from + hit, from: key)
                    found[key] = true
                    from = starts[key + 1]
                }
            }
        }
        return found
    }

    /// The key whose bytes hold `offset`, looked for from `first` on (hits come in order).
    private func keyIndex(containing offset: Int, from first: Int) -> Int {
        var low = first, high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
