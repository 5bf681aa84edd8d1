import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// Runs on both backends.
@Suite struct PlanImportTests {
    @Test(arguments: StoreBackend.available) func handBuiltPlanRoundTrips(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let fixture = PlanFixture()
        let outcome = try dir.openStore().importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        #expect(outcome.planID == "kon-tum-3785")
        #expect(outcome.isNew && !outcome.unchanged)
        #expect(outcome.addedTasks == ["1.1", "1.2", "2.1"])

        let reopened = try dir.openStore()
        #expect(try reopened.plan(id: "kon-tum-3785") == fixture.plan)
        #expect(try reopened.sourceText(planID: "kon-tum-3785") == fixture.sourceText)
        let summary = try #require(try reopened.plans().first)
        #expect(summary.id == "kon-tum-3785")
        #expect(summary.number == "3785/KH-UBND")
        #expect(summary.taskCount == 3)
        #expect(summary.issuer == fixture.issuer)
    }

    @Test(arguments: StoreBackend.available) func differentPlansWithOneSlugGetASuffix(backend: StoreBackend) throws {
        let store = try backend.makeStore().openStore()
        func fixture(number: String?, title: String) -> PlanFixture {
            var f = PlanFixture()
            f.province = "Thái Nguyên"
            f.issuer = "Ủy ban nhân dân tỉnh Thái Nguyên"
            f.number = number
            f.title = title
            return f
        }
        let a = fixture(number: "12/KH-UBND", title: "Kế hoạch A")
        let b = fixture(number: "12/QĐ-UBND", title: "Quyết định B")
        let c = fixture(number: nil, title: "Kế hoạch không số")
        #expect(try store.importPlan(a.plan, sourceText: a.sourceText, by: "lan").planID == "thai-nguyen-12")
        #expect(try store.importPlan(b.plan, sourceText: b.sourceText, by: "lan").planID == "thai-nguyen-12-2")
        #expect(try store.importPlan(c.plan, sourceText: c.sourceText, by: "lan").planID == "thai-nguyen")

        // An amended B is still B, under its suffixed id.
        var amended = b
        amended.tasks.removeLast()
        let outcome = try store.importPlan(amended.plan, sourceText: amended.sourceText, by: "lan")
        #expect(outcome.planID == "thai-nguyen-12-2" && !outcome.isNew)
        #expect(try store.plans().map(\.id) == ["thai-nguyen-12", "thai-nguyen-12-2", "thai-nguyen"])
    }

