import Foundation
import Testing
@testable import PlanKit

/// Partners named in the task's sentence, periods that belong to a cited document's name, a start year,
/// the signer in a Word table or a PDF's side-by-side block, and reports due on several days a year — in
/// invented sentences written the way plans and công văn are.
@Suite("Partners, document periods, signers and reporting days")
struct PartnersPeriodsAndSignaturesTests {
    private let agencies = AgencyListParser(directory: TestSupport.directory)
    private var prose: ProseAssignment { ProseAssignment(agencies: agencies) }

    private func partners(_ sentence: String) -> [String?] {
        prose.cooperating(in: sentence, after: sentence.startIndex).map(\.agencyID)
    }

    // MARK: Partners in the sentence

    @Test func partnersAfterPhoiHopWithHowWordsBetween() {
        #expect(partners("Phối hợp chặt chẽ với Sở Tài chính và Sở Y tế rà soát danh mục thiết bị.") == ["so-tai-chinh", "so-y-te"])
        #expect(partners("Thường xuyên phối hợp Sở Y tế kiểm tra các cơ sở.") == ["so-y-te"])
        #expect(partners("Chủ trì, phối hợp cùng với Sở Tài chính lập dự toán.") == ["so-tai-chinh"])
        // "phối hợp" that names no one: a verb or a common noun comes next.
        #expect(partners("Chủ trì, phối hợp, đề xuất Bộ Tài chính sửa đổi định mức.").isEmpty)
        #expect(partners("Tăng cường phối hợp giữa các ngành trong quản lý.").isEmpty)
        // The first "phối hợp" that names someone.
        #expect(partners("Chủ trì, phối hợp, hướng dẫn các đơn vị; phối hợp với Sở Y tế kiểm tra.") == ["so-y-te"])
    }

    @Test func bodiesBeforeAColonAreGivenTheWorkAfterIt() {
        let reading = prose.read("Sở Y tế, Sở Tài chính: Rà soát định mức, phối hợp với Sở Nội vụ trình UBND tỉnh.")
        #expect(reading?.lead.map(\.agencyID) == ["so-y-te", "so-tai-chinh"])
        #expect(reading?.cooperating.map(\.agencyID) == ["so-noi-vu"])
        // A label is no body, and a colon with no work after it is a heading.
        #expect(prose.read("Đơn vị thực hiện: Sở Y tế, Sở Tài chính") == nil)
        #expect(prose.read("Mục tiêu: nâng cao chất lượng dịch vụ công trực tuyến.") == nil)
    }

    @Test func aLabelledTaskTakesThePartnersItsSentenceNames() throws {
        let text = """
        ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
        Số: 12/KH-UBND
        KẾ HOẠCH
        Nâng cấp trạm y tế xã năm 2026
        I. NHIỆM VỤ
        1. Phối hợp Sở Tài chính rà soát, bổ sung trang thiết bị cho các trạm y tế xã.
        - Đơn vị chủ trì thực hiện: Sở Y tế
        - Thời gian hoàn thành: Quý III/2026
        2. Tập huấn cán bộ y tế cơ sở về quản lý hồ sơ sức khỏe điện tử.
        - Đơn vị chủ trì thực hiện: Sở Y tế
        - Đơn vị phối hợp: Sở Nội vụ
        - Thời gian hoàn thành: Quý IV/2026
        """
        let plan = try PlanImporter.importPlan(text: text, directory: TestSupport.directory).plan
        #expect(plan.tasks.count == 2)
        #expect(plan.tasks.first?.lead.map(\.agencyID) == ["so-y-te"])
        #expect(plan.tasks.first?.cooperating.map(\.agencyID) == ["so-tai-chinh"])
        // A field that names the partners is what counts.
        #expect(plan.tasks.last?.cooperating.map(\.agencyID) == ["so-noi-vu"])
    }

    // MARK: A period that names a document

