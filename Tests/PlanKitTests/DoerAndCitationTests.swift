import Foundation
import Testing
@testable import PlanKit

/// Who does a task when the sentence says it in a roundabout way, what a cited document's date is, and the
/// duties of a section on monitoring — in invented sentences written the way plans and công văn are.
@Suite("Doers, cited documents and monitoring duties")
struct DoerAndCitationTests {
    private let prose = ProseAssignment(agencies: AgencyListParser(directory: TestSupport.directory))

    private func read(_ text: String) throws -> ImportResult {
        try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
    }

    // MARK: A cited document's date is not a deadline

    @Test func theDateACitedDocumentWasSignedOnIsNoDeadline() {
        let byPlan = TimeframeParser.parse("Theo tiến độ tại Kế hoạch số 27/KH-UBND ngày 14/3/2026 của UBND tỉnh")
        #expect(byPlan.kind == .unknown)
        #expect(byPlan.end == nil)
        #expect(byPlan.text == "Theo tiến độ tại Kế hoạch số 27/KH-UBND ngày 14/3/2026 của UBND tỉnh")  // kept as printed
        let spelled = TimeframeParser.parse("Thực hiện theo Quyết định số 9/QĐ-UBND ngày 5 tháng 2 năm 2026 của Chủ tịch UBND tỉnh")
        #expect(spelled.kind == .unknown && spelled.end == nil)
        // A deadline beside a citation is still read; so is the date of a decree's year in its number.
        let both = TimeframeParser.parse("Trước ngày 30/6/2027 theo Công văn số 88/SNV-TCCB ngày 02/01/2027")
        #expect(both.kind == .deadline && both.end == TestSupport.date("2027-06-30"))
        let decree = TimeframeParser.parse("Năm 2027 (theo Nghị định số 45/2026/NĐ-CP ngày 10/02/2026)")
        #expect(decree.kind == .year && decree.end == TestSupport.date("2027-12-31"))
        // "Quý II/2027" has a slash, a letter and a digit, and is no document number.
        #expect(TimeframeParser.parse("Quý II/2027").kind == .quarter)
    }

    @Test func aSentenceThatCitesADocumentGivesItsTaskNoDeadlineFromIt() {
        let cited = TimeframeParser.find(inSentence:
            "Rà soát các điểm cháy nổ, hoàn thành theo Kế hoạch số 12/KH-BCĐ ngày 20/5/2026 của Ban Chỉ đạo.")
        #expect(cited == nil)
        let dated = TimeframeParser.find(inSentence:
            "Theo Kế hoạch số 12/KH-BCĐ ngày 20/5/2026, rà soát các điểm cháy nổ, hoàn thành trước ngày 15/8/2026.")
        #expect(dated?.end == TestSupport.date("2026-08-15"))
    }

    // MARK: "Theo phân công tại …" in a lead cell

    @Test func anAssignmentMadeInAnotherDocumentIsOneUnderstoodReference() {
        let parser = AgencyListParser(directory: TestSupport.directory)
        let refs = parser.parse("Theo phân công tại Kế hoạch số 45/KH-UBND ngày 3/4/2026 của UBND tỉnh")
        #expect(refs.count == 1)
        #expect(refs.first?.isResolved == true)
        #expect(refs.first?.kind == .collective)
        #expect(refs.first?.agencyID == "theo-phan-cong-45-kh-ubnd")
        #expect(refs.first?.printed == "Theo phân công tại Kế hoạch số 45/KH-UBND ngày 3/4/2026 của UBND tỉnh")
        // Two cells citing the same document are the same reference, whatever else they say of it.
        #expect(parser.parse("Theo phân công của Kế hoạch số 45/KH-UBND").first?.agencyID == "theo-phan-cong-45-kh-ubnd")
        // A list that names its bodies after the citation is read as the list it is.
        let listed = parser.parse("Theo phân công tại Quyết định số 7/QĐ-UBND, Sở Y tế")
        #expect(!listed.contains { $0.agencyID?.hasPrefix("theo-phan-cong") == true })
        #expect(listed.contains { $0.agencyID == "so-y-te" })
    }

    @Test func aTableRowAssignedElsewhereWarnsOfNoUnknownAgency() throws {
        let result = try read("""
        KẾ HOẠCH
        Cải cách thủ tục hành chính năm 2027
        II. NHIỆM VỤ
        | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
        |---|---|---|---|---|
        | 1 | Số hóa hồ sơ đất đai | Theo phân công tại Quyết định số 310/QĐ-UBND ngày 02/3/2027 của UBND tỉnh | Sở Tư pháp | Theo các mốc thời gian tại Quyết định số 310/QĐ-UBND ngày 02/3/2027 của UBND tỉnh |
        | 2 | Rà soát quy trình nội bộ | Sở Nội vụ | Văn phòng UBND tỉnh | Quý IV/2027 |
        """)
        let first = try #require(result.plan.tasks.first)
        #expect(first.lead.map(\.agencyID) == ["theo-phan-cong-310-qd-ubnd"])
        #expect(first.timeframe.end == nil)  // not 02/3/2027, the decision's date
        #expect(!result.warnings.contains { $0.kind == .unknownAgency })
        #expect(result.plan.tasks.count == 2)
    }

