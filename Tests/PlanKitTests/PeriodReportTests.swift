import Foundation
import Testing
@testable import PlanKit

@Suite struct ReportingPeriodTests {
    @Test func parsesEveryWrittenFormAndRefusesTheRest() {
        #expect(ReportingPeriod(code: "2026-Q4")?.firstDay == TestSupport.date("2026-10-01"))
        #expect(ReportingPeriod(code: "2026-q4")?.lastDay == TestSupport.date("2026-12-31"))
        #expect(ReportingPeriod(code: "2026-H1")?.lastDay == TestSupport.date("2026-06-30"))
        #expect(ReportingPeriod(code: "2028-02")?.lastDay == TestSupport.date("2028-02-29"))
        #expect(ReportingPeriod(code: "2026-M11")?.code == "2026-11")
        #expect(ReportingPeriod(code: "2026")?.lastDay == TestSupport.date("2026-12-31"))
        for bad in ["", "2026-Q5", "2026-H0", "2026-13", "26-Q1", "2026-Q", "2026-Q1-1", "2026-Q١", "quý 4"] {
            #expect(ReportingPeriod(code: bad) == nil, "\(bad)")
        }
    }

    @Test func containingAndLabels() {
        let day = TestSupport.date("2026-11-23")
        #expect(ReportingPeriod.containing(day, rhythm: .quarter).code == "2026-Q4")
        #expect(ReportingPeriod.containing(day, rhythm: .half).code == "2026-H2")
        #expect(ReportingPeriod.containing(day, rhythm: .month).code == "2026-11")
        #expect(ReportingPeriod(code: "2026-Q4")?.label(vietnamese: true) == "quý IV năm 2026")
        #expect(ReportingPeriod(code: "2026-H1")?.label(vietnamese: true) == "6 tháng đầu năm 2026")
        #expect(ReportingPeriod(code: "2026-Q1")?.previous?.code == "2025-Q4")
    }

    @Test func rhythmFromTheReportingDutyWording() throws {
        #expect(ReportingRhythm.of(dutyText: "báo cáo UBND tỉnh trước ngày 15 tháng 11 hằng năm") == .year)
        #expect(ReportingRhythm.of(dutyText: "Định kỳ trước ngày 20 hằng tháng, báo cáo kết quả") == .month)
        #expect(ReportingRhythm.of(dutyText: "báo cáo định kỳ hàng quý (trước ngày 15 của tháng cuối quý)") == .quarter)
        #expect(ReportingRhythm.of(dutyText: "Báo cáo 6 tháng, năm gửi Sở Công Thương") == .half)
        #expect(ReportingRhythm.of(dutyText: "bao cao hang thang") == .month)  // typed without diacritics
        #expect(ReportingRhythm.of(dutyText: "định kỳ hằng năm báo cáo theo quy định") == .year)  // "quy định" is no quarter
        // Both bundled plans ask for a yearly report.
        for file in [TestSupport.konTumFile, TestSupport.thaiNguyenFile] {
            #expect(ReportingRhythm.of(plan: try TestSupport.importSeed(file).plan) == .year)
        }
    }
}

/// A period's compiled report on the seed plans, with `ReportFixtures`' statuses as of 2026-11-23 and a few
/// results; the figures are counted by hand from the plans' task tables (see the comments).
@Suite struct PeriodCompilerTests {
    let year = ReportingPeriod(code: "2026")!
    let planning = "so-ke-hoach-dau-tu"
    let college = "truong-cao-dang-kon-tum"

    func result(_ code: String, _ agency: String, _ text: String, quantities: [ResultQuantity] = [],
                period: String = "2026", assessment: Assessment? = nil) -> TaskResult {
        TaskResult(key: ResultKey(taskCode: code, period: ReportingPeriod(code: period)!, agency: agency),
                   role: .lead, text: text, quantities: quantities, assessment: assessment, version: 1)
    }

    func konTum(results: [TaskResult], sections: [AgencySections] = [], agency: String? = nil) throws -> PeriodReport {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        return PeriodCompiler.compile(.init(plan: plan, statuses: ReportFixtures.konTumStatuses, results: results,
                                            sections: sections), period: year, today: ReportFixtures.asOf, agency: agency)
    }

    @Test func konTumCategoriesRowsAndWhoHasNotReported() throws {
        let collegeKey = try #require(TestSupport.importSeed(TestSupport.konTumFile).plan.task(code: "I.1")?
            .cooperating.first?.reportingKey)
        let report = try konTum(results: [
            result("I.1", planning, "Tổ chức 2 hội thảo hợp tác 3 Nhà",
                   quantities: [ResultQuantity(value: 120, unit: "nhân lực")]),
            result("I.1", planning, "Hội thảo lần 1", quantities: [ResultQuantity(value: 30, unit: "nhân lực")], period: "2025"),
            result("I.1", collegeKey, "Cử 40 giảng viên tham gia"),
        ], sections: [AgencySections(agency: "so-giao-duc-dao-tao", period: year, shortcomings: "Thiếu giảng viên")])
        #expect(report.asOf == ReportFixtures.asOf)  // the year still runs
        // The Government Office's categories, as the yearly report counts them (ReportTests.konTumTotals).
        #expect(report.counts.total == 15)
        #expect(report.counts.doneOnTime == 2)
        #expect(report.counts.inProgress == 3)
        #expect(report.counts.notStarted == 8)
        #expect(report.counts.overdue == 0)
        #expect(report.counts.overdueRatio == 0)

