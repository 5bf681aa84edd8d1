import Dashboard
import Foundation
import PlanKit
import Testing

/// The Word report as kehoach's own Word reader sees it: the heading, the sections, the form's rows and
/// figures, hostile text kept as text.
@Suite struct DocxReportTests {
    static let period = ReportingPeriod(code: "2026")!
    static let planning = "so-ke-hoach-dau-tu"

    static func report() -> PeriodReport {
        let results = [
            TaskResult(key: ResultKey(taskCode: "I.1", period: period, agency: planning), role: .lead,
                       text: "Tổ chức 2 hội thảo \"3 Nhà\" & ký <3> thỏa thuận\u{1}",
                       quantities: [ResultQuantity(value: 120, unit: "nhân lực")], difficulties: "Thiếu kinh phí", version: 1),
            TaskResult(key: ResultKey(taskCode: "II.1", period: period, agency: planning), role: .lead,
                       text: "Đã bố trí 1,5 tỷ đồng", assessment: .ahead, version: 1),
        ]
        let sections = [AgencySections(agency: planning, period: period, shortcomings: "Nguồn nhân lực còn thiếu",
                                       direction: "Tiếp tục tuyển sinh", proposals: "Bổ sung kinh phí năm 2027", version: 1)]
        return PeriodCompiler.compile(.init(plan: Seeds.konTum, statuses: [:], results: results, sections: sections),
                                      period: period, today: Seeds.date("2026-11-23"), agency: planning)
    }

    static let heading = OfficialHeading(body: "Sở Kế hoạch và Đầu tư", superior: "Ủy ban nhân dân tỉnh Kon Tum",
                                         number: "125/BC-SKHĐT", place: "Kon Tum", date: Seeds.date("2026-11-05"),
                                         signerTitle: "Giám đốc", signerName: "Nguyễn Văn An",
                                         recipients: ["UBND tỉnh (b/c)"])

    @Test func theDocumentReadsBackWithItsHeadingSectionsAndRows() throws {
        let bytes = try DocxReport.build(Self.report(), plan: Seeds.konTum, heading: Self.heading, wording: Localizer(.vi))
        let text = try DocumentFile.extract(Data(bytes), path: "bao-cao.docx").text
        for expected in [
            "ỦY BAN NHÂN DÂN TỈNH KON TUM", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số: 125/BC-SKHĐT", "Kon Tum, ngày 05 tháng 11 năm 2026", "BÁO CÁO",
            "Kết quả thực hiện Kế hoạch số 3785/KH-UBND ngày 22/10/2024 năm 2026",
            "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
            // Ten tasks (seven led, three cooperated on), no status recorded: all ten not started.
            "Tổng số nhiệm vụ: 10; trong đó chưa thực hiện: 10. Tỷ lệ nhiệm vụ quá hạn: 0,0% (0/10 nhiệm vụ có thời hạn).",
            "Tổ chức 2 hội thảo \"3 Nhà\" & ký <3> thỏa thuận (120 nhân lực)", "Nguồn nhân lực còn thiếu; Nhiệm vụ I.1: Thiếu kinh phí",
            "Tiếp tục tuyển sinh", "Bổ sung kinh phí năm 2027", "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT.", "GIÁM ĐỐC",
            "Nguyễn Văn An", "Biểu 01", "(Kèm theo Báo cáo số 125/BC-SKHĐT ngày 05/11/2026 của Sở Kế hoạch và Đầu tư)",
            "| **TT** | **Tên nhiệm vụ** | **Vai trò** | **Kết quả thực hiện trong kỳ** | **Lũy kế đến thời điểm báo cáo** | **Tiến độ** |",
            "| Chủ trì | Đã bố trí 1,5 tỷ đồng | | Vượt |",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("\u{1}"))
        // One row per task of the agency, numbered 1…10 in the form.
        #expect(text.contains("| 10 | "))
        #expect(!text.contains("| 11 | "))
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let a = try DocxReport.build(Self.report(), plan: Seeds.konTum, heading: Self.heading, wording: Localizer(.vi))
        let b = try DocxReport.build(Self.report(), plan: Seeds.konTum, heading: Self.heading, wording: Localizer(.vi))
        #expect(a == b)
    }
}
