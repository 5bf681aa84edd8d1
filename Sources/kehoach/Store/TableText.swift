import Foundation
import PlanKit

/// A plain-text table whose columns line up by display width, so Vietnamese marks and wide
/// characters never push a column out of place. The flexible column takes what the terminal leaves.
struct TableText {
    var headers: [String]
    var rows: [[String]] = []
    /// The column that shrinks (and truncates with "…") to fit the width; nil: none.
    var flexibleColumn: Int?

    func render(width: Int = TerminalWidth.current()) -> String {
        let count = headers.count
        var widths = (0..<count).map { column in
            ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" })
                .map { DisplayWidth.of(ControlCharacters.sanitize($0)) }.max() ?? 0
        }
        if let flexible = flexibleColumn, flexible < count {
            let others = widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +)
            let available = width - others - 2 * (count - 1)
            widths[flexible] = max(12, min(widths[flexible], available))
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for column in 0..<count {
                let text = ControlCharacters.sanitize(column < cells.count ? cells[column] : "")
                // The last column is not padded: no trailing spaces.
                parts.append(column == count - 1 ? TextLayout.truncate(text, toWidth: widths[column])
                                                 : TextLayout.fit(text, width: widths[column]))
            }
            return parts.joined(separator: "  ")
        }
        var lines = [line(headers)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}

enum TerminalWidth {
    /// `$COLUMNS`, else the terminal's width, else 120 (piped output keeps whole lines readable).
    static func current() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
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
