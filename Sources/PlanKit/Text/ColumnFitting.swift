/// How wide each column of a text table may be so the whole line fits a width: the text column (the one
/// named to give way) shrinks first, down to a readable floor; then the widest of the others, one column
/// at a time, never below its header. A key column (the code or id a user types next) is never cut. A table
/// that cannot fit even so keeps its floors (the terminal wraps).
public enum ColumnFitting {
    /// The narrowest a text column becomes before the others are touched.
    public static let textFloor = 12

    /// - Parameters:
    ///   - natural: each column's widest cell (display columns).
    ///   - headers: each column's header width, the floor of a column that is not the text column.
    ///   - separator: columns between two cells.
    ///   - givesWayFirst: the text column, if any.
    ///   - keepWhole: columns never cut.
    public static func widths(natural: [Int], headers: [Int], separator: Int, width: Int, givesWayFirst: Int?,
                              keepWhole: Set<Int> = []) -> [Int] {
        var widths = natural
        let count = widths.count
        guard count > 0 else { return widths }
        var excess = widths.reduce(0, +) + separator * (count - 1) - width
        guard excess > 0 else { return widths }
        let floors = (0..<count).map { column -> Int in
            if keepWhole.contains(column) { return natural[column] }
            let floor = column == givesWayFirst ? textFloor : max(4, column < headers.count ? headers[column] : 0)
            return min(natural[column], floor)
        }
        if let first = givesWayFirst, first >= 0, first < count {
            let cut = min(excess, widths[first] - floors[first])
            widths[first] -= cut
            excess -= cut
        }
        while excess > 0 {
            // The widest column still above its floor gives one column; ties go to the rightmost (less key).
            guard let widest = (0..<count).filter({ widths[$0] > floors[$0] })
                .max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 < $1) }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }
}
