/// The period report as an Excel workbook: the form (Biểu 01) and the task list, through SpreadsheetML and
/// ZIPFoundation. Written by hand rather than through libxlsxwriter: kehoach already carries ZIPFoundation,
/// the few parts needed are small, and a system library would be one more thing to install on every machine.
public enum XlsxWorkbook {
    public static func build(_ report: PeriodReport, wording w: some ReportWording) throws -> [UInt8] {
        let sheets = [formSheet(report, wording: w), taskSheet(report, wording: w)]
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", OfficeXML.declaration + "<Relationships xmlns=\"\(OfficePackage.relationshipsNamespace)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(OfficePackage.officeRelationship)\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml)) }
        return try OfficePackage.zip(parts)
    }

    static func formSheet(_ report: PeriodReport, wording w: some ReportWording) -> XlsxSheet {
        var rows: [[XlsxSheet.Cell]] = []
        var number = 0
        for part in report.agencies {
            for row in part.rows {
                number += 1
                let cells = ReportBodyText.formCells(row, number: number, wording: w)
                let style: XlsxSheet.Style = row.assessment == .behind ? .bad : (row.assessment == nil ? .wrapped : .good)
                rows.append([XlsxSheet.Cell(value: .number(Double(number)), style: .number), .text(part.name), .text(row.task.code)]
                            + [.text(row.task.text), .text(cells[2]), .text(cells[3]), .text(cells[4]), .text(cells[5], style),
                               .text(cells[6]), .text(cells[7])])
            }
        }
        let headers = ReportBodyText.formHeaders
        return XlsxSheet(name: "Biểu 01", header: [headers[0], "Cơ quan", "Mã"] + headers[1...], rows: rows)
    }

    static func taskSheet(_ report: PeriodReport, wording w: some ReportWording) -> XlsxSheet {
        var seen = Set<String>()
        var rows: [[XlsxSheet.Cell]] = []
        for part in report.agencies {
            for row in part.rows where row.role == .lead && seen.insert(row.task.code).inserted {
                let task = row.task
                rows.append([.text(task.code), .text(task.text), .text(task.lead.map(\.canonical).joined(separator: "; ")),
                             .text(task.cooperating.map(\.canonical).joined(separator: "; ")), .text(task.timeframe.text),
                             row.deadline.map { XlsxSheet.Cell(value: .date($0), style: .date) } ?? XlsxSheet.Cell(value: .empty, style: .plain),
                             .text(w.standing(row.standing, short: false), style(row.standing))])
            }
        }
        return XlsxSheet(name: "Nhiệm vụ", header: ["Mã", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn chót", "Tình trạng"],
                         rows: rows)
    }

    static func style(_ standing: Standing) -> XlsxSheet.Style {
        switch standing {
        case .doneOnTime, .doneLate: return .good
        case .overdue: return .bad
        case .dueSoon: return .warning
        case .inProgress, .notStarted, .continuous, .suspended: return .wrapped
        }
    }

    static func contentTypes(_ count: Int) -> String {
        OfficeXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + (1...count).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "</Types>"
    }

    static func workbook(_ sheets: [XlsxSheet]) -> String {
        let list = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(OfficeXML.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        // The filter's range as a hidden name, as Excel itself records it.
        let names = sheets.enumerated().map { index, sheet in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(OfficeXML.escape(sheet.filterRange))</definedName>"
        }.joined()
        return OfficeXML.declaration + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(list)</sheets>"
            + "<definedNames>\(names)</definedNames></workbook>"
    }

    static func workbookRelationships(_ count: Int) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return OfficeXML.declaration + "<Relationships xmlns=\"\(OfficePackage.relationshipsNamespace)\">"
            + (1...count).map { "<Relationship Id=\"rId\($0)\" Type=\"\(base)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(count + 1)\" Type=\"\(base)/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    /// Times New Roman 12; the header bold on grey; done green, overdue and late red, due soon amber; dates dd/mm/yyyy.
    static let styles = OfficeXML.declaration + """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
        <fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>\
        <fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="8">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>\
        <xf numFmtId="0" fontId="1" fillId="5" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="4" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
