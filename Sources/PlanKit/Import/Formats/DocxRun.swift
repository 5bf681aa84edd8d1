/// The inline content of a Word paragraph: its runs' text in order, which parts are bold, and the text
/// boxes anchored in it. Tracked insertions are kept and deletions dropped; a field shows its result
/// (the instruction is dropped); hidden text is not drawn, so it is not read.
struct DocxInline {
    var segments: [(text: String, bold: Bool)] = []
    var textBoxes: [XElement] = []

    var text: String { segments.map(\.text).joined() }

    /// Every run that draws something is bold (and one at least does).
    var isWhollyBold: Bool {
        let drawn = segments.filter { !$0.text.allSatisfy(\.isWhitespace) && $0.text != DocxRun.lineBreak }
        return !drawn.isEmpty && drawn.allSatisfy(\.bold)
    }
}

enum DocxRun {
    static let lineBreak = "<br>"

    /// `w:b` on, off (`w:val="0"`/`false`), or not said.
    static func bold(_ rPr: XElement) -> Bool? {
        guard let b = rPr.child("b") else { return nil }
        guard let value = b.attributes["val"] else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }

    /// Collects `element`'s inline content; `bold` is what runs inherit from the paragraph style,
    /// `footnote` turns a footnote reference id into its in-text marker.
    static func collect(_ element: XElement, paragraphBold: Bool, styles: DocxStyles,
                        footnote: (String) -> String, into inline: inout DocxInline) {
        for child in element.children {
            switch child.name {
            case "r":
                run(child, paragraphBold: paragraphBold, styles: styles, footnote: footnote, into: &inline)
            case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "dir", "bdo":
                collect(child, paragraphBold: paragraphBold, styles: styles, footnote: footnote, into: &inline)
            case "AlternateContent":
                if let choice = child.child("Choice") ?? child.child("Fallback") {
                    collect(choice, paragraphBold: paragraphBold, styles: styles, footnote: footnote, into: &inline)
                }
            default:
                // del, moveFrom, pPr, proofErr, bookmarks, comments: nothing Word draws as text here.
                continue
            }
        }
    }

    private static func run(_ run: XElement, paragraphBold: Bool, styles: DocxStyles,
                            footnote: (String) -> String, into inline: inout DocxInline) {
        let rPr = run.child("rPr")
        if let vanish = rPr?.child("vanish"), vanish.attributes["val"].map({ $0 != "0" && $0 != "false" }) ?? true { return }
        let styleBold = rPr?.value(of: "rStyle").map { styles.isBold(style: $0) } ?? false
        let bold = rPr.flatMap(Self.bold) ?? (styleBold || paragraphBold)
        for part in run.children {
            switch part.name {
            case "t": inline.segments.append((drawn(part.text), bold))
            case "tab", "ptab": inline.segments.append((" ", bold))
            case "br":
                // A page or column break only moves the text on; a line break is part of the paragraph.
                let type = part.attributes["type"] ?? "textWrapping"
                inline.segments.append((type == "textWrapping" ? lineBreak : " ", bold))
            case "cr": inline.segments.append((lineBreak, bold))
            case "noBreakHyphen": inline.segments.append(("-", bold))
            case "footnoteReference", "endnoteReference":
                // Endnotes are numbered with the footnotes: both are notes the text refers to.
                if let id = part.attributes["id"] {
                    inline.segments.append((footnote((part.name == "footnoteReference" ? "f" : "e") + id), bold))
                }
            case "drawing", "pict", "object", "AlternateContent":
                textBoxes(in: part, into: &inline.textBoxes)
            default:
                // delText, instrText, fldChar, softHyphen, rPr, lastRenderedPageBreak: not drawn as text.
                continue
            }
        }
    }

    /// Text as Word draws it: a line end or other control character inside `w:t` shows as a space,
    /// and must not break the one-paragraph-a-line shape.
    static func drawn(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// The text boxes inside a drawing, once each: in `mc:AlternateContent` only the first choice
    /// (the fallback repeats the same box for older readers).
    private static func textBoxes(in element: XElement, into boxes: inout [XElement]) {
        if element.name == "txbxContent" { boxes.append(element); return }
        if element.name == "AlternateContent" {
            if let choice = element.child("Choice") ?? element.child("Fallback") { textBoxes(in: choice, into: &boxes) }
            return
        }
        for child in element.children { textBoxes(in: child, into: &boxes) }
    }
}
