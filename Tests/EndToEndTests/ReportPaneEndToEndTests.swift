import Foundation
import Testing

/// The report pane through the real binary: two results entered in the pane (one on two lines), the Word
/// file compiled and written with `w`, and the file read back by kehoach's own Word reader and, where
/// LibreOffice is installed, as LibreOffice renders it.
@Suite("Report pane in tmux", .enabled(if: TmuxSession.shouldRun, "tmux is not installed (set CI to make this a failure)"),
       .timeLimit(.minutes(5)))
struct ReportPaneEndToEndTests {
    @Test func twoResultsEnteredInThePaneAreInTheWordFile() async throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("config/kehoach")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
            agency = "Sở Tài chính"
            superior = "Ủy ban nhân dân tỉnh Kon Tum"
            signer = "Trần Thị Bình"
            signer_title = "Giám đốc"
            """.write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("kehoach.sqlite").path
        let tmux = try TmuxSession(arguments: ["--db", db, "--as-of", "2026-11-23", "--plan", "kon-tum-3785", "--as", "lan"],
                                   width: 120, height: 32, environment: ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path],
                                   directory: dir.path)
        try await tmux.waitForSettled("I.1")
        try tmux.sendText("5")
        let pane = try await tmux.waitForSettled("Sở Tài chính")
        #expect(pane.contains("(chưa có kết quả)") && pane.contains("quá hạn 8 ngày"))

        // Row I.1: one line. Row II.1 (the third, after I.2 where Sở Tài chính cooperates): two lines.
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Ctrl-S lưu")
        try tmux.sendText("Tổ chức 2 hội thảo hợp tác 3 Nhà")
        try await tmux.waitFor("hợp tác 3 Nhà")
        try tmux.sendKeys("C-s")
        try await tmux.waitFor("Đã lưu kết quả I.1")
        try tmux.sendText("jj")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Ctrl-S lưu")
        try tmux.sendText("Bố trí 1,5 tỷ đồng")
        try tmux.sendKeys("Enter")
        try tmux.sendText("cho đào tạo nhân lực")
        try await tmux.waitFor("cho đào tạo nhân lực")
        try tmux.sendKeys("C-s")
        try await tmux.waitFor("Đã lưu kết quả II.1")

        try tmux.sendText("w")
        try await tmux.waitFor("Đã ghi báo cáo")
        try tmux.sendText("q")
        #expect(try await tmux.exitCode() == 0)

        let file = dir.appendingPathComponent("bao-cao-kon-tum-3785-2026.docx").path
        #expect(FileManager.default.fileExists(atPath: file))
        // kehoach's Word reader (what `import` reads), with nothing stored.
        let read = try Binary.kehoach(["import", file, "--text", "--db", dir.appendingPathComponent("other.sqlite").path])
        #expect(read.status == 0 || read.status == 2, "\(read.stderr)")
        for expected in ["SỞ TÀI CHÍNH", "Tổ chức 2 hội thảo hợp tác 3 Nhà", "Bố trí 1,5 tỷ đồng", "cho đào tạo nhân lực",
                         "Biểu 01", "Trần Thị Bình"] {
            #expect(read.stdout.contains(expected), "\(expected)")
        }

        guard let soffice = WordReportEndToEndTests.tool("soffice"), let pdftotext = WordReportEndToEndTests.tool("pdftotext") else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "LibreOffice and poppler-utils are needed on CI")
            return
        }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = dir.path
        let converted = try Binary.run(soffice, ["--headless", "--convert-to", "pdf", "--outdir", dir.path, file],
                                       cwd: dir.path, environment: environment, timeout: 240)
        #expect(converted.status == 0, "\(converted.stderr)")
        let text = try Binary.run(pdftotext, ["-layout", dir.appendingPathComponent("bao-cao-kon-tum-3785-2026.pdf").path, "-"],
                                  environment: environment).stdout
        for expected in ["SỞ TÀI CHÍNH", "Tổ chức 2 hội thảo hợp tác 3 Nhà", "Bố trí 1,5 tỷ đồng", "cho đào tạo nhân lực"] {
            #expect(text.contains(expected), "\(expected)")
        }
        // Pages after the first are numbered at the top (Nghị định 30): page 2 shows its number alone on a line.
        let pages = text.split(separator: "\u{0C}")
        #expect(pages.count >= 2)
        if pages.count >= 2 {
            #expect(pages[1].split(separator: "\n").prefix(3).contains { $0.trimmingCharacters(in: .whitespaces) == "2" })
            #expect(!pages[0].split(separator: "\n").prefix(2).contains { $0.trimmingCharacters(in: .whitespaces) == "1" })
        }
    }
}
