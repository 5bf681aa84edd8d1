import Foundation
import Testing
@testable import PlanKit

/// A Word file built here, part by part, with what real plans use: automatic numbering at three
/// levels (decimal, "1.1.", letters with the Vietnamese đ), bullets, a restarted and a continued list, merged cells,
/// a footnote, tracked changes, a field, a text box and line breaks.
@Suite("Word files built in code")
struct DocxBuiltTests {
    static let numbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
          <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
          <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl>
          <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
        """

    static func numbered(_ text: String, num: Int, level: Int) -> String {
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    static func plain(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    static func cell(_ inner: String, properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr>\(inner)</w:tc>"
    }

    static func body(language: String) -> String {
        var body = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"4\"/></w:numPr></w:pPr>"
            + "<w:r><w:rPr><w:b/><w:lang w:val=\"\(language)\"/></w:rPr><w:t>MỤC TIÊU</w:t></w:r></w:p>"
        body += numbered("Mục tiêu", num: 1, level: 0)
        body += numbered("Mục tiêu chung", num: 1, level: 1)
        body += numbered("Mục tiêu cụ thể", num: 1, level: 1)
        for word in ["một", "hai", "ba", "bốn", "năm", "sáu"] { body += numbered("Việc \(word)", num: 1, level: 2) }
        body += numbered("Nhiệm vụ", num: 1, level: 0)
        body += numbered("Nhiệm vụ chung", num: 1, level: 1)
        body += numbered("Sở Tài chính chủ trì", num: 3, level: 0)
        body += numbered("phối hợp với các sở", num: 3, level: 1)
        body += numbered("chấm tròn", num: 3, level: 2)
        body += numbered("gạch ngang", num: 3, level: 3)
        body += numbered("Tổ chức thực hiện", num: 2, level: 0)
        // Another instance of the same list without an override counts on, as Word does.
        body += numbered("Kinh phí", num: 5, level: 0)
        // Tracked changes, a field (its instruction is not text), a line break, a tab and a footnote.
        body += "<w:p><w:r><w:t xml:space=\"preserve\">Thời gian </w:t></w:r>"
            + "<w:del><w:r><w:delText>năm 2025</w:delText></w:r></w:del>"
            + "<w:ins><w:r><w:t>năm 2026</w:t></w:r></w:ins>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>(trang 3)</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:br/><w:t>dòng hai</w:t><w:tab/><w:t>sau tab</w:t></w:r>"
            + "<w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
        // A text box anchored in a paragraph, read where it stands; its fallback copy is not read twice.
        body += "<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent xmlns:mc=\"m\"><mc:Choice Requires=\"wps\">"
            + "<w:drawing><wps:txbx xmlns:wps=\"s\"><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>"
            + "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></w:pict>"
            + "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
        // A raw line end inside w:t (some generators write one) is drawn as a space.
        body += "<w:p><w:r><w:t>Dòng\nliền\tmạch</w:t></w:r></w:p>"
        body += "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Phụ lục</w:t></w:r><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t> kèm theo</w:t></w:r></w:p>"
        body += "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>" + cell(plain("TT")) + cell(plain("Nội dung")) + cell(plain("Chủ trì")) + "</w:tr>"
            + "<w:tr>" + cell(plain("1")) + cell(plain("Gộp | hai cột"), properties: "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
            + "<w:tr>" + cell(plain("2"), properties: "<w:vMerge w:val=\"restart\"/>") + cell(plain("Việc A"))
            + cell(plain("Dòng một") + plain("Dòng hai")) + "</w:tr>"
            + "<w:tr>" + cell("<w:p/>", properties: "<w:vMerge/>") + cell(plain("Việc B")) + cell(plain("Sở B")) + "</w:tr>"
            + "</w:tbl>"
        body += "<w:p><w:r><w:t xml:space=\"preserve\">  Hết   văn bản</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>"
        body += "<w:sectPr/>"
        return body
    }

    static let footnotes = """
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
        <w:footnote w:id="2"><w:p><w:r><w:t>Theo Quyết định số 1017/QĐ-TTg.</w:t></w:r></w:p></w:footnote>
        """

    static let endnotes = """
        <w:endnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
        <w:endnote w:id="1"><w:p><w:r><w:t>Ghi chú cuối văn bản.</w:t></w:r></w:p></w:endnote>
        """

    static func expected(letters: [String]) -> String {
        var lines = ["**I. MỤC TIÊU**", "1. Mục tiêu", "1.1. Mục tiêu chung", "1.2. Mục tiêu cụ thể"]
        for (letter, word) in zip(letters, ["một", "hai", "ba", "bốn", "năm", "sáu"]) { lines.append("\(letter)) Việc \(word)") }
        lines += ["2. Nhiệm vụ", "2.1. Nhiệm vụ chung", "- Sở Tài chính chủ trì", "+ phối hợp với các sở", "+ chấm tròn", "- gạch ngang",
                  "1. Tổ chức thực hiện", "2. Kinh phí",
                  "Thời gian năm 2026(trang 3)<br>dòng hai sau tab[^1]",
                  "Neo", "Hộp chữ", "Dòng liền mạch", "Phụ lục kèm theo",
                  "| TT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Gộp \\| hai cột | Gộp \\| hai cột |\n"
                    + "| 2 | Việc A | Dòng một<br>Dòng hai |\n| 2 | Việc B | Sở B |",
                  "Hết văn bản[^2]",
                  "[^1]: Theo Quyết định số 1017/QĐ-TTg.", "[^2]: Ghi chú cuối văn bản."]
        return lines.joined(separator: "\n\n") + "\n"
    }

    @Test func numberingMergesAndInlineContentComeOutAsWordDrawsThem() throws {
        let data = try FormatTestSupport.docx(body: Self.body(language: "vi-VN"), numbering: Self.numbering,
                                              footnotes: Self.footnotes, endnotes: Self.endnotes)
        let text = try DocxReader.text(of: data)
        #expect(text == Self.expected(letters: ["a", "b", "c", "d", "đ", "e"]))
    }

    @Test func lettersFollowWordsOwnOrderWhenTheDocumentIsNotMarkedVietnamese() throws {
        let data = try FormatTestSupport.docx(body: Self.body(language: "en-US"), numbering: Self.numbering,
                                              footnotes: Self.footnotes, endnotes: Self.endnotes)
        #expect(try DocxReader.text(of: data) == Self.expected(letters: ["a", "b", "c", "d", "e", "f"]))
    }

    @Test func detectionGoesByContentAndTheImportReadsTheText() throws {
        let data = try FormatTestSupport.docx(body: Self.body(language: "vi-VN"), numbering: Self.numbering,
                                              footnotes: Self.footnotes, endnotes: Self.endnotes)
        let document = try DocumentFile.extract(data, path: "ke-hoach.txt")
        #expect(document.kind == .docx)
        #expect(document.digest == SHA256.hex(of: Array(data)))
        #expect(document.text.hasPrefix("**I. MỤC TIÊU**\n\n1. Mục tiêu\n"))
    }

    @Test func numberingRendersRomanLettersPastZAndZeroPadded() {
        let numbering = DocxNumbering()
        #expect(numbering.render(4, format: "upperRoman") == "IV")
        #expect(numbering.render(1994, format: "upperRoman") == "MCMXCIV")
        #expect(numbering.render(9, format: "lowerRoman") == "ix")
        #expect(numbering.render(27, format: "lowerLetter") == "aa")
        #expect(numbering.render(3, format: "upperLetter") == "C")
        #expect(numbering.render(7, format: "decimalZero") == "07")
        var vietnamese = DocxNumbering()
        vietnamese.vietnameseLetters = true
        #expect(vietnamese.render(5, format: "lowerLetter") == "đ")
        #expect(vietnamese.render(7, format: "lowerLetter") == "g")
        #expect(vietnamese.render(24, format: "lowerLetter") == "aa")
    }
}