    // MARK: The doer opens the sentence, words of capacity before the verb

    @Test func theBodiesThatOpenASentenceAreItsDoer() {
        let capacity = prose.read("Các sở, ban, ngành theo chức năng, nhiệm vụ được giao chủ động triển khai kế hoạch này.")
        #expect(capacity?.lead.map(\.agencyID) == ["cac-so-ban-nganh"])
        let grounds = prose.read("Sở Tài chính căn cứ khả năng cân đối ngân sách, chủ trì tham mưu bố trí kinh phí thực hiện.")
        #expect(grounds?.lead.map(\.agencyID) == ["so-tai-chinh"])
        let partners = prose.read("Các sở, ngành có liên quan trong phạm vi quản lý có trách nhiệm phối hợp với Sở Y tế kiểm tra.")
        #expect(partners?.cooperating.map(\.agencyID) == ["so-y-te"])
        #expect(partners?.lead.isEmpty == false)
        // A sentence that opens with no body has no doer.
        #expect(prose.read("Việc kiểm tra định kỳ theo quy định chủ động thực hiện trong năm.") == nil)
        #expect(prose.read("Báo cáo kết quả thực hiện, chủ động đề xuất giải pháp.") == nil)
    }

    @Test func numberedItemsAfterAgencyHeadingsNameTheirDoersInTheSentence() throws {
        let result = try read("""
        CÔNG VĂN
        Về việc bảo đảm an toàn chợ dân sinh
        1. Sở Công Thương
        - Chủ trì kiểm tra phòng cháy tại các chợ.
        - Hướng dẫn ban quản lý chợ lập phương án thoát nạn.
        2. Công an tỉnh
        - Tập huấn nghiệp vụ chữa cháy cho tiểu thương.
        - Kiểm tra việc lắp đặt thiết bị báo cháy.
        3. Các sở, ban, ngành thuộc tỉnh theo chức năng, nhiệm vụ được giao chủ động phối hợp với Sở Công Thương tuyên truyền cho người dân.
        4. Các tổ chức, cá nhân kinh doanh tại chợ có trách nhiệm trang bị bình chữa cháy tại quầy hàng.
        """)
        let three = try #require(result.plan.tasks.first { $0.code == "3" })
        #expect(three.lead.first?.isResolved == true)
        #expect(three.cooperating.map(\.agencyID) == ["so-cong-thuong"])
        let four = try #require(result.plan.tasks.first { $0.code == "4" })
        #expect(four.lead.first?.kind == .collective)
        #expect(result.plan.tasks.count == 6)
    }

    // MARK: A section on monitoring and reporting

    @Test func aMonitoringSectionsSentencesAreDutiesOfTheBodiesTheyName() throws {
        let result = try read("""
        KẾ HOẠCH
        Phát triển thương mại điện tử năm 2027
        II. NHIỆM VỤ
        | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
        |---|---|---|---|---|
        | 1 | Xây dựng sàn giao dịch nông sản | Sở Công Thương | Sở Tài chính | Năm 2027 |
        III. THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO
        - Sở Công Thương là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
        - Các sở, ban, ngành định kỳ kiểm tra tình hình thực hiện trong phạm vi quản lý.
        - Tăng cường giám sát độc lập khi cần.
        - Các sở, ban, ngành báo cáo kết quả về Sở Công Thương trước ngày 15/12 hằng năm.
        """)
        #expect(result.plan.tasks.count == 1)
        let monitoring = result.plan.duties.map { $0.agencies.compactMap(\.agencyID) }
        #expect(monitoring.contains(["so-cong-thuong"]))
        #expect(monitoring.contains(["cac-so-ban-nganh"]))
        #expect(result.plan.duties.count == 2)  // the sentence that names nobody is no one's duty
        #expect(result.plan.reporting.count == 1)
        #expect(result.plan.reporting.first?.dueMonth == 12)
    }

    // MARK: What a scheme consists of

    private func roles(_ result: ImportResult) -> [Int: LineRole] {
        Dictionary(uniqueKeysWithValues: result.explanation().compactMap { line in line.role.map { (line.number, $0) } })
    }

