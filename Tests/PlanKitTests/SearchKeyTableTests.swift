import Testing
@testable import PlanKit

/// The search's one-pass look-up over all task keys must answer exactly what a search of each key does.
@Suite struct SearchKeyTableTests {
    /// Keys and words over a small alphabet, so that partial and overlapping matches are common.
    static func generated(count: Int, length: ClosedRange<Int>, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let letters = Array("aabn t") + ["ơ", "đ"]
        return (0..<count).map { _ in
            String((0..<Int(next() % UInt64(length.count)) + length.lowerBound).map { _ in letters[Int(next() % UInt64(letters.count))] })
        }
    }

    @Test func everyKeyIsAnsweredAsItsOwnSearchWould() {
        let keys = Self.generated(count: 400, length: 0...30, seed: 7)
        let table = SearchKeyTable(keys)
        #expect(table.count == keys.count)
        for word in Self.generated(count: 60, length: 1...5, seed: 11) + ["aaa", "a", "ơđ", " ", "tt"] {
            let pattern = BytePattern(word)
            let expected = keys.map { $0.utf8.count >= word.utf8.count && $0.includes(word) }
            #expect(table.keysContaining(pattern) == expected, "\(word)")
            for index in keys.indices where index % 7 == 0 {
                #expect(table.contains(pattern, inKeyAt: index) == expected[index])
            }
        }
        #expect(table.key(3) == keys[3])
    }

    @Test func aWordDoesNotRunFromOneKeyIntoTheNext() {
        let table = SearchKeyTable(["so ke", "hoach", "", "ke hoach"])
        #expect(table.keysContaining(BytePattern("kehoach")) == [false, false, false, false])
        #expect(table.keysContaining(BytePattern("ke hoach")) == [false, false, false, true])
        #expect(table.keysContaining(BytePattern("ehoa")) == [false, false, false, false])
        #expect(table.keysContaining(BytePattern("")) == [true, true, true, true])
        #expect(table.keysContaining(BytePattern("hoach so")) == [false, false, false, false])
    }
}
