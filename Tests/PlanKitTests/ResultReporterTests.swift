import Foundation
import Testing
@testable import PlanKit

/// Who reports a row: collective leads do, a merged agency reports through its successor after the merger,
/// and a span of "6 tháng" is no half-yearly rhythm. Counted by hand from the Kon Tum plan's task table.
@Suite struct ResultReporterTests {
    let year = ReportingPeriod(code: "2026")!

    func konTum(period: ReportingPeriod, directory: AgencyDirectory?) throws -> PeriodReport {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        return PeriodCompiler.compile(.init(plan: plan, statuses: ReportFixtures.konTumStatuses, results: [], sections: []),
                                      period: period, today: ReportFixtures.asOf, directory: directory)
    }

    @Test func aCollectiveLeadHasItsRow() throws {
        let report = try konTum(period: year, directory: nil)
        // IV.1 is led by "Các sở, ban ngành, Ủy ban nhân dân các huyện, thành phố": before, no part held it.
        let holders = report.agencies.filter { $0.rows.contains { $0.task.code == "IV.1" && $0.role == .lead } }
        #expect(!holders.isEmpty)
        // Every task of the plan is some agency's lead row now (fifteen tasks, fifteen led rows at least).
        let ledTasks = Set(report.agencies.flatMap { $0.rows.filter { $0.role == .lead }.map(\.task.code) })
        #expect(ledTasks.count == 15)
        // A collective that only cooperates ("các đơn vị, địa phương có liên quan") sends no report.
        #expect(!report.agencies.contains { part in part.rows.allSatisfy { $0.role == .cooperating } && part.name.lowercased().hasPrefix("các đơn vị") })
    }

    @Test func aMergedAgencyReportsThroughItsSuccessorAfterTheMerger() throws {
        let after = try konTum(period: year, directory: TestSupport.directory)
        #expect(!after.agencies.contains { $0.key == "so-ke-hoach-dau-tu" })
        let finance = try #require(after.agencies.first { $0.key == "so-tai-chinh" })
        #expect(finance.name == "Sở Tài chính")
        // Sở KH&ĐT's ten rows (leads I.1, II.1, IV.2, V.1, V.2, VI.2, VII.2; cooperates on I.2, III.1, VI.1), with
        // II.1, where Sở Tài chính also cooperates, once, as lead.
        #expect(finance.rows.filter { $0.role == .lead }.map(\.task.code) == ["I.1", "II.1", "IV.2", "V.1", "V.2", "VI.2", "VII.2"])
        #expect(finance.rows.filter { $0.task.code == "II.1" }.count == 1)
        // Before the merger (1 March 2025) the department reported under its own name.
        let before = try konTum(period: ReportingPeriod(code: "2024")!, directory: TestSupport.directory)
        #expect(before.agencies.first { $0.key == "so-ke-hoach-dau-tu" }?.rows.count == 10)
    }

    @Test func theSuccessorMayWriteThePredecessorsRow() throws {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let task = try #require(plan.task(code: "I.1"))
        #expect(task.role(of: "so-tai-chinh", in: year, directory: TestSupport.directory) == .lead)
        #expect(task.role(of: "so-tai-chinh", in: ReportingPeriod(code: "2024")!, directory: TestSupport.directory) == nil)
        #expect(task.role(of: "so-ke-hoach-dau-tu", in: year, directory: TestSupport.directory) == .lead)  // as the plan names it
    }

    @Test func sixMonthsIsARhythmOnlyWhenItRecurs() {
        #expect(ReportingRhythm.of(dutyText: "hoàn thành trong 6 tháng, báo cáo UBND tỉnh trước ngày 15 tháng 11 hằng năm") == .year)
        #expect(ReportingRhythm.of(dutyText: "sau 6 tháng kể từ ngày ký, báo cáo kết quả hằng năm") == .year)
        #expect(ReportingRhythm.of(dutyText: "Định kỳ 6 tháng báo cáo UBND tỉnh") == .half)
        #expect(ReportingRhythm.of(dutyText: "báo cáo kết quả 6 tháng đầu năm và cả năm") == .half)
        #expect(ReportingRhythm.of(dutyText: "Báo cáo 6 tháng, năm gửi Sở Công Thương") == .half)
        #expect(ReportingRhythm.of(dutyText: "bao cao dinh ky sau thang") == .half)
    }

    @Test func aPeriodsDeadlineFromTheYearlyDuty() throws {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        // "trước ngày 15 tháng 11 hằng năm"
        #expect(ReportingDeadline.due(for: year, plan: plan, agency: nil, directory: nil) == TestSupport.date("2026-11-15"))
        #expect(ReportingDeadline.due(for: ReportingPeriod(code: "2027")!, plan: plan, agency: "so-tai-chinh",
                                      directory: TestSupport.directory) == TestSupport.date("2027-11-15"))
        #expect(ReportingPeriod(code: "2026-Q4")?.next?.code == "2027-Q1")
        #expect(ReportingPeriod(code: "2026-11")?.next?.code == "2026-12")
    }
}
