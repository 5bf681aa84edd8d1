/// One worksheet of SpreadsheetML: typed cells (a code is text, a date a date serial, a figure a number),
/// columns fitted to their content, the header frozen and filtered, long text wrapped.
struct XlsxSheet {
    enum Value {
        case text(String)
        case number(Double)
        case date(CalendarDate)
        case empty
    }

    /// Cell styles, as `XlsxWorkbook.styles` numbers them.
    enum Style: Int {
        case plain = 0, header = 1, wrapped = 2, date = 3, good = 4, bad = 5, warning = 6, number = 7
    }

    struct Cell {
        var value: Value
        var style: Style

        static func text(_ text: String, _ style: Style = .wrapped) -> Cell { Cell(value: .text(text), style: style) }
    }

    var name: String
    var header: [String]
    var rows: [[Cell]]
    /// Widest a fitted column gets, in characters; longer text wraps.
    static let maxWidth = 60

    var xml: String {
        let columnCount = header.count
        let lastColumn = Self.column(columnCount - 1)
        var out = OfficeXML.declaration
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"  // printed one page wide
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        let widths = widths()
        out += "<cols>" + widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }.joined() + "</cols><sheetData>"
        out += row(1, header.map { Cell.text($0, .header) }, widths: widths)
        for (index, cells) in rows.enumerated() { out += row(index + 2, cells, widths: widths) }
        out += "</sheetData><autoFilter ref=\"A1:\(lastColumn)\(rows.count + 1)\"/>"
        out += "<pageMargins left=\"0.6\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
        return out
    }

    var filterRange: String { "'\(name.replacingQuotes)'!$A$1:$\(Self.column(header.count - 1))$\(rows.count + 1)" }

    /// Rows are given the height their wrapped text needs: not every reader measures wrapped text on opening.
    private func row(_ number: Int, _ cells: [Cell], widths: [Int]) -> String {
        let lines = zip(cells, widths).map { cell, width in
            Self.shown(cell).split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in
                    // A width unit holds about 1.25 characters of proportional text.
                    let perLine = max(1, (width - 1) * 5 / 4)
                    return max(1, (DisplayWidth.of(line) + perLine - 1) / perLine)
                }.reduce(0, +)
        }.max() ?? 1
        var out = "<row r=\"\(number)\" ht=\"\(max(1, lines) * 16)\" customHeight=\"1\">"
        for (index, cell) in cells.enumerated() {
            let reference = "\(Self.column(index))\(number)"
            switch cell.value {
            case .text(let text):
                out += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + OfficeXML.escape(text) + "</t></is></c>"
            case .number(let value) where value.isFinite:
                out += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\"><v>\(Self.plain(value))</v></c>"
            case .date(let date):
                out += "<c r=\"\(reference)\" s=\"\(Style.date.rawValue)\"><v>\(Self.serial(date))</v></c>"
            case .number, .empty:
                out += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\"/>"
            }
        }
        return out + "</row>"
    }

    /// Each column as wide as its widest line (display width, so Vietnamese counts as it shows), within bounds.
    func widths() -> [Int] {
        header.indices.map { column in
            let cells = rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
            let widest = ([header[column]] + cells.map(Self.shown)).flatMap { $0.split(separator: "\n") }
                .map { DisplayWidth.of($0) }.max() ?? 0
            return min(Self.maxWidth, max(6, widest + 2))
        }
    }

    static func shown(_ cell: Cell) -> String {
        switch cell.value {
        case .text(let text): return text
        case .number(let value): return plain(value)
        case .date: return "dd/mm/yyyy"
        case .empty: return ""
        }
    }

    /// A, B, … Z, AA, AB …
    static func column(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Days since 1899-12-30, the spreadsheet epoch (which absorbs Lotus's 1900 leap-year error for dates after February 1900).
    static func serial(_ date: CalendarDate) -> Int { date.dayNumber + 25_569 }

    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension String {
    /// A sheet name inside a formula quotes its apostrophes by doubling them.
    var replacingQuotes: String { split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") }
}
