import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// Pane 5, the period report: the form's rows for one agency and period, the marks on empty rows, writing
/// a result or a section in the multi-line editor, switching agency and period, the status bar's reminder.
@Suite struct ReportPaneTests {
    /// Kon Tum as of 23/11/2026, the user being Sở Tài chính (which took over Sở Kế hoạch và Đầu tư's duties).
    static func konTum(width: Int = 100, height: Int = 30, colors: Bool = true, language: Language = .vi,
                       reportDirectory: String = ".") -> Harness {
        Harness(plans: [.konTum], width: width, height: height, language: language, colors: colors,
                reporting: ReportingSettings(agency: "Sở Tài chính"), reportDirectory: reportDirectory)
    }

    @Test func opensOnTheUsersAgencyWithTheSuccessorsRows() throws {
        let h = Self.konTum()
        h.type("5")
        #expect(h.state.pane == .report)
        let part = try #require(h.state.report.part)
        #expect(part.name == "Sở Tài chính")
        #expect(h.state.report.period?.code == "2026")  // the plan reports yearly
        // Sở KH&ĐT's seven lead rows came to Sở Tài chính with the 2025 merger, II.1 once.
        #expect(part.rows.filter { $0.role == .lead }.map(\.task.code) == ["I.1", "II.1", "IV.2", "V.1", "V.2", "VI.2", "VII.2"])
        #expect(h.state.report.rowCount == part.rows.count + 3)
        #expect(h.text.contains("Sở Tài chính"))
        #expect(h.text.contains("Chủ trì"))
        #expect(h.text.contains("(chưa có kết quả)"))
        // 15/11/2026 is eight days past.
        #expect(h.text.contains("quá hạn 8 ngày"))
        h.expectWellFormed()
    }

    @Test func emptyRowsAreMarkedWithoutColours() throws {
        let h = Self.konTum(colors: false)
        h.type("5")
        let part = try #require(h.state.report.part)
        let marked = h.lines.filter { $0.hasPrefix("! ") }
        // Every row fits on 30 lines: each empty one is marked, the three sections are not.
        #expect(marked.count == part.missingRows)
        #expect(marked.allSatisfy { $0.contains("(chưa có kết quả)") })
    }

    @Test func enterWritesTheRowsResultOnSeveralLines() throws {
        let h = Self.konTum()
        h.type("5")
        let before = try #require(h.state.report.part).missingRows
        h.press(.enter)
        h.type("Tổ chức 2 hội thảo")
        h.press(.enter)
        h.type("Đào tạo 120 nhân lực")
        #expect(h.text.contains("Ctrl-S lưu"))
        h.press(.ctrl("s"))
        let stored = try h.store.results(planID: SeedPlan.konTum.rawValue)
        #expect(stored.count == 1)
        #expect(stored.first?.key == ResultKey(taskCode: "I.1", period: ReportingPeriod(code: "2026")!, agency: "so-tai-chinh"))
        #expect(stored.first?.text == "Tổ chức 2 hội thảo\nĐào tạo 120 nhân lực")
        #expect(stored.first?.role == .lead)
        let part = try #require(h.state.report.part)
        #expect(part.missingRows == before - 1)
        #expect(part.rows.first?.result?.text == "Tổ chức 2 hội thảo\nĐào tạo 120 nhân lực")
        // The cell shows the first line and says more follows; the strip below shows both lines.
        #expect(h.text.contains("Tổ chức 2 hội thảo …"))
        #expect(h.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "Đào tạo 120 nhân lực" })
        #expect(h.text.contains("Đã lưu kết quả I.1"))

        // Enter again corrects it: the editor opens on the stored text, based on its version; Up to the first
        // line, Ctrl-U clears it before the cursor.
        h.press(.enter)
        h.press(.up, .end, .ctrl("u"))
        h.type("Tổ chức 3 hội thảo")
        h.press(.ctrl("s"))
        let again = try h.store.results(planID: SeedPlan.konTum.rawValue)
        #expect(again.first?.text == "Tổ chức 3 hội thảo\nĐào tạo 120 nhân lực")
        #expect(again.first?.version == 2)
    }

