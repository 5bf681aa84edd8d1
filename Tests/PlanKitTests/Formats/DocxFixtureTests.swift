import Foundation
import Testing
@testable import PlanKit

/// The real Word documents: what kehoach extracts, checked against the documents as read by eye —
/// heading and signature tables, numbering Word draws, bullets typed by hand, the appendix table.
@Suite("Word documents as issued")
struct DocxFixtureTests {
    static func text(_ name: String) throws -> String {
        let document = try DocumentFile.read(path: FormatTestSupport.fixture(name).path)
        #expect(document.kind == .docx)
        return document.text
    }

    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
    }

    @Test func laoCaiMineralsLetter() throws {
        let text = try Self.text("laocai-UBND-KT-2026-bao-ve-khoang-san.docx")
        let paragraphs = Self.paragraphs(text)
        #expect(paragraphs[0] == """
            | **ỦY BAN NHÂN DÂN**<br>**TỈNH LÀO CAI** | | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
            |---|---|---|
            | Số: /UBND-KT | | Lào Cai, ngày tháng năm 2026 |
            | V/v tăng cường công tác quản lý bảo vệ khoáng sản chưa khai thác trên địa bàn | | |
            """)
        #expect(paragraphs[1].hasPrefix("| Kính gửi: | - Các sở, ban, ngành thuộc UBND tỉnh;<br>- Ủy ban Mặt trận Tổ quốc"))
        let headings = paragraphs.filter { $0.hasPrefix("**") && $0.hasSuffix("**") && !$0.hasPrefix("**Nơi") }
        #expect(headings == ["**1. Sở Nông nghiệp và Môi trường**", "**2. Sở Công Thương**", "**3. Sở Xây dựng**",
                             "**4. Sở Tài chính**", "**5. Công an tỉnh**", "**6. Bộ Chỉ huy Quân sự tỉnh**",
                             "**7. UBND các xã, phường**"])
        #expect(paragraphs.filter { $0.hasPrefix("- ") }.count == 5 + 2 + 4 + 3 + 4 + 5 + 6)
        #expect(paragraphs.contains("- Tiếp tục tuần tra, kiểm soát, phát hiện, xử lý nghiêm, xử lý dứt điểm việc khai thác cát, "
                                    + "sỏi lòng sông, suối, hồ bằng tàu cuốc xong trong quý II/2026."))
        #expect(paragraphs.contains { $0.hasPrefix("11. Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở") })
        #expect(paragraphs.last == """
            | **Nơi nhận:**<br>- Như trên;<br>- Thường trực Tỉnh ủy (để báo cáo);<br>- Chủ tịch UBND tỉnh;<br>- Các PCT UBND tỉnh;<br>- CVP, các PCVP UBND tỉnh;<br>- Lưu: VT, KT(Thủy, Nho). | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br>**Nguyễn Thành Sinh** |
            |---|---|
            """)
        // Page headers and footers are not the document.
        #expect(!text.contains("PAGE"))
    }

    @Test func lamDongAdministrativeReformPlanNumberingAndAppendix() throws {
        let text = try Self.text("LamDong_KH-CCHC-2026_9669-KH-UBND_2025-12.docx")
        let paragraphs = Self.paragraphs(text)
        #expect(paragraphs[0] == """
            | **ỦY BAN NHÂN DÂN**<br>**TỈNH LÂM ĐỒNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
            |---|---|
            | Số: /KH-UBND | Lâm Đồng, ngày tháng 12 năm 2025 |
            """)
        #expect(paragraphs[1] == "**KẾ HOẠCH**")
        // Sections 1–7 of part I are numbered by Word (numId 39), as are the a) b) c) of part III.
        let sections = paragraphs.filter { $0.range(of: #"^\*\*[1-7]\. "#, options: .regularExpression) != nil }
        #expect(sections.prefix(7) == ["**1. Cải cách thể chế**", "**2. Cải cách thủ tục hành chính**",
                                       "**3. Cải cách tổ chức bộ máy hành chính nhà nước**", "**4. Cải cách chế độ công vụ**",
                                       "**5. Cải cách tài chính công**",
                                       "**6. Xây dựng và phát triển chính quyền điện tử, chính quyền số**",
                                       "**7. Công tác chỉ đạo, điều hành**"])
        #expect(paragraphs.contains { $0.hasPrefix("a) Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu căn cứ") })
        #expect(paragraphs.contains { $0.hasPrefix("c) Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh") })
        #expect(paragraphs.contains { $0.hasPrefix("b) Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao") })

        guard let appendix = paragraphs.first(where: { $0.hasPrefix("| **STT** |") }) else {
            Issue.record("no appendix table")
            return
        }
        let rows = appendix.components(separatedBy: "\n")
        #expect(rows[0] == "| **STT** | **Nhiệm vụ** | **Sản phẩm** | **Thời gian hoàn thành** | **Chủ trì thực hiện** "
                + "| **Phối hợp thực hiện** | **Theo dõi, kiểm tra, đôn đốc** |")
        #expect(rows[1] == "|---|---|---|---|---|---|---|")
        #expect(rows[2] == "| **I** | **Cải cách thể chế** | | | | | |")
        #expect(rows.allSatisfy { PDFParagraphs.pipes(in: $0) == 8 })
        // A task cell merged down two rows (vMerge) is in both rows; so is its number.
        let merged = rows.filter { $0.hasPrefix("| 2 | Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính") }
        #expect(merged.count == 2)
        #expect(merged.last?.contains("| Kế hoạch tự kiểm tra cải cách hành chính năm 2026 của cơ quan, đơn vị, địa phương |") == true)
        // A cell merged across two columns (gridSpan) fills both.
        #expect(rows.contains { $0.contains("| Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh | "
                                            + "Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh |") })
    }

    @Test func lamDongSteeringCommitteeLetter() throws {
        let paragraphs = Self.paragraphs(try Self.text("LamDong_CV-BCD-CDS-DA06_2025-08_nhiem-vu-02-cap.docx"))
        #expect(paragraphs[0].hasPrefix("| UBND TỈNH LÂM ĐỒNG<br>**BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO,**<br>"))
        #expect(Array(paragraphs[1...3]) == ["Kính gửi:", "- Các sở, ban, ngành thuộc tỉnh;", "- UBND các xã, phường, đặc khu."])
        #expect(paragraphs.contains("**1. Hoàn thiện hạ tầng công nghệ thông tin**"))
        guard let first = paragraphs.firstIndex(where: { $0.hasPrefix("(1) Tiếp tục phối hợp với các doanh nghiệp") }) else {
            Issue.record("task (1) missing")
            return
        }
        #expect(Array(paragraphs[(first + 1)...(first + 2)]) == ["- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.",
                                                                 "- Thời gian hoàn thành: Thực hiện thường xuyên."])
        #expect(paragraphs.filter { $0.hasPrefix("- Thời gian hoàn thành:") }.count >= 15)
    }

    @Test func laoCaiIndustryPlanKeepsItsEmptyReportForms() throws {
        let paragraphs = Self.paragraphs(try Self.text("laocai-KH-SCT-2026-de-an-08-cong-nghiep.docx"))
        #expect(paragraphs[0] == """
            | UBND TỈNH LÀO CAI<br>**SỞ CÔNG THƯƠNG**<br>Số: /KH-SCT | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>Lào Cai, ngày tháng 4 năm 2026 |
            |---|---|
            """)
        #expect(Array(paragraphs[1...3]) == ["**KẾ HOẠCH**", "**Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai**",
                                            "**theo hướng xanh, hiện đại giai đoạn 2026-2030**"])
        #expect(paragraphs.contains("**I. MỤC ĐÍCH, YÊU CẦU**"))
        // The reporting forms at the end are tables with headers and empty rows.
        let tables = paragraphs.filter { $0.hasPrefix("|") }
        #expect(tables.count >= 3)
        #expect(tables.contains { $0.components(separatedBy: "\n").contains { $0.range(of: #"^(\| )+\|$"#, options: .regularExpression) != nil } })
    }

    /// Import reads the extracted text; these letters have no "Mục tiêu"/"Nhiệm vụ" sections, so until
    /// the readers know agency headings they may be refused as not a plan, but never as bad text.
    @Test(arguments: ["laocai-UBND-KT-2026-bao-ve-khoang-san.docx", "LamDong_KH-CCHC-2026_9669-KH-UBND_2025-12.docx",
                      "LamDong_CV-BCD-CDS-DA06_2025-08_nhiem-vu-02-cap.docx", "laocai-KH-SCT-2026-de-an-08-cong-nghiep.docx"])
    func importTakesTheExtractedText(name: String) throws {
        let document = try DocumentFile.read(path: FormatTestSupport.fixture(name).path)
        #expect(document.text == document.text.nfc)
        #expect(!document.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        do {
            let result = try PlanImporter.importPlan(text: document.text, directory: TestSupport.directory)
            #expect(result.normalizedText == TextCleanup.normalizeDocument(document.text))
        } catch ImportError.notAPlan {
            // The readers' business (see above).
        }
    }

    @Test func theLamDongPlanImportsItsAppendixTasks() throws {
        let document = try DocumentFile.read(path: FormatTestSupport.fixture("LamDong_KH-CCHC-2026_9669-KH-UBND_2025-12.docx").path)
        let result = try PlanImporter.importPlan(text: document.text, directory: TestSupport.directory)
        #expect(result.plan.tasks.count >= 40)
        #expect(result.plan.tasks.contains { $0.lead.contains { $0.printed == "Sở Tư pháp" } })
    }
}