    @Test func aCitedOrDraftedDocumentsPeriodIsNoDeadline() {
        #expect(TimeframeParser.find(inSentence: "Rà soát, bổ sung Đề án phát triển nguồn nhân lực y tế của tỉnh giai đoạn 2021-2030, trình UBND tỉnh.") == nil)
        #expect(TimeframeParser.find(inSentence: "Đầu tư hạ tầng số theo Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.") == nil)
        // Carrying out a programme in its period, or work the sentence itself times, keeps the period.
        #expect(TimeframeParser.find(inSentence: "Triển khai Chương trình chuyển đổi số giai đoạn 2026-2030.")?.kind == .yearRange)
        #expect(TimeframeParser.find(inSentence: "Sửa đổi quy chế phối hợp, thực hiện trong giai đoạn 2026-2028.")?.kind == .yearRange)
        #expect(TimeframeParser.find(inSentence: "Xây dựng Kế hoạch số hóa hồ sơ, hoàn thành trong năm 2026.")?.kind == .year)
    }

    @Test func aStartYearIsNoDeadline() {
        let start = TimeframeParser.parse("Bắt đầu triển khai từ năm 2027")
        #expect(start.kind == .openEnded)
        #expect(start.start == TestSupport.date("2027-01-01") && start.end == nil)
        #expect(TimeframeParser.parse("Từ năm 2026 đến năm 2028").kind == .yearRange)
    }

    // MARK: Names

    @Test func aWordThatOnlyFoldsLikeAPlaceDoesNotJoinTheName() {
        let refs = agencies.parse("Bộ Khoa học và Công nghệ tình hình triển khai")
        #expect(refs.first?.printed == "Bộ Khoa học và Công nghệ")
        #expect(agencies.parse("Công an tỉnh").first?.printed == "Công an tỉnh")
    }

    // MARK: The signer