    @Test func kAndPWriteTheRowsDifficultiesAndProposals() throws {
        let h = Self.konTum(width: 160, height: 48)
        h.type("5")
        h.press(.enter)
        h.type("Tổ chức 2 hội thảo")
        h.press(.ctrl("s"))
        h.type("K")
        #expect(h.text.contains("Khó khăn, vướng mắc I.1"))
        h.type("Thiếu kinh phí")
        h.press(.enter)
        h.type("Chưa có giảng viên")
        h.press(.ctrl("s"))
        h.type("P")
        #expect(h.text.contains("Đề xuất, kiến nghị I.1"))
        h.type("Bổ sung dự toán")
        h.press(.ctrl("s"))
        let stored = try #require(try h.store.results(planID: SeedPlan.konTum.rawValue).first)
        #expect(stored.text == "Tổ chức 2 hội thảo")
        #expect(stored.difficulties == "Thiếu kinh phí\nChưa có giảng viên")
        #expect(stored.proposals == "Bổ sung dự toán")
        #expect(stored.version == 3)
        // The strip under the list shows them, labelled, line breaks kept.
        #expect(h.text.contains("Khó khăn, vướng mắc: Thiếu kinh phí"))
        #expect(h.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "Chưa có giảng viên" })
        #expect(h.text.contains("Đề xuất, kiến nghị: Bổ sung dự toán"))
        // K again opens on what is stored; emptied and saved, the difficulties are gone, the rest kept.
        h.type("K")
        h.press(.ctrl("u"), .up, .end, .ctrl("u"), .delete)
        h.press(.ctrl("s"))
        let cleared = try #require(try h.store.results(planID: SeedPlan.konTum.rawValue).first)
        #expect(cleared.difficulties == nil)
        #expect(cleared.proposals == "Bổ sung dự toán")
        #expect(cleared.text == "Tổ chức 2 hội thảo")
    }

    @Test func tStepsTheAssessmentOfAWrittenRow() throws {
        let h = Self.konTum()
        h.type("5")
        // A row without a result takes no assessment: it says so and writes nothing.
        h.type("T")
        #expect(h.state.message?.isError == true)
        #expect(h.text.contains("Dòng I.1 chưa có kết quả"))
        #expect(try h.store.results(planID: SeedPlan.konTum.rawValue).isEmpty)

        h.press(.enter)
        h.type("Tổ chức 2 hội thảo")
        h.press(.ctrl("s"))
        var seen: [Assessment?] = []
        for _ in 0..<4 {
            h.type("T")
            seen.append(try h.store.results(planID: SeedPlan.konTum.rawValue).first?.assessment)
        }
        #expect(seen == [.ahead, .met, .behind, nil])
        // Back to "as its standing says": the status bar names the derived one (I.1 runs 2025–2030: on track).
        #expect(h.text.contains("Tiến độ I.1: theo tình hình thực hiện (Đạt)"))
        #expect(try h.store.results(planID: SeedPlan.konTum.rawValue).first?.version == 5)
        // A later save of the text says "saved", not the assessment chosen before it.
        h.press(.enter)
        h.type(" và 1 lớp tập huấn")
        h.press(.ctrl("s"))
        #expect(h.text.contains("Đã lưu kết quả I.1"))
        #expect(!h.text.contains("Tiến độ I.1:"))
    }

