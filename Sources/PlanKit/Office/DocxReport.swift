/// The compiled period report as a Word document in the format of Nghị định 30/2020/NĐ-CP: the
/// two-column heading, number, place and date, trích yếu, sections I–IV, Nơi nhận and signature, then
/// the form (Biểu 01) as an appendix on landscape pages. Times New Roman 14 pt, A4, the decree's margins.
/// The document is Vietnamese whatever the interface language: it is what the agency signs and sends.
public enum DocxReport {
    public static func build(_ report: PeriodReport, plan: Plan, heading: OfficialHeading, wording: some ReportWording) throws -> [UInt8] {
        try OfficePackage.zip([
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/header1.xml", pageNumberHeader),
            ("word/document.xml", document(report, plan: plan, heading: heading, wording: wording)),
        ])
    }

    typealias P = DocxParagraphs

    /// A4 in twips; margins top and bottom 20 mm, left 30 mm, right 15 mm (the decree: 20–25, 20–25, 30–35, 15–20).
    static let pageWidth = 11906, pageHeight = 16838
    static let top = 1134, bottom = 1134, left = 1701, right = 851
    static var textWidth: Int { pageWidth - left - right }
    static var landscapeTextWidth: Int { pageHeight - left - right }

    static func document(_ report: PeriodReport, plan: Plan, heading: OfficialHeading, wording: some ReportWording) -> String {
        var body: [String] = [headingTable(heading), title(report, plan: plan)]
        body += ReportBodyText.sections(report, plan: plan, wording: wording).flatMap { section in
            [P.paragraph(section.title, bold: true, indentFirstLine: true)]
                + section.paragraphs.map { P.paragraph($0, indentFirstLine: true) }
        }
        body.append(signature(heading))
        // The first section ends here, portrait; the appendix is its own, landscape, section.
        body.append(P.paragraph([], extra: sectionProperties(landscape: false, firstPageUnnumbered: true)))
        body += appendix(report, heading: heading, wording: wording)
        return OfficeXML.declaration
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
            + body.joined() + sectionProperties(landscape: true) + "</w:body></w:document>"
    }

    /// Every page but the first is numbered at the top centre, as the decree sets (Nghị định 30, Phụ lục I).
    static func sectionProperties(landscape: Bool, firstPageUnnumbered: Bool = false) -> String {
        let size = landscape
            ? "<w:pgSz w:w=\"\(pageHeight)\" w:h=\"\(pageWidth)\" w:orient=\"landscape\"/>"
            : "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
        let margins = landscape
            ? "<w:pgMar w:top=\"\(right + 283)\" w:right=\"\(top)\" w:bottom=\"\(right + 283)\" w:left=\"\(top)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            : "<w:pgMar w:top=\"\(top)\" w:right=\"\(right)\" w:bottom=\"\(bottom)\" w:left=\"\(left)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
        let header = "<w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
        return "<w:sectPr>\(header)\(size)\(margins)\(firstPageUnnumbered ? "<w:titlePg/>" : "")</w:sectPr>"
    }

    /// Left: the superior over the reporting body, then Số; right: Quốc hiệu and Tiêu ngữ, then place and date.
    static func headingTable(_ h: OfficialHeading) -> String {
        let leftWidth = textWidth * 2 / 5, rightWidth = textWidth - textWidth * 2 / 5
        var leftColumn: [String] = []
        if let superior = h.superior {
            leftColumn.append(P.paragraph([.init(text: superior.uppercased(), size: 13)], align: .center, spacingAfter: 0))
        }
        leftColumn.append(P.paragraph([.init(text: h.body.uppercased(), bold: true, size: 13)], align: .center, spacingAfter: 0))
        leftColumn.append(P.paragraph("―――――", size: 10, align: .center, spacingAfter: 6))
        leftColumn.append(P.paragraph("Số: \(h.number ?? "…/BC-…")", size: 13, align: .center, spacingAfter: 0))
        let rightColumn = [
            P.paragraph([.init(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 12)], align: .center, spacingAfter: 0),
            P.paragraph([.init(text: "Độc lập - Tự do - Hạnh phúc", bold: true, size: 13)], align: .center, spacingAfter: 0),
            P.paragraph("―――――――――――", size: 10, align: .center, spacingAfter: 6),
            P.paragraph(h.placeAndDate, italic: true, size: 14, align: .center, spacingAfter: 0),
        ]
        return P.table(widths: [leftWidth, rightWidth],
                       rows: [P.row([P.cell(leftColumn, width: leftWidth), P.cell(rightColumn, width: rightWidth)])],
                       borders: false)
    }