    @Test(arguments: StoreBackend.available) func sameTextAgainChangesNothing(backend: StoreBackend) throws {
        let store = try backend.makeStore().openStore()
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .inProgress, basedOnVersion: 0)],
                            planID: "kon-tum-3785", by: "lan")
        let token = try store.changeToken()
        let outcome = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "minh")
        #expect(outcome == ImportOutcome(planID: "kon-tum-3785", isNew: false, unchanged: true,
                                         addedTasks: [], removedTasks: [], changedTasks: []))
        #expect(try store.changeToken() == token)
        #expect(try store.plans().count == 1)
    }

    /// The amendment edits 1.1's text, removes 1.2 and adds 3.1: 1.1 and 2.1 keep statuses and history.
    @Test(arguments: StoreBackend.available) func amendedReimportKeepsStatusesOfKeptTasks(backend: StoreBackend) throws {
        let store = try backend.makeStore().openStore()
        var fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        _ = try store.apply([
            StatusChange(key: StatusKey(taskCode: "1.1"), status: .inProgress, progress: 40, note: "đã họp", basedOnVersion: 0),
            StatusChange(key: StatusKey(taskCode: "1.2"), status: .done, basedOnVersion: 0),
            StatusChange(key: StatusKey(taskCode: "2.1", year: 2025), status: .done, basedOnVersion: 0),
        ], planID: "kon-tum-3785", by: "lan")
        try store.recordTargetValue(TargetValue(objectiveIndex: 0, targetIndex: 0, year: 2025, value: 280),
                                    planID: "kon-tum-3785", by: "lan")

        fixture.tasks[0].text += " (sửa đổi)"
        fixture.tasks[0].sourceLine += 3
        fixture.tasks[2].sourceLine += 3  // moved only: not a change
        fixture.tasks.remove(at: 1)
        fixture.tasks.append(PlanFixture.task("3.1", "Tổ chức đào tạo", lead: "Trường Cao đẳng Kon Tum",
                                              timeframe: .init(text: "Năm 2026", kind: .year,
                                                               end: CalendarDate(year: 2026, month: 12, day: 31))))
        let outcome = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "minh")
        #expect(outcome == ImportOutcome(planID: "kon-tum-3785", isNew: false, unchanged: false,
                                         addedTasks: ["3.1"], removedTasks: ["1.2"], changedTasks: ["1.1"]))

        let statuses = try store.statuses(planID: "kon-tum-3785")
        #expect(statuses[StatusKey(taskCode: "1.1")]?.progress == 40)
        #expect(statuses[StatusKey(taskCode: "1.1")]?.note == "đã họp")
        #expect(statuses[StatusKey(taskCode: "2.1", year: 2025)]?.status == .done)
        #expect(statuses[StatusKey(taskCode: "1.2")] == nil)
        #expect(try store.history(planID: "kon-tum-3785", taskCode: "1.1").count == 1)
        #expect(try store.plan(id: "kon-tum-3785")?.tasks.map(\.code) == ["1.1", "2.1", "3.1"])
        #expect(try store.targetValues(planID: "kon-tum-3785").map(\.value) == [280])
        #expect(try store.plans().first?.taskCount == 3)
    }

    @Test(arguments: StoreBackend.available) func failedImportChangesNothing(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let store = try dir.openStore()
        var fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "1.2"), status: .done, basedOnVersion: 0)],
                            planID: "kon-tum-3785", by: "lan")
        let before = try snapshot(store)

        // An amendment that drops 1.2 (deleting its status mid-transaction) and then repeats a code.
        let original = fixture.plan
        fixture.tasks.remove(at: 1)
        fixture.tasks.append(fixture.tasks[0])
        let repeated = fixture.tasks[0]
        #expect(throws: StoreError.duplicateTaskCode(code: repeated.code, line: repeated.sourceLine)) {
            _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "minh")
        }
        #expect(try snapshot(store) == before)
        #expect(try store.plan(id: "kon-tum-3785") == original)
        if let sqlite = store as? SQLiteStore { #expect(try sqlite.integrityCheck() == "ok") }

        // A brand-new plan that fails leaves no trace either.
        var bad = PlanFixture()
        bad.number = "99/KH-UBND"
        bad.tasks.append(bad.tasks[0])
        #expect(throws: StoreError.self) { _ = try store.importPlan(bad.plan, sourceText: bad.sourceText, by: "minh") }
        #expect(try store.plans().map(\.id) == ["kon-tum-3785"])
    }

    @Test(arguments: StoreBackend.available) func removeDeletesEverythingOfThePlan(backend: StoreBackend) throws {
        let store = try backend.makeStore().openStore()
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .done, basedOnVersion: 0)],
                            planID: "kon-tum-3785", by: "lan")
        try store.removePlan(id: "kon-tum-3785")
        #expect(try store.plans().isEmpty)
        #expect(throws: StoreError.planNotFound("kon-tum-3785")) { _ = try store.statuses(planID: "kon-tum-3785") }
        #expect(throws: StoreError.planNotFound("kon-tum-3785")) { try store.removePlan(id: "kon-tum-3785") }
        // Importing again starts from a clean slate.
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        #expect(try store.statuses(planID: "kon-tum-3785").isEmpty)
        #expect(try store.history(planID: "kon-tum-3785", taskCode: nil).isEmpty)
    }

    @Test(arguments: StoreBackend.available) func targetValuesNeedAnExistingTarget(backend: StoreBackend) throws {
        let store = try backend.makeStore().openStore()
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        try store.recordTargetValue(TargetValue(objectiveIndex: 0, targetIndex: 0, year: 2025, value: 280, note: "đợt 1"),
                                    planID: "kon-tum-3785", by: "lan")
        try store.recordTargetValue(TargetValue(objectiveIndex: 0, targetIndex: 0, year: 2025, value: 290),
                                    planID: "kon-tum-3785", by: "lan")
        #expect(try store.targetValues(planID: "kon-tum-3785")
                == [TargetValue(objectiveIndex: 0, targetIndex: 0, year: 2025, value: 290)])
        #expect(throws: StoreError.targetNotFound(plan: "kon-tum-3785", objective: 3, target: 0)) {
            try store.recordTargetValue(TargetValue(objectiveIndex: 3, targetIndex: 0, year: 2025, value: 1),
                                        planID: "kon-tum-3785", by: "lan")
        }
    }

    private struct Snapshot: Equatable {
        var plans: [PlanSummary]
        var statuses: [StatusKey: StatusRecord]
        var history: [HistoryEntry]
        var source: String?
    }

    private func snapshot(_ store: any Store) throws -> Snapshot {
        Snapshot(plans: try store.plans(), statuses: try store.statuses(planID: "kon-tum-3785"),
                 history: try store.history(planID: "kon-tum-3785", taskCode: nil),
                 source: try store.sourceText(planID: "kon-tum-3785"))
    }
}
