import Foundation
import Testing

/// `kehoach result set` and `kehoach due` through the built binary.
@Suite("Result and due commands")
struct ResultCommandTests {
    typealias Scratch = ReportExportCommandTests.Scratch

    @Test func leadAndCooperatingRowsAreWrittenAndDueCountsWhatIsLeft() throws {
        let s = try Scratch()
        let lead = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--text", "Tổ chức 2 hội thảo",
                                  "--quantity", "120 nhân lực"])
        #expect(lead.status == 0, "\(lead.stderr)")
        // The plan names Sở Kế hoạch và Đầu tư; since the 2025 merger Sở Tài chính reports its rows.
        #expect(lead.stdout.contains("Sở Tài chính (chủ trì) · phiên bản 1"))
        let cooperating = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--agency", "cao dang kon tum",
                                         "--text", "Cử 40 giảng viên", "--lang", "en"])
        #expect(cooperating.stdout.contains("Trường Cao đẳng Kon Tum (cooperating) · version 1"), "\(cooperating.stderr)")
        let again = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--assessment", "vượt"])
        #expect(again.stdout.contains("phiên bản 2"), "\(again.stderr)")

        // Past 15/11/2026 with the 2026 rows still empty, the 2026 report is late: flagged, not rolled over.
        let late = try s.kehoach(["due", "kon-tum-3785", "--agency", "so ke hoach", "--as-of", "23/11/2026"])
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stdout.contains("kon-tum-3785 · năm 2026 · QUÁ HẠN 8 ngày (hạn 15/11/2026)"), "\(late.stdout)")
        #expect(late.stdout.contains("Sở Tài chính: 10/10 dòng chưa có kết quả"), "\(late.stdout)")
        // In 2027 the next report is the 2027 one; the department's successor leads or cooperates on 10 tasks.
        let due = try s.kehoach(["due", "kon-tum-3785", "--agency", "so ke hoach", "--as-of", "2027-01-01"])
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.contains("kon-tum-3785 · năm 2027 · hạn 15/11/2027, còn 318 ngày"), "\(due.stdout)")
        #expect(due.stdout.contains("Sở Tài chính: 9/10 dòng chưa có kết quả"), "\(due.stdout)")
        #expect(due.stdout.contains("II.1, IV.2"), "\(due.stdout)")
        #expect(!due.stdout.contains("Cao đẳng"))
    }

    @Test func anAgencysSectionsReachTheWordReport() throws {
        let s = try Scratch()
        let first = try s.kehoach(["result", "sections", "kon-tum-3785", "--agency", "so ke hoach", "--period", "2026",
                                   "--shortcomings", "Thiếu giảng viên", "--proposals", "Bổ sung kinh phí"])
        #expect(first.stdout.contains("kon-tum-3785 · năm 2026 · Sở Tài chính · phiên bản 1"), "\(first.stderr)")
        let second = try s.kehoach(["result", "sections", "kon-tum-3785", "--agency", "so ke hoach", "--period", "2026",
                                    "--direction", "Mở thêm 2 lớp"])
        #expect(second.stdout.contains("phiên bản 2"), "\(second.stderr)")
        #expect(try s.kehoach(["result", "sections", "kon-tum-3785", "--agency", "bo cong an", "--direction", "x"]).status != 0)
        #expect(try s.kehoach(["result", "sections", "kon-tum-3785", "--agency", "so ke hoach"]).stderr.contains("chưa có nội dung"))
        // Sections fill no row of the form: the planning department still has its ten rows to write.
        let due = try s.kehoach(["due", "kon-tum-3785", "--as-of", "2026-11-01"])
        #expect(due.stdout.contains("kon-tum-3785 · năm 2026"))
        #expect(due.stdout.contains("Sở Tài chính: 10/10"))
    }

    @Test func badInputIsRefusedAndNothingIsWritten() throws {
        let s = try Scratch()
        let period = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2026-Q5", "--text", "x"])
        #expect(period.status != 0)
        #expect(period.stderr.contains("không phải kỳ báo cáo"))
        let agency = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--agency", "so y te", "--text", "x", "--lang", "en"])
        #expect(agency.stderr.contains("is not assigned to \"so y te\""))
        let empty = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2026"])
        #expect(empty.stderr.contains("chưa có kết quả"))
        let quantity = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--quantity", "nhiều", "--text", "x"])
        #expect(quantity.stderr.contains("--quantity nhiều"))
        let due = try s.kehoach(["due", "kon-tum-3785", "--agency", "so ke hoach", "--as-of", "2026-11-23"])
        #expect(due.stdout.contains("10/10"), "\(due.stdout)")
        #expect(try s.kehoach(["due", "--as-of", "31/02/2026"]).status != 0)
    }
}

