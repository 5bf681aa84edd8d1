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
        #expect(lead.stdout.contains("Sở Kế hoạch và Đầu tư (chủ trì) · phiên bản 1"))
        let cooperating = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--agency", "cao dang kon tum",
                                         "--text", "Cử 40 giảng viên", "--lang", "en"])
        #expect(cooperating.stdout.contains("Trường Cao đẳng Kon Tum (cooperating) · version 1"), "\(cooperating.stderr)")
        let again = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--assessment", "vượt"])
        #expect(again.stdout.contains("phiên bản 2"), "\(again.stderr)")

        // Past 15/11/2026 the next report is the 2027 one; the planning department leads or cooperates on 10 tasks.
        let due = try s.kehoach(["due", "kon-tum-3785", "--agency", "so ke hoach", "--as-of", "23/11/2026"])
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.contains("kon-tum-3785 · năm 2027 · hạn 15/11/2027, còn 357 ngày"), "\(due.stdout)")
        #expect(due.stdout.contains("Sở Kế hoạch và Đầu tư: 9/10 dòng chưa có kết quả"), "\(due.stdout)")
        #expect(due.stdout.contains("II.1, IV.2"), "\(due.stdout)")
        #expect(!due.stdout.contains("Cao đẳng"))
    }

    @Test func badInputIsRefusedAndNothingIsWritten() throws {
        let s = try Scratch()
        let period = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2026-Q5", "--text", "x"])
        #expect(period.status != 0)
        #expect(period.stderr.contains("không phải kỳ báo cáo"))
        let agency = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--agency", "so tai chinh", "--text", "x", "--lang", "en"])
        #expect(agency.stderr.contains("is not assigned to \"so tai chinh\""))
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
                         "Biểu 01", "Vượt", "120 nhân lực", "Tổng số nhiệm vụ: 10"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}