    static func title(_ report: PeriodReport, plan: Plan) -> String {
        P.paragraph("", spacingAfter: 6)
            + P.paragraph([.init(text: "BÁO CÁO", bold: true, size: 14)], align: .center, spacingAfter: 0)
            + P.paragraph([.init(text: ReportBodyText.abstract(report, plan: plan), bold: true, size: 14)], align: .center,
                          spacingAfter: 12)
    }

    /// Nơi nhận (12 pt, the recipients 11 pt) on the left; the signer's title and name on the right.
    static func signature(_ h: OfficialHeading) -> String {
        let leftWidth = textWidth / 2, rightWidth = textWidth - textWidth / 2
        let recipients = [P.paragraph([.init(text: "Nơi nhận:", bold: true, italic: true, size: 12)], align: .left, spacingAfter: 0)]
            + (h.recipients + ["Lưu: VT."]).enumerated().map { index, name in
                let end = index == h.recipients.count ? "" : ";"
                return P.paragraph("- \(name)\(end)", size: 11, align: .left, spacingAfter: 0)
            }
        let signer = [
            P.paragraph([.init(text: (h.signerTitle ?? "THỦ TRƯỞNG CƠ QUAN").uppercased(), bold: true, size: 14)], align: .center,
                        spacingAfter: 0),
            P.paragraph("", spacingAfter: 60),
            P.paragraph([.init(text: h.signerName ?? "", bold: true, size: 14)], align: .center, spacingAfter: 0),
        ]
        return P.paragraph("", spacingAfter: 6)
            + P.table(widths: [leftWidth, rightWidth],
                      rows: [P.row([P.cell(recipients, width: leftWidth), P.cell(signer, width: rightWidth)])], borders: false)
    }


    /// Biểu 01: every agency's rows, the agency as a spanning line, 11 pt.
    static func appendix(_ report: PeriodReport, heading: OfficialHeading, wording: some ReportWording) -> [String] {
        let shares = [5, 24, 8, 20, 11, 7, 13, 12]
        let widths = shares.map { landscapeTextWidth * $0 / 100 }
        func cells(_ texts: [String], bold: Bool = false) -> String {
            P.row(zip(texts, widths).map { text, width in
                P.cell([P.paragraph([.init(text: text, bold: bold, size: 11)], align: bold ? .center : .left, spacingAfter: 0)],
                       width: width)
            }, header: bold)
        }
        var rows = [cells(ReportBodyText.formHeaders, bold: true)]
        var number = 0
        for part in report.agencies {
            rows.append(P.row([P.cell([P.paragraph([.init(text: part.name, bold: true, size: 11)], align: .left, spacingAfter: 0)],
                                      width: widths.reduce(0, +), span: widths.count)]))
            for row in part.rows {
                number += 1
                rows.append(cells(ReportBodyText.formCells(row, number: number, wording: wording)))
            }
        }
        return [
            P.paragraph([.init(text: "Biểu 01", bold: true, size: 13)], align: .right, spacingAfter: 0),
            P.paragraph([.init(text: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ \(report.period.label(vietnamese: true).uppercased())", bold: true,
                               size: 13)], align: .center, spacingAfter: 0),
            P.paragraph([.init(text: "(Kèm theo Báo cáo số \(heading.number ?? "…/BC-…") ngày \(heading.date.vietnamese) của \(heading.body))",
                               italic: true, size: 13)], align: .center, spacingAfter: 6),
            P.table(widths: widths, rows: rows, borders: true),
            P.paragraph("", spacingAfter: 0),
        ]
    }

    static let contentTypes = OfficeXML.declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        </Types>
        """

    static let packageRelationships = OfficeXML.declaration + """
        <Relationships xmlns="\(OfficePackage.relationshipsNamespace)">\
        <Relationship Id="rId1" Type="\(OfficePackage.officeRelationship)" Target="word/document.xml"/></Relationships>
        """

    static let documentRelationships = OfficeXML.declaration + """
        <Relationships xmlns="\(OfficePackage.relationshipsNamespace)">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        </Relationships>
        """

    /// The page number: a PAGE field, centred, in the body's font (the first page's header stays empty).
    static let pageNumberHeader = OfficeXML.declaration + """
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        </w:p></w:hdr>
        """

    /// Times New Roman 14 pt for everything, Vietnamese as the language (spelling, hyphenation).
    static let styles = OfficeXML.declaration + """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>\
        <w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>
        """
}