        let planningPart = try #require(report.agencies.first { $0.key == planning })
        // Leads I.1, II.1, IV.2, V.1, V.2, VI.2, VII.2; cooperates on I.2, III.1, VI.1: ten rows, one written.
        #expect(planningPart.rows.count == 10)
        #expect(planningPart.rows.filter { $0.role == .lead }.map(\.task.code) == ["I.1", "II.1", "IV.2", "V.1", "V.2", "VI.2", "VII.2"])
        #expect(planningPart.missingRows == 9)
        #expect(planningPart.counts.total == 7)
        let first = try #require(planningPart.rows.first)
        #expect(first.result?.text == "Tổ chức 2 hội thảo hợp tác 3 Nhà")
        #expect(first.assessment == .met)  // done 30/06, due 31/12 of the reported year
        #expect(first.cumulative == [ResultQuantity(value: 150, unit: "nhân lực")])  // 30 in 2025 + 120 in 2026

        let collegePart = try #require(report.agencies.first { $0.key == collegeKey })
        // Leads III.1, III.3, VII.3; cooperates on I.1, III.2, V.1.
        #expect(collegePart.rows.map(\.task.code) == ["I.1", "III.1", "III.2", "III.3", "V.1", "VII.3"])
        #expect(collegePart.rows.first?.role == .cooperating)
        #expect(collegePart.hasReported)
        #expect(report.agencies.first { $0.key == "so-giao-duc-dao-tao" }?.hasReported == true)  // sections only
        // Lead agencies with nothing written: Khoa học và Công nghệ (VI.1), Thông tin và Truyền thông (VII.1).
        #expect(report.notReported.contains("Sở Khoa học và Công nghệ"))
        #expect(report.notReported.contains("Sở Thông tin và Truyền thông"))
        #expect(!report.notReported.contains { $0.contains("Kế hoạch") || $0.contains("Giáo dục") || $0.contains("Cao đẳng") })
    }

    @Test func oneAgencysPart() throws {
        let report = try konTum(results: [], agency: planning)
        #expect(report.agencies.map(\.key) == [planning])
        #expect(report.counts.total == 10)  // the ten tasks it leads or cooperates on
        #expect(report.notReported.count == 1)
    }

    @Test func thaiNguyenOverdueRatioAndAssessments() throws {
        let plan = try TestSupport.importSeed(TestSupport.thaiNguyenFile).plan
        let values = [ResultQuantity(value: 120, unit: "nhân lực", objectiveIndex: 6, targetIndex: 0)]
        let report = PeriodCompiler.compile(
            .init(plan: plan, statuses: ReportFixtures.thaiNguyenStatuses,
                  results: [result("3.1", planning, "Đã trình dự thảo", quantities: values),
                            result("3.2", planning, "Chưa triển khai", assessment: .met)], sections: []),
            period: year, today: ReportFixtures.asOf, calculator: StandingCalculator(dueSoonDays: 45))
        // ReportTests.thaiNguyenTotals: 16 tasks, 3.1 and 3.2 overdue out of 14 with a deadline.
        #expect(report.counts.total == 16)
        #expect(report.counts.doneLate == 1)
        #expect(report.counts.overdue == 2)
        #expect(report.counts.overdueRatio == 2.0 / 14.0)
        let planningPart = try #require(report.agencies.first { $0.key == planning })
        #expect(planningPart.counts.overdue == 2)
        let rows = Dictionary(uniqueKeysWithValues: planningPart.rows.map { ($0.task.code, $0) })
        #expect(rows["3.1"]?.assessment == .behind)  // overdue
        #expect(rows["3.2"]?.assessment == .met)  // the agency's own word stands
        #expect(rows["3.3"]?.isMissing == true)
        // "đào tạo 120 nhân lực" counts toward "khoảng 300 nhân lực mỗi năm".
        #expect(report.targets == [.init(objectiveIndex: 6, targetIndex: 0, value: 120)])
    }

    @Test func aPastPeriodIsReadOnItsLastDay() throws {
        let report = try konTum(results: [], agency: nil)
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let past = PeriodCompiler.compile(.init(plan: plan, statuses: [:], results: [], sections: []),
                                          period: ReportingPeriod(code: "2025-Q2")!, today: ReportFixtures.asOf)
        #expect(past.asOf == TestSupport.date("2025-06-30"))
        #expect(report.agencies.allSatisfy { !$0.hasReported })
    }
}
