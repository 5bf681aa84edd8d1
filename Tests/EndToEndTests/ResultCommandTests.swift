import Foundation
import Testing

/// `kehoach result set` and `kehoach due` through the built binary.
@Suite("Result and due commands")
struct ResultCommandTests {
    typealias Scratch = ReportExportCommandTests.Scratch

    @Test func leadAndCooperatingRowsAreWrittenAndDueCountsWhatIsLeft() throws {
        let s = try Scratch()
        let lead = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--text", "Tổ chức 2 hội thảo",
                                  "--quantity", "120 nhân lực"])
        #expect(lead.status == 0, "\(lead.stderr)")
        #expect(lead.stdout.contains("Sở Kế hoạch và Đầu tư (chủ trì) · phiên bản 1"))
        let cooperating = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--agency", "cao dang kon tum",
                                         "--text", "Cử 40 giảng viên", "--lang", "en"])
        #expect(cooperating.stdout.contains("Trường Cao đẳng Kon Tum (cooperating) · version 1"), "\(cooperating.stderr)")
        let again = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2027", "--assessment", "vượt"])
        #expect(again.stdout.contains("phiên bản 2"), "\(again.stderr)")

        // Past 15/11/2026 the next report is the 2027 one; the planning department leads or cooperates on 10 tasks.
        let due = try s.kehoach(["due", "kon-tum-3785", "--agency", "so ke hoach", "--as-of", "23/11/2026"])
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.contains("kon-tum-3785 · năm 2027 · hạn 15/11/2027, còn 357 ngày"), "\(due.stdout)")
        #expect(due.stdout.contains("Sở Kế hoạch và Đầu tư: 9/10 dòng chưa có kết quả"), "\(due.stdout)")
        #expect(due.stdout.contains("II.1, IV.2"), "\(due.stdout)")
        #expect(!due.stdout.contains("Cao đẳng"))
    }

    @Test func badInputIsRefusedAndNothingIsWritten() throws {
        let s = try Scratch()
        let period = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2026-Q5", "--text", "x"])
        #expect(period.status != 0)
        #expect(period.stderr.contains("không phải kỳ báo cáo"))
        let agency = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--agency", "so tai chinh", "--text", "x", "--lang", "en"])
        #expect(agency.stderr.contains("is not assigned to \"so tai chinh\""))
        let empty = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--period", "2026"])
        #expect(empty.stderr.contains("chưa có kết quả"))
        let quantity = try s.kehoach(["result", "set", "kon-tum-3785", "I.1", "--quantity", "nhiều", "--text", "x"])
        #expect(quantity.stderr.contains("--quantity nhiều"))
        let due = try s.kehoach(["due", "kon-tum-3785", "--agency", "so ke hoach", "--as-of", "2026-11-23"])
        #expect(due.stdout.contains("10/10"), "\(due.stdout)")
        #expect(try s.kehoach(["due", "--as-of", "31/02/2026"]).status != 0)
    }
}
