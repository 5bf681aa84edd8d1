/// The report as plain text for a terminal or an e-mail: underlined headings and tables whose columns
/// line up by display width; long texts wrap inside their column instead of being cut.
public enum TextReport {
    public static func render(_ layout: ReportLayout, width: Int = 120) -> String {
        var lines = [layout.title, String(repeating: "=", count: DisplayWidth.of(layout.title)), ""]
        let labelWidth = layout.heading.map { DisplayWidth.of($0.label) }.max() ?? 0
        for (label, value) in layout.heading {
            // Long values (the plan's title) wrap under themselves, not under the label.
            let wrapped = TextLayout.wrap(value, width: max(20, width - labelWidth - 2))
            for (index, part) in wrapped.enumerated() {
                let lead = index == 0 ? TextLayout.fit(label + ":", width: labelWidth + 1) : String(repeating: " ", count: labelWidth + 1)
                lines.append(lead + " " + part)
            }
        }
        for section in layout.sections {
            lines += ["", section.title, String(repeating: "-", count: DisplayWidth.of(section.title))]
            for paragraph in section.paragraphs { lines += TextLayout.wrap(paragraph, width: width) }
            if let table = section.table {
                if !section.paragraphs.isEmpty { lines.append("") }
                lines += TextTable(table, width: width).lines()
            }
        }
        // Plain text is read on a terminal: anything that would steer it is shown as its picture.
        return ControlCharacters.terminalText(lines.map { trimTrailing($0) }.joined(separator: "\n") + "\n")
    }

    static func trimTrailing(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}

/// Columns aligned by display width. When the table is wider than the page, the widest text columns
/// give up space and wrap, so every word is kept.
struct TextTable {
    let table: ReportLayout.Table
    let widths: [Int]

    init(_ table: ReportLayout.Table, width: Int) {
        self.table = table
        var widths = table.headers.indices.map { column in
            ([table.headers[column]] + table.rows.map { column < $0.count ? $0[column] : "" })
                .map { DisplayWidth.of($0) }.max() ?? 0
        }
        let separators = 2 * max(0, widths.count - 1)
        // First the headers of figure columns wrap ("HT đúng" over "hạn"), down to their longest word or figure.
        for column in table.numericColumns where column < widths.count {
            guard widths.reduce(0, +) + separators > width else { break }
            let longestWord = table.headers[column].split(separator: " ").map { DisplayWidth.of($0) }.max() ?? 0
            let widestFigure = table.rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
            widths[column] = max(longestWord, widestFigure)
        }
        // Then the widest text column gives up a column at a time.
        while widths.reduce(0, +) + separators > width,
              let widest = widths.indices.filter({ !table.numericColumns.contains($0) }).max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 16 {
            widths[widest] -= 1
        }
        self.widths = widths
    }

    func lines() -> [String] {
        var out = render(table.headers)
        out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in table.rows { out += render(row) }
        return out
    }

    private func render(_ cells: [String]) -> [String] {
        let wrapped = widths.indices.map { column -> [String] in
            let text = column < cells.count ? cells[column] : ""
            return DisplayWidth.of(text) <= widths[column] ? [text] : TextLayout.wrap(text, width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            widths.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                return TextLayout.fit(text, width: widths[column], alignRight: table.numericColumns.contains(column))
            }.joined(separator: "  ")
        }
    }
}
