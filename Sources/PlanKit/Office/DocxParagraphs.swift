/// The few WordprocessingML shapes the report is made of: runs, paragraphs, table cells. Every text goes
/// through `OfficeXML.escape`; sizes are in points (Word counts half-points).
struct DocxParagraphs {
    enum Align: String { case left, center, both, right }

    struct Run {
        var text: String
        var bold = false
        var italic = false
        var size: Double? = nil
        var uppercase = false
    }

    static func run(_ r: Run) -> String {
        var props = ""
        if r.bold { props += "<w:b/>" }
        if r.italic { props += "<w:i/>" }
        if r.uppercase { props += "<w:caps/>" }
        if let size = r.size { props += "<w:sz w:val=\"\(Int(size * 2))\"/><w:szCs w:val=\"\(Int(size * 2))\"/>" }
        // A line end inside a text becomes a Word line break: never a raw newline inside w:t.
        let lines = r.text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.map { "<w:t xml:space=\"preserve\">\(OfficeXML.escape($0))</w:t>" }.joined(separator: "<w:br/>")
        return "<w:r>\(props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")\(body)</w:r>"
    }

    static func paragraph(_ runs: [Run], align: Align = .both, indentFirstLine: Bool = false, spacingAfter: Int = 6,
                          keepNext: Bool = false, extra: String = "") -> String {
        var props = "<w:jc w:val=\"\(align.rawValue)\"/><w:spacing w:before=\"0\" w:after=\"\(spacingAfter * 20)\"/>"
        if indentFirstLine { props = "<w:ind w:firstLine=\"567\"/>" + props }  // 1 cm
        if keepNext { props = "<w:keepNext/>" + props }
        return "<w:p><w:pPr>\(props)\(extra)</w:pPr>\(runs.map(run).joined())</w:p>"
    }

    static func paragraph(_ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil,
                          align: Align = .both, indentFirstLine: Bool = false, spacingAfter: Int = 6) -> String {
        paragraph([Run(text: text, bold: bold, italic: italic, size: size)], align: align,
                  indentFirstLine: indentFirstLine, spacingAfter: spacingAfter)
    }

    /// A cell of `width` twips holding paragraphs.
    static func cell(_ paragraphs: [String], width: Int, span: Int = 1) -> String {
        let spanXML = span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : ""
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(spanXML)</w:tcPr>"
            + (paragraphs.isEmpty ? paragraph("", spacingAfter: 0) : paragraphs.joined()) + "</w:tc>"
    }

    /// A table of fixed column widths (twips); `borders` draws the grid, as the form needs and the heading does not.
    static func table(widths: [Int], rows: [String], borders: Bool) -> String {
        let line = borders ? "single" : "nil"
        let edges = ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { "<w:\($0) w:val=\"\(line)\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblBorders>\(edges)</w:tblBorders></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(rows.joined())</w:tbl>"
    }

    /// A header row is repeated on every page the table runs over.
    static func row(_ cells: [String], header: Bool = false) -> String {
        "<w:tr>\(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")\(cells.joined())</w:tr>"
    }
}
