import Foundation
import Testing
@testable import PlanKit

/// The real PDFs, read through poppler and re-joined: checked against the documents as read by eye.
@Suite("PDF documents as issued", .enabled(if: FormatTestSupport.canReadPDF, "pdftotext (poppler-utils) is not installed"))
struct PDFFixtureTests {
    static func paragraphs(_ name: String) throws -> [String] {
        let document = try DocumentFile.read(path: FormatTestSupport.fixture(name).path)
        #expect(document.kind == .pdf)
        #expect(document.text == document.text.nfc)
        #expect(!document.text.contains("\u{0C}"))
        return document.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
    }

    @Test func laoCaiFireSafetyLetter() throws {
        let paragraphs = try Self.paragraphs("laocai-7432-UBND-XD-2026-pccc.pdf")
        // The heading's two columns, the left one first; the subject line's wrapped lines joined.
        #expect(Array(paragraphs.prefix(7)) == [
            "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 7432 /UBND-XD",
            "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng ban hành các giải pháp "
                + "kỹ thuật nâng cao an toàn phòng cháy, chữa cháy đối với các cơ sở, công trình không bảo đảm yêu cầu về "
                + "phòng cháy và chữa cháy",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 21 tháng 7 năm 2026",
        ])
        #expect(Array(paragraphs[7...10]) == ["Kính gửi:", "- Các Sở, ban, ngành thuộc tỉnh;", "- Công an tỉnh;",
                                              "- Ủy ban nhân dân các xã, phường."])
        // A numbered agency heading, then its paragraph joined across the page's line breaks.
        guard let heading = paragraphs.firstIndex(of: "2. Giao Sở Xây dựng") else {
            Issue.record("heading 2 missing")
            return
        }
        #expect(paragraphs[heading + 1] == "Chủ trì, phối hợp với Công an tỉnh và các sở, ngành, địa phương có liên quan tổ chức "
                + "hướng dẫn triển khai thực hiện Quyết định số 1074/QĐ-BXD; hướng dẫn việc áp dụng các giải pháp kỹ thuật nâng "
                + "cao an toàn phòng cháy, chữa cháy đối với các cơ sở, công trình thuộc đối tượng áp dụng của Giải pháp kỹ "
                + "thuật; kịp thời giải đáp hoặc tổng hợp các khó khăn, vướng mắc phát sinh trong quá trình thực hiện để báo "
                + "cáo cấp có thẩm quyền xem xét, giải quyết theo quy định.")
        #expect(paragraphs.contains("1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường"))
        #expect(paragraphs.contains("3. Tổ chức thực hiện"))
        // A paragraph running over the page break is one paragraph.
        #expect(paragraphs.contains { $0.hasPrefix("Đối với các cơ sở, công trình thuộc phạm vi quản lý")
                                      && $0.hasSuffix("chậm nhất đến ngày 01 tháng 7 năm 2028 theo yêu cầu của Bộ Xây dựng.") })
        // The signature block: recipients, then the signer's lines, each on its own.
        #expect(Array(paragraphs.suffix(9)) == ["Nơi nhận:", "- Như trên;", "- Chủ tịch UBND tỉnh;",
                                                 "- Phó Chủ tịch UBND tỉnh (phụ trách XD);",
                                                 "- Chánh VP, Phó CVP UBND tỉnh (Đ/c Minh);", "- Lưu: VT, TH, XD(Đông).",
                                                 "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Trung Bá"])
    }

    @Test func ministryDecisionOfEightPages() throws {
        let paragraphs = try Self.paragraphs("BNV_QD-1187-QD-BNV_2025-10-15_de-an-chi-so-CCHC.pdf")
        #expect(Array(paragraphs.prefix(6)) == ["BỘ NỘI VỤ", "Số: 1187 /QĐ-BNV", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 15 tháng 10 năm 2025",
                                                "QUYẾT ĐỊNH"])
        // Page numbers (2 … 8, alone at the top of each page) are gone.
        #expect(!paragraphs.contains { PDFPages.isPageNumber($0) })
        #expect(paragraphs.contains("Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định chức "
                                    + "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;"))
        // Across the break between pages 1 and 2: the item before and the bullet after stay apart.
        guard let specific = paragraphs.firstIndex(of: "b) Mục tiêu cụ thể:") else {
            Issue.record("b) missing")
            return
        }
        #expect(paragraphs[specific + 1].hasPrefix("- Đánh giá khách quan, toàn diện, công bằng kết quả cải cách hành chính hàng năm"))
        #expect(paragraphs.contains("đ) Ứng dụng mạnh mẽ công nghệ thông tin, công nghệ số để nâng cao tính công khai, minh bạch "
                                    + "và khách quan trong công tác theo dõi, đánh giá."))
        #expect(paragraphs.filter { $0.hasPrefix("+ ") }.count >= 10)
        // A list inside one sentence ("…; Khoa học và Công nghệ;" then "Văn phòng Chính phủ …") is not cut.
        #expect(paragraphs.contains { $0.hasPrefix("- Các bộ, cơ quan ngang bộ: Tài chính; Tư pháp; Khoa học và Công nghệ; Văn phòng Chính phủ phối hợp") })
        // "Ð" (eth) in the text layer is the Vietnamese "Đ".
        #expect(paragraphs.contains("- Như Điều 3;"))
        #expect(Array(paragraphs.suffix(2)) == ["BỘ TRƯỞNG", "Phạm Thị Thanh Trà"])
    }

    @Test(arguments: ["laocai-7432-UBND-XD-2026-pccc.pdf", "BNV_QD-1187-QD-BNV_2025-10-15_de-an-chi-so-CCHC.pdf"])
    func importTakesTheExtractedText(name: String) throws {
        let document = try DocumentFile.read(path: FormatTestSupport.fixture(name).path)
        do {
            let result = try PlanImporter.importPlan(text: document.text, directory: TestSupport.directory)
            #expect(result.normalizedText == TextCleanup.normalizeDocument(document.text))
        } catch ImportError.notAPlan {
            // A letter without "Mục tiêu"/"Nhiệm vụ" sections: the readers' business.
        }
    }
}
