import Foundation

/// A Word (.docx) file's text, in the shape kehoach's readers take (see `DocxWalker`). Only the parts
/// that carry the document's words are read: the body, numbering, styles, footnotes and endnotes; page headers
/// and footers (running text, not the plan) are left out.
public enum DocxReader {
    public static func text(of data: Data) throws -> String {
        let package = try ZipPackage(data: data)
        guard let documentData = try package.read("word/document.xml") else { throw FormatError.refusedKind(.zip) }
        let document = try XMLTree.parse(documentData, part: "word/document.xml")
        var numbering = try package.read("word/numbering.xml").map { DocxNumbering(try XMLTree.parse($0, part: "word/numbering.xml")) }
            ?? DocxNumbering()
        let styles = try package.read("word/styles.xml").map { DocxStyles(try XMLTree.parse($0, part: "word/styles.xml")) }
            ?? DocxStyles()
        let footnotes = try package.read("word/footnotes.xml").map { try XMLTree.parse($0, part: "word/footnotes.xml") }
        let endnotes = try package.read("word/endnotes.xml").map { try XMLTree.parse($0, part: "word/endnotes.xml") }
        numbering.vietnameseLetters = usesVietnameseLetters(document: document, raw: [documentData])
        var walker = DocxWalker(numbering: numbering, styles: styles, footnotes: footnotes, endnotes: endnotes)
        return walker.text(of: document).nfc
    }

    /// Vietnamese documents letter items a b c d đ e …; Word's own lists know only the Latin alphabet.
    /// The document says it uses the Vietnamese order when it is marked Vietnamese (`vi-VN`) or when its
    /// author typed a "đ)" item by hand.
    static func usesVietnameseLetters(document: XElement, raw: [Data]) -> Bool {
        if raw.contains(where: { $0.range(of: Data("\"vi-VN\"".utf8)) != nil }) { return true }
        var found = false
        func visit(_ element: XElement) {
            if found { return }
            if element.name == "p" {
                let text = paragraphText(element).trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("đ) ") || text.hasPrefix("đ. ") || text.hasPrefix("Đ) ") { found = true }
                return
            }
            element.children.forEach(visit)
        }
        visit(document)
        return found
    }

    private static func paragraphText(_ element: XElement) -> String {
        if element.name == "t" { return element.text }
        if element.name == "del" || element.name == "txbxContent" { return "" }
        return element.children.map(paragraphText).joined()
    }
}
