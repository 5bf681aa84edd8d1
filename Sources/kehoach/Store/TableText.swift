import Foundation
import PlanKit

/// A plain-text table whose columns line up by display width, so Vietnamese marks and wide
/// characters never push a column out of place. On a terminal the table fits its width: the text column
/// gives way first, then the widest of the others (`ColumnFitting`); cut cells end in "…", never mid-character.
struct TableText {
    var headers: [String]
    var rows: [[String]] = []
    /// The text column: the first to shrink (and truncate with "…") to fit the width; nil: none.
    var flexibleColumn: Int?
    /// The key column (a code, an id: what the user types next) is never cut.
    var keyColumn: Int? = 0

    /// `width` nil: no cutting (a pipe or a file keeps every cell whole).
    func render(width: Int? = TerminalWidth.current()) -> String {
        let count = headers.count
        let cells = ([headers] + rows).map { row in
            (0..<count).map { ControlCharacters.sanitize($0 < row.count ? row[$0] : "") }
        }
        let natural = (0..<count).map { column in cells.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let widths = width.map {
            ColumnFitting.widths(natural: natural, headers: headers.map { DisplayWidth.of(ControlCharacters.sanitize($0)) },
                                 separator: 2, width: $0, givesWayFirst: flexibleColumn, keepWhole: Set([keyColumn].compactMap { $0 }))
        } ?? natural
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for column in 0..<count {
                // The last column is not padded: no trailing spaces.
                parts.append(column == count - 1 ? TextLayout.truncate(cells[column], toWidth: widths[column])
                                                 : TextLayout.fit(cells[column], width: widths[column]))
            }
            return parts.joined(separator: "  ")
        }
        var lines = [line(cells[0])]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += cells.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}

enum TerminalWidth {
    /// `$COLUMNS` when set (a script asks for a width), else the terminal's width when the standard output
    /// is a terminal; nil when it is a pipe or a file: nothing is cut, a later `grep` or reader sees whole cells.
    static func current() -> Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return nil
    }
}

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, formulas
/// neutralised (`OutputEscaping.csvFieldMinimal`).
enum CSVText {
    static func line(_ fields: [String]) -> String {
        fields.map(OutputEscaping.csvFieldMinimal).joined(separator: ",")
    }
}

enum JSONText {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        try JSONOutput.encode(value, iso8601Dates: true)
    }
}
