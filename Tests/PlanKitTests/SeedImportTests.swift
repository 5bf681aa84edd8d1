import Foundation
import Testing
@testable import PlanKit

@Suite("Importing the two bundled plans")
struct SeedImportTests {
    @Test func thaiNguyenTasksAndGroups() throws {
        let result = try TestSupport.importSeed(TestSupport.thaiNguyenFile)
        let plan = result.plan
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(plan.tasks.map(\.code) == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2",
                                           "5.1", "5.2", "5.3", "5.4", "6"])
        #expect(plan.groups.map(\.code) == ["1", "2", "3", "4", "5", "6"])
        // 1.1 has no "chủ trì": the lead stands before "phối hợp với".
        #expect(plan.task(code: "1.1")?.lead.map(\.canonical) == ["Sở Thông tin và Truyền thông"])
        #expect(plan.task(code: "4.2")?.lead.map(\.canonical) == ["Sở Nội vụ", "Sở Kế hoạch và Đầu tư"])
        let due = try #require(plan.task(code: "2.2")?.timeframe)
        #expect(due.kind == .quarter)
        #expect(due.end == TestSupport.date("2029-09-30"))
        #expect(due.text == "Quý III năm 2029")
        let six = try #require(plan.task(code: "6"))
        #expect(six.timeframe.kind == .continuous)
        #expect(six.lead.count == 5)
        #expect(six.lead.first?.kind == .collective)
        #expect(six.cooperating.map(\.agencyID) == ["so-thong-tin-truyen-thong"])
        #expect(plan.task(code: "1.1")?.timeframe.start == TestSupport.date("2025-01-01"))
        #expect(plan.task(code: "1.1")?.timeframe.end == TestSupport.date("2026-12-31"))
    }

    @Test func thaiNguyenObjectivesAndTargets() throws {
        let plan = try TestSupport.importSeed(TestSupport.thaiNguyenFile).plan
        #expect(plan.objectives.count == 10)
        #expect(plan.objectives.filter { $0.level == .general }.count == 3)
        #expect(plan.objectives.filter { $0.level == .byYear(2030) }.count == 4)
        #expect(plan.objectives.filter { $0.level == .byYear(2050) }.count == 3)
        let targets = plan.objectives.flatMap(\.targets)
        #expect(targets.map(\.value) == [1, 20, 300, 1000, 2000])
        #expect(targets.map(\.qualifier) == [.atLeast, .about, .about, .about, .about])
        #expect(targets.map(\.period) == [.byYear(2030), .perYear, .perYear, .perYear, .perYear])
        #expect(targets.map(\.unit) == ["dự án", "lượt", "nhân lực", "nhân lực", "nhân lực"])
    }

    @Test func thaiNguyenIdentityDutiesReportingFootnotes() throws {
        let plan = try TestSupport.importSeed(TestSupport.thaiNguyenFile).plan
        #expect(plan.identity.province == "Thái Nguyên")
        #expect(plan.identity.signer == "Lê Quang Tiến")
        #expect(plan.identity.number == nil)  // this published copy carries no number
        #expect(plan.identity.slug == "thai-nguyen")
        #expect(plan.duties.count == 10)
        #expect(plan.duties.last?.agencies.map(\.agencyID) == ["dai-hoc-thai-nguyen"])
        #expect(plan.duties.first?.remark?.hasPrefix("Cơ quan chuyên môn") == true)
        let report = try #require(plan.reporting.first)
        #expect(plan.reporting.count == 1)
        #expect((report.dueDay, report.dueMonth) == (10, 12))
        #expect(report.recipient?.agencyID == "ubnd-tinh")
        #expect(report.through?.agencyID == "so-thong-tin-truyen-thong")
        #expect(report.nextDue(onOrAfter: TestSupport.date("2026-11-23")) == TestSupport.date("2026-12-10"))
        #expect(plan.footnotes.map(\.number) == [1, 2, 3, 4])
        #expect(plan.footnotes[3].text.hasPrefix("Kế hoạch số 210/KH-UBND"))
    }

    @Test func konTumFromItsAppendixTable() throws {
        let result = try TestSupport.importSeed(TestSupport.konTumFile)
        let plan = result.plan
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(plan.identity.number == "3785/KH-UBND")
        #expect(plan.identity.date == TestSupport.date("2024-10-22"))
        #expect(plan.identity.signer == "Nguyễn Ngọc Sâm")
        #expect(plan.identity.slug == "kon-tum-3785")
        #expect(plan.tasks.count == 15)
        #expect(plan.groups.map(\.code) == ["I", "II", "III", "IV", "V", "VI", "VII"])
        #expect(plan.groups.map { plan.tasks(inGroup: $0.code).count } == [2, 1, 3, 2, 2, 2, 3])
        #expect(plan.task(code: "I.1")?.timeframe.kind == .yearly)
        let ii1 = try #require(plan.task(code: "II.1")?.timeframe)
        #expect(ii1.kind == .yearRange)
        #expect(ii1.start == TestSupport.date("2025-01-01"))
        #expect(ii1.end == TestSupport.date("2030-12-31"))
        #expect(ii1.note == "Căn cứ khả năng bố trí vốn")
        #expect(plan.task(code: "VII.1")?.timeframe.kind == .continuousYearly)
        #expect(plan.task(code: "VII.2")?.timeframe.end == TestSupport.date("2030-12-31"))
        #expect(plan.task(code: "VII.3")?.timeframe.kind == .continuous)
        #expect(plan.task(code: "I.1")?.submissionLevel == "Cơ quan có thẩm quyền")
        #expect(plan.task(code: "VII.1")?.lead.map(\.agencyID) == ["so-thong-tin-truyen-thong", "so-giao-duc-dao-tao"])
        #expect(plan.task(code: "VII.1")?.cooperating.map(\.printed) == ["Các sở, ban ngành", "Ủy ban nhân dân các huyện, thành phố"])
        #expect(plan.task(code: "IV.1")?.lead.map(\.agencyID) == ["cac-so-ban-nganh", "ubnd-cap-huyen"])
        #expect(plan.task(code: "I.1")?.cooperating.map(\.printed) == ["Trường Cao đẳng Kon Tum", "các đơn vị, địa phương có liên quan"])
    }

    @Test func konTumObjectivesDutiesReporting() throws {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        #expect(plan.objectives.map(\.level) == [.general, .general, .byYear(2030), .byYear(2050), .byYear(2050)])
        #expect(plan.duties.count == 10)
        #expect(plan.duties[0].items.count == 3)
        let report = try #require(plan.reporting.first)
        #expect((report.dueDay, report.dueMonth) == (15, 11))
        #expect(report.recipient?.agencyID == "bo-ke-hoach-dau-tu")
        #expect(report.reporters.map(\.agencyID) == ["so-ke-hoach-dau-tu"])
        // The deadline was split over two lines in the published text.
        #expect(report.text.contains("trước ngày 15 tháng 11 hằng năm"))
    }

    @Test func everyAgencyReferenceResolves() throws {
        for file in [TestSupport.thaiNguyenFile, TestSupport.konTumFile] {
            let plan = try TestSupport.importSeed(file).plan
            var refs = plan.tasks.flatMap { $0.lead + $0.cooperating } + plan.duties.flatMap(\.agencies)
            refs += plan.reporting.flatMap { $0.reporters + [$0.recipient, $0.through].compactMap { $0 } }
            #expect(!refs.isEmpty)
            for ref in refs { #expect(ref.isResolved, "\(file): \(ref.printed)") }
        }
    }

    @Test func kếHoạchVàĐầuTưIsNowTheFinanceDepartment() throws {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let ref = try #require(plan.task(code: "I.1")?.lead.first)
        #expect(ref.canonical == "Sở Kế hoạch và Đầu tư")
        let now = try #require(ref.agencyID.flatMap { TestSupport.directory.current($0, on: TestSupport.date("2026-11-23")) })
        #expect(now.name == "Sở Tài chính")
    }

    /// The whole parsed plan, as JSON, against a reviewed copy. Set KEHOACH_UPDATE_GOLDEN=1 to rewrite it.
    @Test(arguments: [("thai-nguyen.json", TestSupport.thaiNguyenFile), ("kon-tum-3785.json", TestSupport.konTumFile)])
    func goldenJSON(golden: String, file: String) throws {
        let json = try PlanDocument(try TestSupport.importSeed(file).plan).json() + "\n"
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/PlanKitTests/Golden/\(golden)")
        if ProcessInfo.processInfo.environment["KEHOACH_UPDATE_GOLDEN"] == "1" {
            try json.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(json == expected)
    }
}