/// The Word report as LibreOffice opens it: converted to PDF headless, the PDF's text holds the heading,
/// the rows and the figures entered from the command line.
@Suite("Word report through LibreOffice")
struct WordReportEndToEndTests {
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func twoResultsAreInTheConvertedReport() throws {
        let s = try ReportExportCommandTests.Scratch()
        let config = s.path("config/kehoach")
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try """
            agency = "Sở Kế hoạch và Đầu tư"
            superior = "Ủy ban nhân dân tỉnh Kon Tum"
            signer = "Nguyễn Văn An"
            signer_title = "Giám đốc"
            """.write(toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        #expect(try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2026", "--text", "Tổ chức 2 hội thảo hợp tác",
                               "--quantity", "120 nhân lực"]).status == 0)
        #expect(try s.kehoach(["result", "set", "kon-tum-3785", "II.1", "--period", "2026", "--text", "Bố trí 1,5 tỷ đồng",
                               "--assessment", "vượt"]).status == 0)
        #expect(try s.kehoach(["result", "sections", "kon-tum-3785", "--agency", "so ke hoach", "--period", "2026",
                               "--direction", "Mở thêm 2 lớp chuyên ngành"]).status == 0)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = s.path("config")
        environment["LANG"] = "C.UTF-8"
        let written = try Binary.kehoach(["report", "kon-tum-3785", "--period", "2026", "--as-of", "23/11/2026", "--agency",
                                          "so ke hoach", "-o", "bao-cao.docx", "--db", s.db], cwd: s.url.path, environment: environment)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("bao-cao.docx"))
        let toStdout = try s.kehoach(["report", "kon-tum-3785", "--format", "docx"])
        #expect(toStdout.status != 0 && toStdout.stderr.contains("-o"))

        guard let soffice = Self.tool("soffice"), let pdftotext = Self.tool("pdftotext") else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "LibreOffice and poppler-utils are needed on CI")
            return
        }
        environment["HOME"] = s.url.path
        let converted = try Binary.run(soffice, ["--headless", "--convert-to", "pdf", "--outdir", s.url.path, s.path("bao-cao.docx")],
                                       cwd: s.url.path, environment: environment, timeout: 240)
        #expect(converted.status == 0, "\(converted.stderr)")
        let text = try Binary.run(pdftotext, ["-layout", s.path("bao-cao.pdf"), "-"], environment: environment).stdout
        // The heading's left column is narrow: the superior's name wraps after "TỈNH".
        for expected in ["ỦY BAN NHÂN DÂN TỈNH", "KON TUM", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 23 tháng 11 năm 2026", "BÁO CÁO",
                         "Kết quả thực hiện Kế hoạch số 3785/KH-UBND", "I. KẾT QUẢ THỰC HIỆN", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                         "Tổ chức 2 hội thảo hợp tác (120 nhân lực)", "Bố trí 1,5 tỷ đồng", "GIÁM ĐỐC", "Nguyễn Văn An",
                         "Biểu 01", "Vượt", "120 nhân lực", "Tổng số nhiệm vụ: 10", "Mở thêm 2 lớp chuyên ngành"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}

