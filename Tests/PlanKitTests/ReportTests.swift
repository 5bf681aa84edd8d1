import Foundation
import Testing
@testable import PlanKit

/// The yearly report on the seed plans as of 2026-11-23, against counts made by hand from the plans'
/// timeframes and `ReportFixtures`' statuses (the literal numbers below; nothing is recomputed).
@Suite struct ReportTests {
    static func konTum() throws -> PlanReport {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        return ReportBuilder.build(ReportInput(planID: "kon-tum-3785", plan: plan, statuses: ReportFixtures.konTumStatuses),
                                   options: ReportOptions(asOf: ReportFixtures.asOf, directory: TestSupport.directory))
    }

    static func thaiNguyen(breakdown: ReportBreakdown = .agency, year: Int? = nil, scope: ReportScope? = nil) throws -> PlanReport {
        let plan = try TestSupport.importSeed(TestSupport.thaiNguyenFile).plan
        let input = ReportInput(planID: "thai-nguyen", plan: plan, statuses: ReportFixtures.thaiNguyenStatuses,
                                changes: ReportFixtures.thaiNguyenChanges, recordedValues: ReportFixtures.thaiNguyenValues)
        // 45 days of due-soon window: task 1.1 (due 31/12/2026, 38 days on) is due soon.
        return ReportBuilder.build(input, options: ReportOptions(asOf: ReportFixtures.asOf, year: year, breakdown: breakdown,
                                                                 dueSoonDays: 45, scope: scope, directory: TestSupport.directory))
    }

    @Test func konTumTotals() throws {
        let t = try Self.konTum().totals
        // 15 tasks. Done on time: I.1 (2026 instance, 30/06) and I.2. In progress within deadline: II.1, III.2,
        // VII.1 (2026 instance, due 31/12, 38 days on: not due soon). Not started: III.3, IV.1, IV.2, V.1, V.2,
        // VI.1, VI.2, VII.2. Continuous: VII.3 (done, but it has no deadline). Suspended: III.1.
        #expect(t.total == 15)
        #expect(t.doneOnTime == 2)
        #expect(t.doneLate == 0)
        #expect(t.inProgress == 3)
        #expect(t.dueSoon == 0)
        #expect(t.overdue == 0)
        #expect(t.notStarted == 8)
        #expect(t.continuous == 1)
        #expect(t.suspended == 1)
        #expect(t.withDeadline == 13)  // 15 − 1 continuous − 1 suspended
        #expect(t.overdueRatio == 0)
    }

    @Test func konTumLeadAgenciesWithSuccessors() throws {
        let report = try Self.konTum()
        let planning = try #require(report.agencies.first { $0.agency.printed == "Sở Kế hoạch và Đầu tư" })
        // Leads I.1 (done on time), II.1 (in progress), IV.2, V.1, V.2, VI.2, VII.2 (not started).
        #expect(planning.agency.successor == "Sở Tài chính")
        #expect(planning.agency.successorSince == TestSupport.date("2025-03-01"))
        #expect(planning.lead.total == 7)
        #expect(planning.lead.doneOnTime == 1)
        #expect(planning.lead.inProgress == 1)
        #expect(planning.lead.notStarted == 5)
        let education = try #require(report.agencies.first { $0.agency.printed == "Sở Giáo dục và Đào tạo" })
        // Leads I.2 (done on time), III.2 and VII.1 (in progress), VII.3 (continuous).
        #expect(education.agency.successor == nil)
        #expect(education.lead.total == 4)
        #expect(education.lead.doneOnTime == 1)
        #expect(education.lead.inProgress == 2)
        #expect(education.lead.continuous == 1)
        let college = try #require(report.agencies.first { $0.agency.printed == "Trường Cao đẳng Kon Tum" })
        // Leads III.1 (suspended), III.3 (not started), VII.3 (continuous): nothing with a binding deadline but III.3.
        #expect(college.lead.total == 3)
        #expect(college.lead.suspended == 1)
        #expect(college.lead.withDeadline == 1)
        #expect(report.overdue.isEmpty)
        #expect(report.dueSoon.isEmpty)
    }

    @Test func konTumNextReport() throws {
        let report = try Self.konTum()
        // "trước ngày 15 tháng 11 hằng năm": 15/11/2026 has passed, so 15/11/2027, 357 days after 23/11/2026.
        #expect(report.nextReport?.due == TestSupport.date("2027-11-15"))
        #expect(report.nextReport?.daysLeft == 357)
        #expect(report.targets.isEmpty)  // the Kon Tum plan's objectives carry no numeric target
    }

    @Test func thaiNguyenTotals() throws {
        let t = try Self.thaiNguyen().totals
        // 16 tasks. Done on time: 1.2 (20/12/2025, due 31/12/2025), 5.2. Done late: 1.3 (10/02/2026, due 31/12/2025).
        // Due soon: 1.1 (due 31/12/2026). Overdue: 3.1 (in progress) and 3.2 (no record), both due 31/12/2025.
        // Not started: 2.1, 2.2, 3.3, 3.4, 4.1, 5.1, 5.3, 5.4. Continuous: 6. Suspended: 4.2.
        #expect(t.total == 16)
        #expect(t.doneOnTime == 2)
        #expect(t.doneLate == 1)
        #expect(t.inProgress == 0)
        #expect(t.dueSoon == 1)
        #expect(t.overdue == 2)
        #expect(t.notStarted == 8)
        #expect(t.continuous == 1)
        #expect(t.suspended == 1)
        #expect(t.withDeadline == 14)
        #expect(t.overdueRatio == 2.0 / 14.0)
    }