    @Test func theContentOfAnIndexIsKeptNotReportedAsUnread() throws {
        let result = try read("""
        QUYẾT ĐỊNH
        Phê duyệt Bộ chỉ số đánh giá chuyển đổi số cấp xã
        I. MỤC TIÊU
        Đánh giá khách quan kết quả chuyển đổi số của các xã, phường.
        II. NỘI DUNG BỘ CHỈ SỐ
        1. Cấu trúc bộ chỉ số
        Bộ chỉ số gồm 5 lĩnh vực đánh giá và 30 tiêu chí thành phần.
        - Thang điểm đánh giá là 100.
        + Mức TỐT tương ứng với kết quả đạt từ 80% trở lên;
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Khoa học và Công nghệ
        - Chủ trì hướng dẫn các xã, phường tự đánh giá, hoàn thành trước ngày 30/9/2027.
        """)
        let byLine = roles(result)
        #expect(byLine[7] == .content)
        #expect(byLine[8] == .content)
        #expect(byLine[9] == .content)
        #expect(byLine[6] == .heading)
        #expect(!result.warnings.contains { $0.kind == .unreadLine })
        #expect(result.plan.tasks.count == 1)
    }

    @Test func aSectionOfWorkToDoIsNoDescription() throws {
        let result = try read("""
        KẾ HOẠCH
        Chỉnh trang đô thị năm 2027
        II. NỘI DUNG THỰC HIỆN
        1. Giao Sở Xây dựng chủ trì lập quy hoạch chi tiết, hoàn thành trong quý II/2027.
        2. Việc chỉnh trang phải bảo đảm mỹ quan.
        """)
        let byLine = roles(result)
        #expect(byLine[4] == .task("II.1"))
        if case .notUnderstood = byLine[5] {} else { Issue.record("line 5 should be reported: \(String(describing: byLine[5]))") }
    }

    // MARK: A sentence cut inside a body's name

    @Test func aLineThatEndsOnABodysHeadGoesOnInTheNext() {
        #expect(ParagraphAssembler.continues("Chủ tịch Ủy ban nhân dân", with: "Tỉnh yêu cầu các sở thực hiện nghiêm."))
        #expect(ParagraphAssembler.continues("đề nghị gửi văn bản về Sở", with: "Tài chính để tổng hợp."))
        #expect(ParagraphAssembler.continues("báo cáo UBND", with: "Thành phố trước ngày 10/12."))
        // "số" and "bố" fold like "sở" and "bộ" but open no name; a sentence that ends is not cut.
        #expect(!ParagraphAssembler.continues("Kế hoạch này gồm số", with: "Liệu kèm theo."))
        #expect(!ParagraphAssembler.continues("Gửi Ủy ban nhân dân.", with: "Thành phố sẽ xem xét."))
        #expect(!ParagraphAssembler.continues("Phục vụ người dân", with: "Thành phố tiếp tục cải cách."))
    }

    @Test func aClosingParagraphAfterAnUntitledItemIsNoTasksText() throws {
        let result = try read("""
        CÔNG VĂN
        Về việc phòng chống lụt bão
        1. Giao Sở Nông nghiệp và Môi trường
        Chủ trì kiểm tra các hồ chứa nước trước mùa mưa bão.
        2. Tổ chức thực hiện
        Thủ trưởng các sở, ban, ngành chịu trách nhiệm triển khai; trong quá trình thực hiện nếu có vướng mắc, báo cáo Sở Nông nghiệp và Môi trường để tổng hợp.
        """)
        #expect(result.plan.tasks.count == 1)
        let byLine = roles(result)
        #expect(byLine[6] == .boilerplate)
        #expect(byLine[5] == .heading)
    }

    @Test func theDocumentsLastParagraphIsItsClosing() throws {
        let result = try read("""
        CÔNG VĂN
        Về việc kiểm tra an toàn thực phẩm
        1. Giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể, hoàn thành trong tháng 9/2027.
        Căn cứ nội dung trên, các đơn vị liên quan khẩn trương thực hiện./.
        """)
        #expect(roles(result)[4] == .boilerplate)
        // A task that ends the document keeps its task.
        let last = try read("""
        CÔNG VĂN
        Về việc kiểm tra an toàn thực phẩm
        1. Giao Sở Y tế chủ trì kiểm tra các bếp ăn tập thể, hoàn thành trong tháng 9/2027./.
        """)
        #expect(roles(last)[3] == .task("1"))
    }

    @Test func aNumberedFundingItemsParagraphsSayWhereTheMoneyComesFrom() throws {
        let result = try read("""
        QUYẾT ĐỊNH
        Phê duyệt Đề án số hóa hồ sơ lưu trữ
        III. TỔ CHỨC THỰC HIỆN
        1. Trách nhiệm thực hiện
        a) Sở Nội vụ chủ trì hướng dẫn các đơn vị số hóa hồ sơ, hoàn thành trong năm 2027.
        2. Kinh phí thực hiện
        a) Kinh phí số hóa được bố trí từ ngân sách nhà nước theo phân cấp hiện hành.
        b) Việc quản lý, sử dụng kinh phí thực hiện theo quy định của pháp luật.
        """)
        let byLine = roles(result)
        #expect(byLine[7] == .funding)
        #expect(byLine[8] == .funding)
    }
}