    @Test func escapeCancelsAndAPasteKeepsItsLineBreaks() throws {
        let h = Self.konTum()
        h.type("5")
        h.press(.enter)
        h.type("không lưu")
        h.press(.escape)
        #expect(try h.store.results(planID: SeedPlan.konTum.rawValue).isEmpty)
        h.press(.down, .enter)
        h.press(.paste("Dòng một\r\nDòng hai\rDòng ba"))
        h.press(.ctrl("s"))
        let stored = try h.store.results(planID: SeedPlan.konTum.rawValue)
        #expect(stored.map(\.key.taskCode) == ["I.2"])  // plan order: I.2, where it cooperates, is the second row
        #expect(stored.first?.role == .cooperating)
        #expect(stored.first?.text == "Dòng một\nDòng hai\nDòng ba")
    }

    @Test func theSectionsAreWrittenToo() throws {
        let h = Self.konTum()
        h.type("5G")
        #expect(h.text.contains("IV. Đề xuất, kiến nghị"))
        h.press(.enter)
        h.type("Bổ sung kinh phí đào tạo")
        h.press(.ctrl("s"))
        let sections = try h.store.agencySections(planID: SeedPlan.konTum.rawValue)
        #expect(sections.count == 1)
        #expect(sections.first?.agency == "so-tai-chinh")
        #expect(sections.first?.proposals == "Bổ sung kinh phí đào tạo")
        #expect(sections.first?.shortcomings == nil)
        #expect(h.state.report.part?.sections?.proposals == "Bổ sung kinh phí đào tạo")
    }

    @Test func agencyAndPeriodSwitchByKeysAndByCommand() throws {
        let h = Self.konTum()
        h.type("5")
        let first = h.state.report.agency
        h.type("a")
        #expect(h.state.report.agency != first)
        h.type("A")
        #expect(h.state.report.agency == first)
        h.type(">")
        #expect(h.state.report.period?.code == "2027")
        h.type("<<")
        #expect(h.state.report.period?.code == "2025")
        // Before the merger the department reports under its own name.
        h.type(":report so ke hoach 2024").press(.enter)
        #expect(h.state.report.period?.code == "2024")
        #expect(h.state.report.part?.name == "Sở Kế hoạch và Đầu tư")
        #expect(h.state.report.part?.rows.count == 10)
        h.type(":report Trường Cao đẳng").press(.enter)
        #expect(h.state.report.part?.name.contains("Cao đẳng") == true)
        h.type(":report Sở Du lịch").press(.enter)
        #expect(h.text.contains("Không cơ quan nào báo cáo trong kỳ khớp"))
        h.type(":report 2026-Q9").press(.enter)
        #expect(h.text.contains("Không đọc được kỳ"))
    }

    @Test func theStatusBarRemindsTheDeadlineAndTheEmptyRows() throws {
        let h = Self.konTum(width: 160, height: 40)
        h.type("5")
        let empty = try #require(h.state.report.part).missingRows
        let status = h.lines[h.lines.count - 2]
        #expect(status.contains("Báo cáo: 15/11/2026 (quá hạn 8 ngày, \(empty) dòng trống)"))
        // It stays while another pane is shown.
        h.type("2")
        #expect(h.lines[h.lines.count - 2].contains("\(empty) dòng trống)"))
        let en = Self.konTum(width: 160, height: 40, language: .en)
        en.type("5")
        #expect(en.lines[en.lines.count - 2].contains("Report due 2026-11-15 (8 days late, \(empty) empty rows)"))
    }

    @Test func compilingWritesTheWordFileWithTheResults() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let h = Self.konTum(reportDirectory: dir.path)
        h.type("5")
        h.press(.enter)
        h.type("Tổ chức 2 hội thảo hợp tác")
        h.press(.ctrl("s"))
        h.type("w")
        let path = dir.appendingPathComponent("bao-cao-kon-tum-3785-2026.docx").path
        #expect(h.text.contains("Đã ghi báo cáo"))
        let text = try DocxReader.text(of: try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(text.contains("Tổ chức 2 hội thảo hợp tác"))
        #expect(text.contains("SỞ TÀI CHÍNH"))
        h.type("x")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("bao-cao-kon-tum-3785-2026.xlsx").path))
    }
}
