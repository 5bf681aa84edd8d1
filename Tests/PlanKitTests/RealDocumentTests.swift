import Foundation
import Testing
@testable import PlanKit

/// The real documents of Tests/PlanKitTests/Fixtures/real (text copies from legal-document sites and a
/// transcription), each against a golden summary reviewed by hand against the source: every task with its
/// reader, lead(s), cooperating agencies and deadline; the header; duties; reporting. Set
/// KEHOACH_UPDATE_GOLDEN=1 to rewrite the summaries (then review the diff against the document).
@Suite("Real documents")
struct RealDocumentTests {
    /// Tasks counted by hand in each document (see the note in each golden file's first line).
    static let handCounts: [(file: String, tasks: Int)] = [
        // III. Phân công: Công an tỉnh 6 bullets, Bộ CHQS tỉnh 2, Sở KH&CN 1, Sở Nội vụ 1, sở ngành + xã 3,
        // "Đề nghị" bodies 1; IV.2 "Giao Công an tỉnh chủ trì" 1.
        ("NgheAn_1026-KH-UBND_2025-11-26_bao-ve-BMNN.md", 15),
        // 1.1 STNMT, 1.2 Công an TP, 1.3 UBND xã: 2 bullets, 1.4 SXD, 2.: 2 bullets (Sở Xây dựng).
        ("HCM_CV-4085-UBND-DT_2025-11-25_giao-nhiem-vu.md", 7),
        // II. Nhiệm vụ: 1.1, 1.2, 2, 3, 4.1, 4.2, 4.3 — each with a) Nhiệm vụ, b) Cơ quan thực hiện, c) Thời gian.
        ("HaNoi_308-KH-UBND_2025-11-17_du-lieu-NQ214.md", 7),
        // Phụ lục (flattened): I 1–4, II 1–5, III 1–5, IV 1–5.
        ("DongThap_552-KH-UBND_2025-11-19_doi-moi-cong-nghe.md", 19),
        // Phụ lục II (flattened): nine groups I–IX, 75 numbered rows.
        ("TTg_QD-2629-QD-TTg_2025-12-01_chinh-phu-so.md", 75),
        // II. Nhiệm vụ cụ thể: 7 themes with 102 lettered items, none naming an agency (the appendix that does
        // is not in the transcription).
        ("chinhphu-03-NQ-CP-2025-chuong-trinh-hanh-dong.md", 102),
    ]

    static func fixture(_ name: String) -> URL {
        TestSupport.packageRoot.appendingPathComponent("Tests/PlanKitTests/Fixtures/real/\(name)")
    }

    /// One line per fact, so that a reviewer reads it against the document and a diff shows what moved.
    static func summary(_ result: ImportResult) -> String {
        func names(_ refs: [AgencyRef]) -> String {
            // "?": unknown; "(of X)": a unit the directory does not list, of a parent it does.
            refs.map { $0.printed + ($0.isResolved ? "" : $0.parentID.map { " (of \($0))" } ?? "?") }.joined(separator: "; ")
        }
        let plan = result.plan
        let identity = plan.identity
        var lines = [
            "number: \(identity.number ?? "—")", "date: \(identity.date.map { "\($0)" } ?? "—")",
            "issuer: \(identity.issuer)", "province: \(identity.province ?? "—")", "id: \(identity.slug)",
            "title: \(identity.title)", "signer: \(identity.signer ?? "—")",
            "objectives: \(plan.objectives.count)", "groups: \(plan.groups.map(\.code).joined(separator: " "))",
            "tasks: \(plan.tasks.count)",
        ]
        for task in plan.tasks {
            let reader = result.readers[task.code]?.rawValue ?? "?"
            let due = task.timeframe.text.isEmpty ? "—" : "\(task.timeframe.text) (\(task.timeframe.kind.rawValue))"
            lines.append("task \(task.code) [\(reader)] line \(task.sourceLine)")
            lines.append("  lead: \(names(task.lead))")
            if !task.cooperating.isEmpty { lines.append("  cooperating: \(names(task.cooperating))") }
            lines.append("  due: \(due)")
            lines.append("  text: \(TextLayout.truncate(task.text, toWidth: 90))")
        }
        for duty in plan.duties {
            lines.append("duty line \(duty.sourceLine): \(names(duty.agencies)) — \(duty.items.count) items")
        }
        for report in plan.reporting {
            lines.append("reporting line \(report.sourceLine): \(names(report.reporters)) → "
                         + "\(report.recipient?.printed ?? "—") by "
                         + (report.isMonthly ? "day \(report.dueDay) monthly" : "\(report.dueDay)/\(report.dueMonth)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: handCounts.map(\.file))
    func matchesItsReviewedSummary(_ file: String) throws {
        let data = try Data(contentsOf: Self.fixture(file))
        let result = try PlanImporter.importPlan(data: data, directory: TestSupport.directory)
        let expectedCount = try #require(Self.handCounts.first { $0.file == file }?.tasks)
        #expect(result.plan.tasks.count == expectedCount)
        let text = Self.summary(result)
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/PlanKitTests/Golden/real/\(file).txt")
        if ProcessInfo.processInfo.environment["KEHOACH_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected)
    }

    @Test func spotChecksAgainstTheSource() throws {
        func load(_ file: String) throws -> ImportResult {
            try PlanImporter.importPlan(data: Data(contentsOf: Self.fixture(file)), directory: TestSupport.directory)
        }
        let ngheAn = try load("NgheAn_1026-KH-UBND_2025-11-26_bao-ve-BMNN.md")
        #expect(ngheAn.plan.identity.number == "1026/KH-UBND")
        #expect(ngheAn.plan.identity.signer == "Bùi Thanh An")
        let bullet = try #require(ngheAn.plan.tasks.first { $0.code == "III.1.5" })
        #expect(bullet.lead.map(\.agencyID) == ["cong-an-tinh"])
        #expect(bullet.cooperating.map(\.agencyID) == ["bo-chi-huy-quan-su-tinh", "cac-so-ban-nganh"])

        let hcm = try load("HCM_CV-4085-UBND-DT_2025-11-25_giao-nhiem-vu.md")
        #expect(hcm.plan.identity.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh")
        #expect(hcm.plan.identity.number == "4085/UBND-ĐT")
        #expect(hcm.plan.tasks.first?.timeframe.end == TestSupport.date("2025-12-05"))

        let dongThap = try load("DongThap_552-KH-UBND_2025-11-19_doi-moi-cong-nghe.md")
        #expect(dongThap.plan.tasks.first?.lead.map(\.agencyID) == ["so-tai-chinh"])
        #expect(dongThap.plan.reporting.map(\.dueMonth) == [11, 11])

        let decision = try load("TTg_QD-2629-QD-TTg_2025-12-01_chinh-phu-so.md")
        #expect(decision.plan.identity.issuer == "Thủ tướng Chính phủ")
        #expect(decision.plan.identity.number == "2629/QĐ-TTg")
        // Phụ lục I: 22 numbered indicator rows, read as objectives with targets.
        #expect(decision.plan.objectives.filter { $0.text.contains("— theo dõi") }.count == 22)
        let law = try #require(decision.plan.tasks.first)
        #expect(law.code == "I.1" && law.timeframe.end == TestSupport.date("2025-12-31"))
        #expect(law.lead.map(\.agencyID) == ["bo-khoa-hoc-cong-nghe"])
    }
}
