/// Rebuilds tables that legal-document sites flatten to one cell per line: each cell's lines stand
/// between lines holding a lone "|", and a row ends where two such lines meet. Empty cells are extra
/// lone pipes, so a row boundary is told from an empty cell by the header's width and by the next cell
/// looking like a row number ("1", "II", "I.1", "a)").
///
/// Tables with three or more filled columns become pipe rows ("| 1 | Nhiệm vụ … | Sở A |"), numbered by the
/// line of their first cell; one- and two-column tables (the heading and signature blocks) are given
/// back as their cells' own lines, so that the issuer and the national motto are never glued together.
enum FlattenedTables {
    /// The longest run of lines one cell may take; anything longer is body text after the table.
    static let maximumCellLines = 40

    static func rebuild(_ lines: [SourceText.Line]) -> [SourceText.Line] {
        guard lines.contains(where: { $0.text == "|" }) else { return lines }
        var out: [SourceText.Line] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            guard lines[i].text == "|" else {
                out.append(lines[i])
                i += 1
                continue
            }
            let table = readTable(lines, from: i)
            out += table.lines
            i = table.next
        }
        return out
    }

    private typealias Cell = [SourceText.Line]

    /// Reads one flattened table starting at a lone pipe; returns its lines and where the text goes on.
    private static func readTable(_ lines: [SourceText.Line], from start: Int) -> (lines: [SourceText.Line], next: Int) {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var width: Int?
        var pos = start
        func close(padding: Int) {
            row += Array(repeating: [], count: max(0, padding))
            if row.contains(where: { !$0.isEmpty }) { rows.append(row) }
            row = []
        }
        func finished(_ next: Int) -> (lines: [SourceText.Line], next: Int) {
            close(padding: 0)
            return (emit(rows, width: width ?? rows.first?.count ?? 0), next)
        }
        while true {
            var pipes = 0
            while pos < lines.count, lines[pos].text == "|" { pipes += 1; pos += 1 }
            var end = pos
            while end < lines.count, lines[end].text != "|", end - pos <= maximumCellLines { end += 1 }
            // Text that no pipe closes within reach is the body after the table, not a cell; so is text
            // after a blank line (a cell starts on the line after its pipe).
            guard pos < lines.count, end < lines.count, lines[end].text == "|", !lines[pos].text.isEmpty else {
                return finished(pos)
            }
            let chunk = Array(lines[pos..<end])
            // An appendix's title after a table's last pipe opens new material, never a cell.
            if !(row.isEmpty && rows.isEmpty), opensAppendix(chunk) { return finished(pos) }
            if row.isEmpty && rows.isEmpty {
                row += Array(repeating: [], count: pipes - 1)
            } else if let w = width {
                if row.count >= w {
                    if pipes == 1 { return finished(pos) }
                    close(padding: 0)
                } else if pipes == 1 {
                    // the next cell of this row
                } else if row.count + pipes - 1 >= w || looksLikeRowNumber(chunk) {
                    close(padding: min(w - row.count, pipes - 2))
                } else {
                    row += Array(repeating: [], count: pipes - 1)
                }
            } else if pipes >= 2 {
                // The first row sets the width; a site's stray empty cells after it do not.
                width = row.count
                close(padding: 0)
            }
            row.append(chunk)
            pos = end
        }
    }

    private static func emit(_ rows: [[Cell]], width: Int) -> [SourceText.Line] {
        let widest = rows.map { row in row.filter { !$0.allSatisfy(\.text.isEmpty) }.count }.max() ?? 0
        if width <= 2 || widest <= 2 {
            // A heading or signature block: its cells' lines, in order, each a paragraph of its own.
            return rows.flatMap { row in
                row.flatMap { cell in joiningCapitals(cell) + [SourceText.Line(number: cell.last?.number ?? 0, text: "")] }
            }
        }
        return rows.compactMap { row in
            guard let first = row.lazy.compactMap(\.first).first else { return nil }
            let cells = row.map(joined)
            return SourceText.Line(number: first.number, text: "| " + cells.joined(separator: " | ") + " |")
        }
    }

    /// "ỦY" / "BAN NHÂN DÂN" / "TỈNH LÀO CAI": a heading cell's capitals, cut by the cell's width, are one line.
    private static func joiningCapitals(_ cell: Cell) -> [SourceText.Line] {
        var out: [SourceText.Line] = []
        for line in cell where !line.text.isEmpty {
            if let last = out.last, isCapitals(last.text), isCapitals(line.text) {
                out[out.count - 1].text += " " + line.text
            } else {
                out.append(line)
            }
        }
        return out
    }

    private static func isCapitals(_ text: String) -> Bool {
        text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
    }

    /// A cell's lines as one: hard line breaks become spaces, a bullet starts a new paragraph ("<br>").
    private static func joined(_ cell: Cell) -> String {
        var text = ""
        for line in cell where !line.text.isEmpty {
            let piece = line.text.replacingOccurrences(of: "|", with: "\\|")
            if text.isEmpty {
                text = piece
            } else {
                text += LineShape.isBullet(piece) ? "<br>" + piece : " " + piece
            }
        }
        return text
    }

    /// "PHỤ LỤC II", "Phụ lục kèm theo", "Biểu số 01": the start of an appendix or a form.
    static func opensAppendix(_ chunk: [SourceText.Line]) -> Bool {
        guard let first = chunk.first?.text else { return false }
        let key = SearchKey.make(first)
        return key.hasPrefix("phu luc") || key.hasPrefix("bieu so") || key.hasPrefix("bieu mau")
    }

    /// "1", "12", "II", "I.1", "2.3", "a)", "đ)": how a table row's first cell reads.
    static func looksLikeRowNumber(_ chunk: [SourceText.Line]) -> Bool {
        guard let first = chunk.first(where: { !$0.text.isEmpty })?.text else { return false }
        let code = first.trimmingSuffix { $0 == "." || $0 == ")" || $0 == " " }
        guard !code.isEmpty, code.count <= 8 else { return false }
        if code.count == 1, let letter = code.first, VietnameseLetters.order.contains(letter), first.hasSuffix(")") {
            return true
        }
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard let head = parts.first, !head.isEmpty else { return false }
        let headOK = (head.count <= 3 && head.allSatisfy { $0.isASCII && $0.isNumber }) || RomanNumeral.value(of: head) != nil
        return headOK && parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
