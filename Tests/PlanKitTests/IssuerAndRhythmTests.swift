import Testing
@testable import PlanKit

/// Who issued a document and how its plan is named; deadlines that recur every month or quarter.
/// Invented documents in the way Vietnamese administrative documents are laid out.
@Suite("Issuers, plan ids and periodic deadlines")
struct IssuerAndRhythmTests {
    private func read(_ text: String) throws -> ImportResult {
        try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
    }

    @Test func aDepartmentUnderItsCommitteeIsTheIssuer() throws {
        let result = try read("""
        | ỦY BAN NHÂN DÂN TỈNH CAO BẰNG<br>SỞ Y TẾ<br>Số: 41/KH-SYT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Cao Bằng, ngày 12 tháng 3 năm 2026 |
        |---|---|
        KẾ HOẠCH
        Tiêm chủng mở rộng năm 2026
        1. Giao Trung tâm Kiểm soát bệnh tật chủ trì tổ chức tiêm chủng, hoàn thành trong quý III năm 2026.
        """)
        #expect(result.plan.identity.issuer == "Sở Y tế")
        #expect(result.plan.identity.number == "41/KH-SYT")
        #expect(result.plan.identity.province == "Cao Bằng")
        #expect(result.plan.identity.slug == "cao-bang-syt-41")
    }

    @Test func aBoardWithALongNameIsTheIssuer() throws {
        let result = try read("""
        | UBND TỈNH CAO BẰNG<br>BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI, TÌM KIẾM CỨU NẠN VÀ PHÒNG THỦ DÂN SỰ,<br>ỨNG PHÓ SỰ CỐ MÔI TRƯỜNG CẤP TỈNH<br>Số: /BCĐ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Cao Bằng, ngày tháng 6 năm 2026 |
        |---|---|
        Kính gửi: Các sở, ban, ngành thuộc tỉnh.
        1. Sở Xây dựng chủ trì kiểm tra các công trình, hoàn thành trong tháng 7/2026.
        """)
        #expect(SearchKey.make(result.plan.identity.issuer).hasPrefix("ban chi dao phong"))
        #expect(SearchKey.make(result.plan.identity.issuer).includes("cap tinh"))
        #expect(result.plan.identity.number == "/BCĐ")
        #expect(result.plan.identity.slug == "cao-bang-bcd")
    }

    @Test func aCentralBodyIsNamedByItsNumberNotTheCapital() throws {
        let result = try read("""
        BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 512/QĐ-BYT | Hà Nội, ngày 02 tháng 2 năm 2026 |
        KẾ HOẠCH
        Phòng chống dịch bệnh mùa đông
        1. Giao Cục Y tế dự phòng chủ trì giám sát dịch bệnh, hoàn thành trong quý I năm 2026.
        """)
        #expect(result.plan.identity.issuer == "Bộ Y tế")
        #expect(result.plan.identity.province == nil)
        #expect(result.plan.identity.slug == "byt-512")
        // A people's committee keeps its province and number.
        let committee = PlanIdentity(issuer: "Ủy ban nhân dân tỉnh Kon Tum", province: "Kon Tum", number: "3785/KH-UBND",
                                     date: nil, title: "", signer: nil)
        #expect(committee.slug == "kon-tum-3785")
        let letter = PlanIdentity(issuer: "Ủy ban nhân dân tỉnh Lào Cai", province: "Lào Cai", number: "7432/UBND-XD",
                                  date: nil, title: "", signer: nil)
        #expect(letter.slug == "lao-cai-7432")
    }

    @Test func monthlyAndQuarterlyDeadlinesArePeriodic() {
        for text in ["Hằng tháng", "Hàng tháng", "Định kỳ hằng quý", "Trước ngày 05 của tháng liền kề",
                     "Định kỳ 6 tháng", "Trước ngày 20 hằng tháng", "Thường xuyên, hằng tháng"] {
            let timeframe = TimeframeParser.parse(text)
            #expect(timeframe.kind == .periodic, "\(text)")
            #expect(timeframe.isRecurringOrContinuous, "\(text)")
            #expect(timeframe.end == nil, "\(text)")
        }
        // A month named with its year is a month, not a rhythm; "trong tháng" alone stays continuous.
        #expect(TimeframeParser.parse("Tháng 6 năm 2026").kind == .month)
        #expect(TimeframeParser.parse("Thường xuyên trong tháng").kind == .continuous)
        #expect(TimeframeParser.parse("Trước ngày 15/12 hằng năm").kind == .yearly)
    }

    @Test func periodicDeadlinesInASentence() {
        func due(_ sentence: String) -> Timeframe? { TimeframeParser.find(inSentence: sentence) }
        #expect(due("Các xã tổng hợp số liệu, gửi Sở Nội vụ trước ngày 05 của tháng liền kề.")?.kind == .periodic)
        #expect(due("Báo cáo tiến độ hằng tháng về Văn phòng UBND tỉnh.")?.kind == .periodic)
        #expect(due("Định kỳ hằng quý, đánh giá kết quả thực hiện.")?.kind == .periodic)
        #expect(due("Hoàn thành trong quý II/2026, báo cáo hằng tháng.")?.kind == .quarter)
    }
}
