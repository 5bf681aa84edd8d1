import Foundation

/// Which rows of a frame differ from the frame before: the terminal edge redraws those rows only.
extension Screen {
    /// Whether row `y` holds the same cells here and in `other` (of the same size). The row's bytes are
    /// compared first, in one pass: identical bytes are identical cells. Bytes that differ may still be
    /// equal cells (padding, one grapheme stored in two places), so such a row is then compared cell by cell.
    public func rowEquals(_ other: Screen, row y: Int) -> Bool {
        guard other.width == width, other.height == height, y >= 0, y < height else { return false }
        let start = y * width
        return cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                let count = width * MemoryLayout<Cell>.stride
                if memcmp(mine.baseAddress! + start, theirs.baseAddress! + start, count) == 0 { return true }
                for x in start..<(start + width) where mine[x] != theirs[x] { return false }
                return true
            }
        }
    }

    /// The rows that differ from `previous`, top to bottom; every row when there is none or its size differs.
    public func changedRows(since previous: Screen?) -> [Int] {
        guard let previous, previous.width == width, previous.height == height, width > 0 else { return Array(0..<height) }
        return (0..<height).filter { !rowEquals(previous, row: $0) }
    }
}
