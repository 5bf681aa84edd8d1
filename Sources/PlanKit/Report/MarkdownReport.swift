/// The report as Markdown: headings, pipe tables (figures right-aligned), paragraphs. Opens in any
/// Markdown viewer and converts to Word with pandoc.
public enum MarkdownReport {
    public static func render(_ layout: ReportLayout) -> String {
        var lines = ["# \(escape(layout.title))", ""]
        for (label, value) in layout.heading {
            // Two trailing spaces: a Markdown line break, so each heading line stays on its own line.
            lines.append("**\(escape(label)):** \(escape(value))  ")
        }
        for section in layout.sections {
            lines += ["", "## \(escape(section.title))", ""]
            for paragraph in section.paragraphs { lines += [escape(paragraph), ""] }
            if let table = section.table { lines += self.table(table) + [""] }
            if lines.last == "" { lines.removeLast() }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ table: ReportLayout.Table) -> [String] {
        func row(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |" }
        let rule = table.headers.indices.map { table.numericColumns.contains($0) ? "---:" : "---" }
        return [row(table.headers), "| " + rule.joined(separator: " | ") + " |"] + table.rows.map(row)
    }

    /// A table cell: pipes escaped, line breaks as spaces (a cell is one line in Markdown).
    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Characters that would start Markdown markup where the plan's text means them literally; controls
    /// shown as their pictures, as on a terminal (a Markdown file is often read with `cat`).
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in ControlCharacters.terminalText(text) {
            if ch == "*" || ch == "_" || ch == "`" || ch == "<" || ch == "[" || ch == "]" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
