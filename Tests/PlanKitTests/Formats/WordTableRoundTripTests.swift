import Foundation
import Testing
@testable import PlanKit

/// The Kon Tum plan as an agency would have it: its heading and its appendix as real Word tables.
/// Read from the Word file, and from the PDF LibreOffice prints of it (a table laid out in columns,
/// each cell wrapped on many lines), it yields the same tasks as its text.
@Suite("A plan with Word tables, as Word and as PDF", .serialized)
struct WordTableRoundTripTests {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func paragraph(_ text: String) -> String {
        "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r></w:p>"
    }

    /// Lines typed with pipes become a bordered Word table; every other line a paragraph.
    static func wordBody(of text: String) -> String {
        var body = ""
        var rows: [[String]] = []
        func flush() {
            guard !rows.isEmpty else { return }
            let width = rows.map(\.count).max() ?? 1
            let widths = width == 6 ? [600, 3900, 1700, 2000, 1400, 1400] : Array(repeating: 11000 / width, count: width)
            body += "<w:tbl><w:tblPr><w:tblBorders><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>"
                + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            for row in rows {
                let cells = row + Array(repeating: "", count: width - row.count)
                body += "<w:tr>" + zip(cells, widths).map { cell, w in
                    "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>\(paragraph(cell))</w:tc>"
                }.joined() + "</w:tr>"
            }
            body += "</w:tbl>"
            rows = []
        }
        for line in text.components(separatedBy: "\n") {
            if line.contains("|") {
                var cells = line.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.last == "" { cells.removeLast() }
                if cells.first == "" { cells.removeFirst() }
                rows.append(cells)
            } else {
                flush()
                if !line.isEmpty { body += paragraph(line) }
            }
        }
        flush()
        return body + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>"
    }

    static func sameTasks(_ plan: Plan, _ expected: Plan, _ what: String) {
        #expect(plan.tasks.map(\.code) == expected.tasks.map(\.code), "\(what)")
        #expect(plan.tasks.map(\.lead) == expected.tasks.map(\.lead), "\(what)")
        #expect(plan.tasks.map(\.cooperating) == expected.tasks.map(\.cooperating), "\(what)")
        #expect(plan.tasks.map(\.timeframe) == expected.tasks.map(\.timeframe), "\(what)")
    }

    @Test func theWordFileAndItsPDFGiveTheTasksOfTheText() throws {
        let text = try TestSupport.seedText(TestSupport.konTumFile)
        let expected = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let word = try FormatTestSupport.docx(body: Self.wordBody(of: text))
        let fromWord = try DocumentFile.extract(word, path: "ke-hoach.docx")
        #expect(fromWord.text.contains("| TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Cấp trình | Tiến độ thực hiện |\n|---|"))
        Self.sameTasks(try PlanImporter.importPlan(text: fromWord.text, directory: TestSupport.directory).plan, expected, "docx")

        guard FormatTestSupport.canConvert && FormatTestSupport.canReadPDF else { return }
        guard let soffice = FormatTestSupport.tool("soffice") else { throw FormatTestSupport.ToolError.missing("soffice") }
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let docx = directory.appendingPathComponent("ke-hoach-bang.docx")
        try word.write(to: docx)
        var environment = FormatTestSupport.environment
        environment["HOME"] = directory.path
        try FormatTestSupport.run(soffice, ["--headless", "--convert-to", "pdf", "--outdir", directory.path, docx.path],
                                  environment: environment)
        let pdf = try DocumentFile.read(path: directory.appendingPathComponent("ke-hoach-bang.pdf").path)
        #expect(pdf.text.contains("| TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Cấp trình | Tiến độ thực hiện |"))
        Self.sameTasks(try PlanImporter.importPlan(text: pdf.text, directory: TestSupport.directory).plan, expected, "pdf")
    }
}
