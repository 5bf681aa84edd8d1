/// A Word table as a pipe table: `| c1 | c2 |`, a `|---|---|` line after the first row, a cell's own
/// paragraphs joined with `<br>`, a literal `|` written `\|`. A merged cell's text is repeated in every
/// column (`gridSpan`) and row (`vMerge`) it covers, so each row reads whole on its own; a table inside
/// a cell is flattened into the cell, its rows joined with `<br>` and its cells with "; ".
struct DocxTable {
    /// The text of the cell that started a vertical merge, by grid column.
    private var mergeAbove: [Int: String] = [:]

    mutating func lines(of table: XElement, walker: inout DocxWalker) -> [String] {
        let gridWidth = table.child("tblGrid")?.children("gridCol").count ?? 0
        var rows: [[String]] = []
        for tr in table.children where tr.name == "tr" || tr.name == "sdt" || tr.name == "customXml" {
            for row in Self.rows(tr) { rows.append(cells(of: row, walker: &walker)) }
        }
        guard !rows.isEmpty else { return [] }
        let width = max(gridWidth, rows.map(\.count).max() ?? 0, 1)
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            let padded = row + Array(repeating: "", count: width - row.count)
            lines.append("| " + padded.joined(separator: " | ") + " |")
            if index == 0 { lines.append("|" + String(repeating: "---|", count: width)) }
        }
        return lines.map { TextCleanup.collapseSpaces($0) }
    }

    /// Rows, with rows wrapped in content controls opened.
    private static func rows(_ element: XElement) -> [XElement] {
        if element.name == "tr" { return [element] }
        return element.children.flatMap { child -> [XElement] in
            child.name == "tr" || child.name == "sdt" || child.name == "sdtContent" || child.name == "customXml" ? rows(child) : []
        }
    }

    private static func cellElements(_ row: XElement) -> [XElement] {
        row.children.flatMap { child -> [XElement] in
            switch child.name {
            case "tc": return [child]
            case "sdt", "sdtContent", "customXml": return cellElements(child)
            default: return []
            }
        }
    }

    private mutating func cells(of row: XElement, walker: inout DocxWalker) -> [String] {
        var out: [String] = []
        let skipped = row.child("trPr")?.value(of: "gridBefore").flatMap(Int.init) ?? 0
        out += Array(repeating: "", count: max(0, min(skipped, 64)))
        for tc in Self.cellElements(row) {
            let tcPr = tc.child("tcPr")
            let span = max(1, min(tcPr?.value(of: "gridSpan").flatMap(Int.init) ?? 1, 64))
            let column = out.count
            let own = Self.escape(cellText(tc, walker: &walker))
            let text: String
            if let vMerge = tcPr?.child("vMerge"), (vMerge.attributes["val"] ?? "continue") == "continue" {
                text = mergeAbove[column] ?? own
            } else {
                text = own
                if tcPr?.child("vMerge") != nil {
                    for c in column..<(column + span) { mergeAbove[c] = text }
                } else {
                    for c in column..<(column + span) { mergeAbove[c] = nil }
                }
            }
            out += Array(repeating: text, count: span)
        }
        return out
    }

    /// The cell's paragraphs joined with `<br>`; a nested table's rows too.
    private func cellText(_ tc: XElement, walker: inout DocxWalker) -> String {
        let parts = walker.blocks(of: tc).map { block -> String in
            switch block {
            case .paragraph(let line): return line
            case .table(let rows):
                return rows.filter { !$0.hasPrefix("|---") }.map { row -> String in
                    let cells = row.dropFirst(2).dropLast(2).components(separatedBy: " | ")
                    var seen: [String] = []
                    for cell in cells where !cell.isEmpty && seen.last != cell { seen.append(cell) }
                    return seen.joined(separator: "; ")
                }.filter { !$0.isEmpty }.joined(separator: DocxRun.lineBreak)
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: DocxRun.lineBreak)
    }

    /// A literal pipe would end the cell.
    private static func escape(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for c in text {
            if c == "|" && previous != "\\" { out += "\\|" } else { out.append(c) }
            previous = c
        }
        return out
    }
}