    @Test func theSignerInAWordTableOrBesideTheRecipients() {
        func signer(_ lines: [String]) -> String? {
            HeaderReader.signatureName(lines.enumerated().map { Paragraph(line: $0.offset + 1, text: $0.element) })
        }
        #expect(signer(["Trên đây là Kế hoạch của Sở Y tế.",
                        "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT, KHTC. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Lê Văn Bình** |",
                        "|---|---|"]) == "Lê Văn Bình")
        #expect(signer(["| **Nơi nhận:** | **TM. BAN CHỈ ĐẠO** |", "|---|---|",
                        "| - Như trên;<br>- Lưu: VT. | PHÓ TRƯỞNG BAN<br>PHÓ CHỦ TỊCH UBND TỈNH<br>Hoàng Thị Lan |"]) == "Hoàng Thị Lan")
        // A PDF: the title on its own line after the recipients' list, the name lines below; "- Bộ trưởng;"
        // of the list and "Lưu: VT, TCCB." are no signature.
        #expect(signer(["Nơi nhận:", "- Như Điều 3;", "- Bộ trưởng;", "- Lưu: VT, TCCB.", "BỘ TRƯỞNG", "Trần Thị Mai"]) == "Trần Thị Mai")
        // A blank form after the signature, with a title and no name, does not hide it.
        #expect(signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nông Văn Hải", "Phụ lục 01", "BIỂU MẪU BÁO CÁO", "GIÁM ĐỐC", "(Ký, ghi rõ họ tên)"]) == "Nông Văn Hải")
        #expect(signer(["Các sở, ngành triển khai thực hiện."]) == nil)
    }

    @Test func theClosingThatAsksForTheWholeDocumentIsNoTask() {
        func closing(_ text: String) -> Bool { SectionRoles.isClosing(Paragraph(line: 1, text: text)) }
        #expect(closing("Yêu cầu các sở, ban, ngành, địa phương thực hiện nghiêm túc các nhiệm vụ được giao, báo cáo kết quả về Sở Nội vụ."))
        #expect(closing("Đề nghị các cơ quan, đơn vị nghiêm túc triển khai Kế hoạch này."))
        // Work given with "nghiêm túc" is still work.
        #expect(!closing("Đề nghị Công an tỉnh chỉ đạo thực hiện nghiêm túc quy định về phòng cháy, chữa cháy."))
    }

    // MARK: Duties

    @Test func aDutyToTheHeadsOfBodiesIsTheBodies() {
        #expect(DutiesReader.bodiesForHeads("Giám đốc các Sở, Thủ trưởng các ngành, Chủ tịch UBND các xã triển khai")
                == "Các Sở, các ngành, UBND các xã triển khai")
        #expect(DutiesReader.bodiesForHeads("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo")
                == "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh chỉ đạo")
        #expect(DutiesReader.bodiesForHeads("Bộ trưởng Bộ Y tế chỉ đạo") == "Bộ Y tế chỉ đạo")
        // A title that heads no body named after it, and words that only start alike, stay.
        #expect(DutiesReader.bodiesForHeads("Chủ tịch nước ký ban hành") == "Chủ tịch nước ký ban hành")
        #expect(DutiesReader.bodiesForHeads("Giám sát việc thực hiện") == "Giám sát việc thực hiện")
    }

    @Test func dutyHeadingsNameTheirBodiesBeforeAColonOrAfterTheirGrounds() {
        let lines = [
            "1. Căn cứ Kế hoạch này, Giám đốc các Sở, Thủ trưởng các ban, ngành xây dựng kế hoạch triển khai.",
            "2. Văn phòng UBND tỉnh: Theo dõi, đôn đốc, tổng hợp kết quả thực hiện.",
            "3. Trên cơ sở nội dung Chương trình, hướng dẫn của Bộ Nội vụ, Sở Y tế xây dựng kế hoạch của ngành.",
        ]
        var reader = DutiesReader(agencies: agencies)
        reader.read(ArraySlice(lines.enumerated().map { Paragraph(line: $0.offset + 1, text: $0.element) }))
        #expect(reader.duties.count == 3)
        #expect(reader.duties.first.map { !$0.agencies.isEmpty && $0.agencies.allSatisfy(\.isResolved) } == true)
        #expect(reader.duties.dropFirst().first?.agencies.map(\.printed) == ["Văn phòng UBND tỉnh"])
        #expect(reader.duties.last?.agencies.map(\.agencyID) == ["so-y-te"])
    }

    // MARK: Reporting days

    @Test func reportsTwiceAYearAndASecondSentencesOwnReporter() {
        let duties = DutiesReader(agencies: agencies)
        let twice = duties.reportingDuties(in: "Các sở, ban, ngành định kỳ 6 tháng báo cáo kết quả về Sở Nội vụ trước ngày 10 tháng 6 và trước ngày 10 tháng 12.",
                                           reporters: [], line: 1)
        #expect(twice.map(\.dueMonth) == [6, 12])
        #expect(twice.allSatisfy { $0.recipient?.agencyID == "so-noi-vu" && $0.dueDay == 10 })
        let chain = duties.reportingDuties(in: "Các sở, ban, ngành gửi báo cáo hằng năm về Sở Nội vụ trước ngày 15/11. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11.",
                                           reporters: [], line: 1)
        #expect(chain.map(\.dueDay) == [15, 30])
        #expect(chain.last?.reporters.map(\.agencyID) == ["so-noi-vu"])
        #expect(chain.first?.recipient?.agencyID == "so-noi-vu")
        #expect(chain.last?.recipient?.isResolved == true && chain.last?.recipient?.agencyID != "so-noi-vu")
        // A day of every month.
        let monthly = duties.reportingDuties(in: "Các sở báo cáo kết quả về Sở Nội vụ trước ngày 20 hằng tháng.", reporters: [], line: 1)
        #expect(monthly.count == 1)
        #expect(monthly.first.map { $0.isMonthly && $0.dueDay == 20 && $0.recipient?.agencyID == "so-noi-vu" } == true)
        #expect(monthly.first?.nextDue(onOrAfter: TestSupport.date("2026-02-21")) == TestSupport.date("2026-03-20"))
        #expect(monthly.first?.dueDates(in: 2026).count == 12)
        // The 31st of every month is each month's last day.
        let last = ReportingDuty(reporters: [], recipient: nil, through: nil, dueMonth: ReportingDuty.everyMonth, dueDay: 31,
                                 text: "", sourceLine: 1)
        #expect(last.nextDue(onOrAfter: TestSupport.date("2026-02-01")) == TestSupport.date("2026-02-28"))
        // "hằng tháng" with no day is a rhythm with no date: no report day.
        #expect(duties.reportingDuties(in: "Các sở báo cáo UBND tỉnh hằng tháng, trước ngày làm việc cuối cùng.", reporters: [], line: 1).isEmpty)
    }
}
