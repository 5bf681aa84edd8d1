import Foundation
import Testing
@testable import PlanKit

/// The Word and PDF documents of Tests/PlanKitTests/Fixtures/real, read end to end: `DocumentFile.read`
/// (extraction) then `PlanImporter` (the layout readers), each against a golden summary in
/// Golden/real/ in the same form as the text documents (`RealDocumentTests.summary`). Set
/// KEHOACH_UPDATE_GOLDEN=1 to rewrite the summaries, then review the diff against the document.
@Suite("Real Word and PDF documents")
struct RealWordPDFDocumentTests {
    /// `tasks`: what the readers find today (the golden file holds each one); the comment gives the count
    /// made by hand in the source and where the two differ.
    static let documents: [(file: String, tasks: Int)] = [
        // Phụ lục table, counted by hand: groups I 4, II 12, III 5, IV 4, V 6, VI 11, VII 7 = 49 numbers in
        // 52 rows; VII.2, VII.3 and VII.5 are number cells merged down two rows, each row with its own product
        // and deadline: sub-items VII.2a/b, VII.3a/b, VII.5a/b, so 52 tasks.
        ("LamDong_KH-CCHC-2026_9669-KH-UBND_2025-12.docx", 52),
        // By hand: 1.1–1.6 and 2.1–2.11, each with "- Đơn vị chủ trì thực hiện / phối hợp / Thời gian hoàn
        // thành" (17). The closing "Yêu cầu các sở, ban, ngành, địa phương … thực hiện nghiêm túc các nhiệm vụ được
        // giao và gửi báo cáo … hằng tuần" asks for the whole document: no task (its weekly report is not modelled).
        ("LamDong_CV-BCD-CDS-DA06_2025-08_nhiem-vu-02-cap.docx", 17),
        // Agency headings 1.–7. with "-" bullets: 30 bullets (SOURCES.md: ~30 under 7 agencies); then the numbered
        // items 8. (các Sở, ban, ngành thuộc tỉnh … chủ động) and 9. (the licensed tổ chức, cá nhân có trách nhiệm)
        // and 10. (Đề nghị Ủy ban MTTQ tỉnh …) each name their doer in the sentence; 11. is the closing: 32 tasks.
        ("laocai-UBND-KT-2026-bao-ve-khoang-san.docx", 32),
        // Five themes under III, each with its "-" bullets, then "Lãnh đạo phụ trách" and "Đơn vị chủ trì: …;
        // Đơn vị phối hợp: …" naming the department's own units (units of the issuer, Sở Công Thương): 5 tasks.
        // The report form in the appendix (a header and empty rows) is a form, not the task table.
        ("laocai-KH-SCT-2026-de-an-08-cong-nghiep.docx", 5),
        // 1. Công an tỉnh, các sở … và UBND các xã, phường (prose); 2. Giao Sở Xây dựng (prose): 2 tasks.
        ("laocai-7432-UBND-XD-2026-pccc.pdf", 2),
        // Tổ chức thực hiện: a) Bộ Nội vụ, 11 "-"/"+" items (the "+" ones detail one "-" item), b) Các bộ,
        // các tỉnh, 5 "-" items: 16; plus two of section III's 3.: "- Các bộ, các tỉnh: Phân công …" (the bodies
        // before a colon) and "- Các bộ chủ trì …": 18. SOURCES.md says ~12 ("-" items only). Still missed: III.2,
        // "Các bộ, cơ quan, địa phương tổ chức tuyên truyền …" (a subject with no verb that assigns; docs/real-documents.md).
        ("BNV_QD-1187-QD-BNV_2025-10-15_de-an-chi-so-CCHC.pdf", 18),
    ]

    static func read(_ file: String) throws -> ImportResult {
        let document = try DocumentFile.read(path: RealDocumentTests.fixture(file).path)
        return try PlanImporter.importPlan(text: document.text, directory: TestSupport.directory)
    }

    @Test(arguments: documents.map(\.file))
    func matchesItsReviewedSummary(_ file: String) throws {
        let result = try Self.read(file)
        let expectedCount = try #require(Self.documents.first { $0.file == file }?.tasks)
        #expect(result.plan.tasks.count == expectedCount)
        // Codes are what the store keys tasks by: a document never yields the same code twice.
        #expect(Set(result.plan.tasks.map(\.code)).count == result.plan.tasks.count)
        let text = RealDocumentTests.summary(result)
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/PlanKitTests/Golden/real/\(file).txt")
        if ProcessInfo.processInfo.environment["KEHOACH_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected)
    }
}