/// The workbook read back with openpyxl, as a spreadsheet program reads it: a code stays text, a
/// deadline is a date, the columns are fitted, the header frozen and filtered, the standing coloured.
@Suite("Excel report read back")
struct ExcelReportEndToEndTests {
    static let check = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {}
        for ws in wb:
            out[ws.title] = {
                "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                "widths": {k: v.width for k, v in ws.column_dimensions.items()},
                "rows": [[{"v": str(c.value) if c.value is not None else None, "t": c.data_type, "fmt": c.number_format,
                           "wrap": bool(c.alignment.wrap_text), "fill": c.fill.fgColor.rgb} for c in row] for row in ws.iter_rows()],
            }
        print(json.dumps(out, ensure_ascii=False))
        """

    @Test func formAndTasksKeepTheirTypes() throws {
        let s = try ReportExportCommandTests.Scratch()
        #expect(try s.kehoach(["status", "set", "kon-tum-3785", "I.2", "done", "--done-on", "2026-03-01"]).status == 0)
        #expect(try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2026", "--text", "Tổ chức 2 hội thảo",
                               "--quantity", "120 nhân lực"]).status == 0)
        let written = try s.kehoach(["report", "kon-tum-3785", "--period", "2026", "--as-of", "23/11/2026", "-o", "bieu.xlsx"])
        #expect(written.status == 0, "\(written.stderr)")
        let read = try Binary.run("/usr/bin/env", ["python3", "-c", Self.check, s.path("bieu.xlsx")])
        guard read.status == 0 else {
            #expect(!read.stderr.contains("openpyxl") || ProcessInfo.processInfo.environment["CI"] == nil, "\(read.stderr)")
            return
        }
        let book = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: [String: Any]])
        let form = try #require(book["Biểu 01"]), tasks = try #require(book["Nhiệm vụ"])
        #expect(form["freeze"] as? String == "A2")
        #expect(tasks["freeze"] as? String == "A2")
        // 33 form rows: the header and 32 rows, every reporting agency's lead and cooperating tasks (34 before
        // the 2025 mergers were applied: Sở Tài chính now reports once on I.2 and V.2, where it and Sở KH&ĐT were
        // both named; IV.1's two collective leads have their rows).
        #expect(form["filter"] as? String == "A1:J33")
        let formRows = try #require(form["rows"] as? [[[String: Any]]])
        #expect(formRows[0].compactMap { $0["v"] as? String }.prefix(4) == ["TT", "Cơ quan", "Mã", "Tên nhiệm vụ"])
        let first = formRows[1]
        #expect(first[0]["t"] as? String == "n")  // TT is a number
        #expect(first[2]["v"] as? String == "I.1" && first[2]["t"] as? String == "s")  // a code is text
        #expect(first[5]["v"] as? String == "Tổ chức 2 hội thảo")
        #expect(first[6]["v"] as? String == "120 nhân lực")
        #expect(first[7]["v"] as? String == "Đạt" && first[7]["fill"] as? String == "FFC6EFCE")
        #expect(first[3]["wrap"] as? Bool == true)
        let widths = try #require(form["widths"] as? [String: Double])
        #expect(widths["C"] == 7)  // "VII.3" and the header "Mã", fitted
        #expect(widths["D"] == 60)  // task texts are long: the widest, wrapped

        let taskRows = try #require(tasks["rows"] as? [[[String: Any]]])
        let done = try #require(taskRows.first { $0[0]["v"] as? String == "I.2" })
        #expect(done[5]["t"] as? String == "d" && done[5]["fmt"] as? String == "dd/mm/yyyy")
        #expect(done[5]["v"] as? String == "2030-12-31 00:00:00")
        #expect(done[6]["v"] as? String == "Đã hoàn thành đúng hạn" && done[6]["fill"] as? String == "FFC6EFCE")
    }
}
