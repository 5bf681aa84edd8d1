import Foundation
import Testing
@testable import PlanKit

/// The provenance record: every reader writes down the paragraphs it used, so that the importer warns about
/// the others and only them. Documents written the way plans are written, in our own invented sentences.
@Suite("What each paragraph became")
struct ProvenanceTests {
    private func read(_ text: String) throws -> ImportResult {
        try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
    }

    private func roles(_ result: ImportResult) -> [Int: LineRole] {
        Dictionary(uniqueKeysWithValues: result.explanation().compactMap { line in line.role.map { (line.number, $0) } })
    }

    private func unread(_ result: ImportResult) -> [ImportWarning] {
        result.warnings.filter { $0.kind == .unreadLine }
    }

    /// A labelled-section plan with objectives, funding, duties and the closing sentence: every paragraph is
    /// claimed by some reader, so no paragraph is reported.
    private static let labelledPlan = """
    ỦY BAN NHÂN DÂN TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    Số: 41/KH-UBND | Cao Bằng, ngày 09 tháng 3 năm 2026 |
    KẾ HOẠCH
    Phát triển thư viện số trong trường học
    I. MỤC TIÊU
    1. Mục tiêu chung
    - Mọi học sinh được đọc sách điện tử miễn phí.
    2. Mục tiêu cụ thể
    - Đến năm 2028:
    + 90% trường trung học có thư viện số.
    II. NHIỆM VỤ VÀ GIẢI PHÁP
    1. Xây dựng kho sách điện tử
    1.1. Số hóa sách giáo khoa và tài liệu tham khảo
    - Cơ quan thực hiện: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính.
    - Thời gian thực hiện: Năm 2026.
    1.2. Tập huấn cán bộ thư viện
    - Cơ quan thực hiện: Sở Nội vụ.
    - Thời gian hoàn thành: Quý IV năm 2027.
    III. KINH PHÍ THỰC HIỆN
    - Nguồn ngân sách địa phương.
    - Nguồn xã hội hóa hợp pháp khác.
    IV. TỔ CHỨC THỰC HIỆN
    1. Sở Giáo dục và Đào tạo:
    - Hướng dẫn các trường lập kế hoạch thư viện số.
    - Báo cáo Ủy ban nhân dân tỉnh trước ngày 10 tháng 12 hằng năm.
    2. Sở Tài chính:
    - Bố trí kinh phí theo phân cấp.
    Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Giáo dục và Đào tạo để tổng hợp.
    """

    @Test func everyParagraphOfAPlainPlanIsClaimed() throws {
        let result = try read(Self.labelledPlan)
        #expect(unread(result).isEmpty, "\(unread(result))")
        let roles = roles(result)
        #expect(roles[11] == .heading)             // II. NHIỆM VỤ VÀ GIẢI PHÁP
        #expect(roles[12] == .heading)             // 1. Xây dựng kho sách điện tử (a group)
        #expect(roles[13] == .task("1.1"))
        #expect(roles[14] == .field)               // Cơ quan thực hiện
        #expect(roles[15] == .field)               // Thời gian thực hiện
        #expect(roles[19] == .heading)             // III. KINH PHÍ THỰC HIỆN
        #expect(roles[20] == .funding)
        #expect(roles[23] == .duty)                // the duty's heading
        #expect(roles[24] == .duty)                // one of its items
        #expect(roles[25] == .reporting)           // the yearly report in a duty
        #expect(roles[28] == .boilerplate)         // the closing sentence
        #expect(roles[10] == .objective)
    }

    @Test func theMeasuresAndPhasesOfAPlanAreKeptNotReportedAndNotTasks() throws {
        let text = """
        ỦY BAN NHÂN DÂN TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 52/KH-UBND | Cao Bằng, ngày 12 tháng 3 năm 2026 |
        KẾ HOẠCH
        Phát triển du lịch cộng đồng
        I. NHIỆM VỤ
        1. Sở Văn hóa, Thể thao và Du lịch
        - Xây dựng bộ nhận diện điểm đến, hoàn thành trong quý IV năm 2026.
        II. CÁC GIẢI PHÁP THỰC HIỆN
        - Đơn giản hóa thủ tục cấp phép homestay; công khai quy trình trên cổng thông tin.
        - Sở Tài chính chủ trì bố trí vốn hỗ trợ làng du lịch, hoàn thành trong năm 2027.
        III. LỘ TRÌNH THỰC HIỆN
        1. Giai đoạn 2026 - 2028
        - Hoàn thiện hạ tầng đường vào các bản du lịch.
        2. Ủy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc triển khai Kế hoạch này.
        """
        let result = try read(text)
        #expect(unread(result).isEmpty, "\(unread(result))")
        let roles = roles(result)
        #expect(roles[9] == .measure)
        #expect(roles[12] == .heading)                      // 1. Giai đoạn 2026 - 2028
        #expect(roles[13] == .measure)
        #expect(roles[14] == .boilerplate)                  // the closing sentence, numbered
        // A measure given to a body is a task.
        #expect(result.plan.tasks.contains { $0.sourceLine == 10 && $0.lead.map(\.agencyID) == ["so-tai-chinh"] })
        #expect(result.plan.tasks.count == 2)
    }

