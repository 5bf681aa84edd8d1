/// Walks a Word document's body in order and writes the text kehoach's readers take: one paragraph a
/// line with a blank line between paragraphs, Word's automatic numbering written out, a wholly bold
/// paragraph as `**text**`, tables as pipe tables, footnotes as `[^n]` markers with `[^n]: text` lines
/// at the end.
struct DocxWalker {
    /// A piece of the output: a paragraph's line or a table's lines (kept together, no blank between).
    enum Block {
        case paragraph(String)
        case table([String])
    }

    var numbering: DocxNumbering
    let styles: DocxStyles
    private let footnoteTexts: [String: XElement]
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteOrder: [String] = []

    /// `footnotes` and `endnotes` are the parts' roots; separators and continuation notices are not notes.
    init(numbering: DocxNumbering, styles: DocxStyles, footnotes: XElement?, endnotes: XElement? = nil) {
        self.numbering = numbering
        self.styles = styles
        var texts: [String: XElement] = [:]
        for (prefix, root, name) in [("f", footnotes, "footnote"), ("e", endnotes, "endnote")] {
            for note in root?.children(name) ?? [] {
                let type = note.attributes["type"] ?? "normal"
                if type == "normal", let id = note.attributes["id"] { texts[prefix + id] = note }
            }
        }
        footnoteTexts = texts
    }

    /// The whole document: body blocks, then the footnotes referenced in it.
    mutating func text(of document: XElement) -> String {
        let body = document.child("body") ?? document
        var blocks = self.blocks(of: body)
        var notes: [String] = []
        var index = 0
        // A footnote may cite another: the list grows while it is written.
        while index < footnoteOrder.count {
            let id = footnoteOrder[index]
            index += 1
            guard let note = footnoteTexts[id], let number = footnoteNumbers[id] else { continue }
            let lines = self.blocks(of: note).flatMap { block -> [String] in
                switch block {
                case .paragraph(let line): return [line]
                case .table(let rows): return rows
                }
            }
            notes.append("[^\(number)]: " + lines.joined(separator: " "))
        }
        blocks += notes.map(Block.paragraph)
        return blocks.map { block in
            switch block {
            case .paragraph(let line): return line
            case .table(let rows): return rows.joined(separator: "\n")
            }
        }.joined(separator: "\n\n") + "\n"
    }

    /// Paragraphs and tables of a container (body, cell, text box, footnote), content controls opened.
    mutating func blocks(of container: XElement) -> [Block] {
        var out: [Block] = []
        for child in container.children {
            switch child.name {
            case "p": out += paragraph(child)
            case "tbl":
                var table = DocxTable()
                out.append(.table(table.lines(of: child, walker: &self)))
            case "sdt", "sdtContent", "customXml", "ins", "moveTo":
                out += blocks(of: child)
            case "AlternateContent":
                if let choice = child.child("Choice") ?? child.child("Fallback") { out += blocks(of: choice) }
            default: continue
            }
        }
        return out
    }

    /// A paragraph's line (none when it draws nothing) followed by the paragraphs of its text boxes.
    mutating func paragraph(_ p: XElement) -> [Block] {
        let pPr = p.child("pPr")
        let style = pPr?.value(of: "pStyle")
        var inline = DocxInline()
        let styleBold = styles.isBold(style: style)
        let styles = self.styles
        DocxRun.collect(p, paragraphBold: styleBold, styles: styles, footnote: { self.marker(for: $0) }, into: &inline)

        var prefix = ""
        // The paragraph's own list and level, else its style's (a paragraph may give only the level).
        let own = pPr?.child("numPr")
        let styled = styles.numbering(style: style)
        if let numID = own?.value(of: "numId") ?? styled?.numID {
            let level = own?.value(of: "ilvl").flatMap(Int.init) ?? styled?.level ?? 0
            prefix = numbering.nextPrefix(numID: numID, level: level) ?? ""
        }
        var out: [Block] = []
        let body = Self.tidy(inline.text)
        let line = Self.tidy(prefix + body)
        if !line.isEmpty {
            out.append(.paragraph(inline.isWhollyBold ? "**\(line)**" : line))
        }
        for box in inline.textBoxes { out += blocks(of: box) }
        return out
    }

    /// "[^n]" for a footnote id, numbered in the order of first reference; an id the footnotes part
    /// does not hold draws nothing.
    private mutating func marker(for id: String) -> String {
        guard footnoteTexts[id] != nil else { return "" }
        if let number = footnoteNumbers[id] { return "[^\(number)]" }
        footnoteOrder.append(id)
        footnoteNumbers[id] = footnoteOrder.count
        return "[^\(footnoteOrder.count)]"
    }

    /// Spaces collapsed, no space at either end or around a line break.
    static func tidy(_ text: String) -> String {
        var collapsed = TextCleanup.collapseSpaces(text)
        while collapsed.contains(" <br>") { collapsed = collapsed.replacingOccurrences(of: " <br>", with: "<br>") }
        while collapsed.contains("<br> ") { collapsed = collapsed.replacingOccurrences(of: "<br> ", with: "<br>") }
        while collapsed.hasPrefix("<br>") { collapsed.removeFirst(4) }
        while collapsed.hasSuffix("<br>") { collapsed.removeLast(4) }
        return collapsed.trimmingCharacters(in: .whitespaces)
    }
}