    @Test func thaiNguyenOverdueAndDueSoonLists() throws {
        let report = try Self.thaiNguyen()
        #expect(report.overdue.map(\.code) == ["3.1", "3.2"])
        // 31/12/2025 to 23/11/2026: 304 days to 31/10, plus 23.
        #expect(report.overdue.map(\.daysPastDeadline) == [327, 327])
        #expect(report.overdue[0].lead.map(\.printed) == ["Sở Kế hoạch và Đầu tư"])
        #expect(report.overdue[0].lead.first?.successor == "Sở Tài chính")
        #expect(report.overdue[0].progress == 60)
        #expect(report.overdue[1].status == .notStarted)
        #expect(report.dueSoon.map(\.code) == ["1.1"])
        #expect(report.dueSoon[0].daysPastDeadline == -38)
        #expect(report.dueSoon[0].lead.first?.successor == "Sở Khoa học và Công nghệ")
    }

    @Test func thaiNguyenPlanningDepartmentAsLead() throws {
        let report = try Self.thaiNguyen()
        let planning = try #require(report.agencies.first { $0.agency.printed == "Sở Kế hoạch và Đầu tư" })
        // Leads 3.1, 3.2 (overdue), 3.3, 3.4, 5.4 (not started), 4.2 (suspended, second lead).
        #expect(planning.lead.total == 6)
        #expect(planning.lead.overdue == 2)
        #expect(planning.lead.notStarted == 3)
        #expect(planning.lead.suspended == 1)
        #expect(planning.lead.overdueRatio == 2.0 / 5.0)
    }

    @Test func thaiNguyenChangesTargetsAndReporting() throws {
        let report = try Self.thaiNguyen()
        // 2026: 1.3 (10/02), 3.1 (02/04), 5.2 (05/05); the 2025 change to 1.2 is another year's.
        #expect(report.changes.map(\.code) == ["1.3", "3.1", "5.2"])
        #expect(report.changeSummary == PlanReport.ChangeSummary(changes: 3, tasks: 3, doneInYear: 2))
        let earlier = try Self.thaiNguyen(year: 2025)
        #expect(earlier.changes.map(\.code) == ["1.2"])
        #expect(earlier.changeSummary.doneInYear == 1)
        // Five targets: 01 project, 20 visits, 300 / 1.000 / 2.000 people; 280 recorded for 2026 against the 300.
        #expect(report.targets.count == 5)
        let trained = try #require(report.targets.first { $0.objectiveIndex == 6 && $0.targetIndex == 0 })
        #expect(trained.target.value == 300)
        #expect(trained.valueInYear == 280)
        #expect(trained.recorded.map(\.year) == [2025, 2026])
        #expect(earlier.targets.first { $0.objectiveIndex == 6 && $0.targetIndex == 0 }?.valueInYear == 250)
        // "trước ngày 10 tháng 12": 10/12/2026, 17 days on.
        #expect(report.nextReport == PlanReport.NextReport(due: TestSupport.date("2026-12-10"), daysLeft: 17))
        #expect(report.reporting.first?.through?.successor == "Sở Khoa học và Công nghệ")
    }

    @Test func thaiNguyenByGroup() throws {
        let report = try Self.thaiNguyen(breakdown: .group)
        #expect(report.agencies.isEmpty)
        #expect(report.groups.map(\.code) == ["1", "2", "3", "4", "5", "6"])
        let investment = try #require(report.groups.first { $0.code == "3" })
        // 3.1, 3.2 overdue; 3.3, 3.4 not started.
        #expect(investment.counts.total == 4)
        #expect(investment.counts.overdue == 2)
        #expect(investment.counts.notStarted == 2)
        let survey = try #require(report.groups.first { $0.code == "1" })
        // 1.1 due soon, 1.2 on time, 1.3 late.
        #expect(survey.counts.dueSoon == 1)
        #expect(survey.counts.doneOnTime == 1)
        #expect(survey.counts.doneLate == 1)
    }

    @Test func agencyScopeKeepsOnlyThatAgencysTasksAndLine() throws {
        let scope = ReportScope(query: "Sở KH&ĐT") { $0.agencyID == "so-ke-hoach-dau-tu" }
        let report = try Self.thaiNguyen(scope: scope)
        #expect(report.scope == "Sở KH&ĐT")
        #expect(report.agencies.map(\.agency.printed) == ["Sở Kế hoạch và Đầu tư"])
        #expect(report.agencies[0].lead.total == 6)
        #expect(report.overdue.map(\.code) == ["3.1", "3.2"])
        #expect(report.dueSoon.isEmpty)  // 1.1 is led by the Department of Information and Communications
        #expect(report.changes.map(\.code) == ["3.1"])
    }
}