    @Test func aParagraphNoReaderUsedIsReportedWithItsLineAndWords() throws {
        // The same plan with a sentence in the tasks section that belongs to no task and names nobody.
        var lines = Self.labelledPlan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("Các nội dung trên được ưu tiên theo mức độ cấp bách của từng trường", at: 18)
        let result = try read(lines.joined(separator: "\n"))
        let reported = unread(result)
        #expect(reported.map(\.line) == [19], "\(result.warnings)")
        // A reader that saw the paragraph says why (text after a task's fields); the others say nothing more.
        #expect(reported.first?.quotedTexts.first?.hasPrefix("Các nội dung trên được ưu tiên") == true)
        #expect(result.plan.tasks.count == 2)  // a warning, never a failure
    }

    @Test func aStrayParagraphAmongTheDutiesIsReported() throws {
        let result = try read("""
        KẾ HOẠCH
        Tổ chức ngày hội đọc sách
        I. NHIỆM VỤ
        1. Trưng bày sách mới
        - Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.
        - Thời gian thực hiện: Quý II năm 2026.
        II. TỔ CHỨC THỰC HIỆN
        1. Sở Văn hóa, Thể thao và Du lịch:
        - Chuẩn bị địa điểm.
        Ngày hội được tổ chức luân phiên giữa các huyện theo thứ tự đã thống nhất.
        """)
        #expect(unread(result).map(\.line) == [10], "\(result.warnings)")
        #expect(unread(result).first?.detail == .unread(.paragraph(
            excerpt: "Ngày hội được tổ chức luân phiên giữa các huyện theo thứ tự…")))
    }

    @Test func theProseAboveAnAppendixTableIsItsSummary() throws {
        let result = try read("""
        KẾ HOẠCH
        Cải tạo chợ truyền thống
        I. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Nâng cấp hạ tầng chợ
        - Sở Công Thương chủ trì, phối hợp với Sở Xây dựng rà soát hiện trạng các chợ.
        - Sửa chữa mái che và hệ thống thoát nước.
        (Chi tiết tại Phụ lục kèm theo)
        PHỤ LỤC
        | TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
        |---|---|---|---|---|
        | I | Hạ tầng | | | |
        | 1 | Rà soát hiện trạng các chợ | Sở Công Thương | Sở Xây dựng | Quý I năm 2027 |
        | 2 | Sửa chữa mái che | Sở Xây dựng | | Năm 2027 |
        """)
        #expect(result.plan.tasks.map(\.code) == ["I.1", "I.2"])
        #expect(unread(result).isEmpty, "\(result.warnings)")
        let roles = roles(result)
        #expect(roles[4] == .heading)
        #expect(roles[5] == .summary)
        #expect(roles[6] == .summary)   // no doer of its own, but the section points to the appendix
        #expect(roles[9] == .heading)   // the table's header row
        #expect(roles[10] == .boilerplate)
        #expect(roles[11] == .heading)  // a group row
        #expect(roles[12] == .task("I.1"))
    }

    @Test func aDecisionsArticlesAndTheSitesRecordAreBoilerplate() throws {
        let result = try read("""
        QUYẾT ĐỊNH
        Ban hành Kế hoạch kiểm tra an toàn thực phẩm
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra an toàn thực phẩm năm 2026.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        KẾ HOẠCH
        1. Giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể, hoàn thành trong quý III năm 2026.
        - Số hiệu: 12/QĐ-UBND
        - Người ký: Trần Văn Bình
        """)
        #expect(result.plan.tasks.count == 1)
        #expect(unread(result).isEmpty, "\(result.warnings)")
        let roles = roles(result)
        #expect(roles[4] == .boilerplate)
        #expect(roles[7] == .boilerplate)
        #expect(roles[8] == .boilerplate)
    }

    @Test func aNumberCutFromItsTitleJoinsIt() throws {
        // Converters put "III." on a line of its own, the title on the next.
        let result = try read("""
        KẾ HOẠCH
        Trồng rừng ven biển

        III.
        NHIỆM VỤ

        1.
        Trồng mới rừng phòng hộ

        - Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.

        - Thời gian thực hiện: Năm 2027.
        """)
        #expect(result.plan.tasks.map(\.code) == ["1"])
        #expect(result.plan.tasks.first?.text == "Trồng mới rừng phòng hộ")
        #expect(unread(result).isEmpty, "\(result.warnings)")
    }

    @Test func excerptsAreCutByDisplayWidthNeverInsideACharacter() throws {
        let long = String(repeating: "Người dân được hướng dẫn sử dụng dịch vụ công trực tuyến ", count: 4)
        let result = try read("""
        CÔNG VĂN
        Về việc hướng dẫn
        1. Giao Sở Nội vụ chủ trì hướng dẫn, hoàn thành trong quý II năm 2026.
        - \(long)
        """)
        let excerpt = try #require(unread(result).first?.quotedTexts.first)
        #expect(DisplayWidth.of(excerpt) <= ImportWarning.excerptWidth)
        #expect(excerpt.hasSuffix("…"))
        #expect(long.hasPrefix(String(excerpt.dropLast())))
        #expect(excerpt == excerpt.precomposedStringWithCanonicalMapping)
    }
}
