/// What a paragraph or run inherits from its style (`word/styles.xml`): bold, and numbering attached
/// to a paragraph style (headings numbered by their style), followed through `basedOn`.
struct DocxStyles {
    private struct Style {
        var basedOn: String?
        var bold: Bool?
        var numID: String?
        var level: Int?
    }

    private var styles: [String: Style] = [:]
    private var defaultParagraphStyle: String?

    init() {}

    init(_ root: XElement) {
        for element in root.children("style") {
            guard let id = element.attributes["styleId"] else { continue }
            var style = Style(basedOn: element.value(of: "basedOn"))
            if let rPr = element.child("rPr") { style.bold = DocxRun.bold(rPr) }
            if let numPr = element.child("pPr")?.child("numPr") {
                style.numID = numPr.value(of: "numId")
                style.level = numPr.value(of: "ilvl").flatMap(Int.init)
            }
            styles[id] = style
            if element.attributes["type"] == "paragraph", element.attributes["default"] == "1" { defaultParagraphStyle = id }
        }
    }

    private func chain(_ id: String?) -> [Style] {
        var out: [Style] = []
        var next = id ?? defaultParagraphStyle
        while let current = next, let style = styles[current], out.count < 20 {
            out.append(style)
            next = style.basedOn
        }
        return out
    }

    func isBold(style id: String?) -> Bool { chain(id).lazy.compactMap(\.bold).first ?? false }

    /// The style's list and level, when the style numbers its paragraphs.
    func numbering(style id: String?) -> (numID: String, level: Int)? {
        let styles = chain(id)
        guard let numID = styles.lazy.compactMap(\.numID).first else { return nil }
        return (numID, styles.lazy.compactMap(\.level).first ?? 0)
    }
}
