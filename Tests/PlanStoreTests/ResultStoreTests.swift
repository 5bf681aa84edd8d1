import Foundation
import Testing
import PlanKit
@testable import PlanStore

@Suite struct ResultStoreTests {
    let plan = "kon-tum-3785"
    let period = ReportingPeriod(code: "2026-Q4")!
    let planning = SearchKey.slug("Sở Kế hoạch và Đầu tư")
    let college = SearchKey.slug("Trường Cao đẳng Kon Tum")

    /// Run on both backends: the embedded SQLite file and a PostgreSQL server.
    private func storeWithPlan(_ backend: StoreBackend) throws -> (StoreHandle, any SourceFileStore) {
        let dir = try backend.makeStore()
        let store = try dir.openStore()
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        return (dir, store)
    }

    @Test(arguments: StoreBackend.available) func leadAndCooperatingAgencyEachKeepTheirRowWithHistory(backend: StoreBackend) throws {
        let (dir, store) = try storeWithPlan(backend)
        let lead = TaskResult(key: ResultKey(taskCode: "1.1", period: period, agency: planning), role: .cooperating,
                              text: "Ký kết 2 thỏa thuận hợp tác",
                              quantities: [ResultQuantity(value: 120, unit: "nhân lực", objectiveIndex: 0, targetIndex: 0)])
        let first = try store.saveResult(lead, planID: plan, by: "Lan")
        #expect(first.version == 1)
        #expect(first.role == .lead)  // the plan says who leads, not the caller
        var edited = first
        edited.text = "Ký kết 3 thỏa thuận hợp tác"
        edited.assessment = .ahead
        let second = try store.saveResult(edited, planID: plan, by: "Minh")
        #expect(second.version == 2)
        let contribution = try store.saveResult(
            TaskResult(key: ResultKey(taskCode: "1.1", period: period, agency: college), role: .lead,
                       text: "Cử 40 học viên tham gia"), planID: plan, by: "Hà")
        #expect(contribution.role == .cooperating)

        let reopened = try dir.openStore()
        let stored = try reopened.results(planID: plan)
        #expect(stored.count == 2)
        #expect(stored.contains(second))
        #expect(stored.contains(contribution))
        let history = try reopened.resultHistory(planID: plan)
        #expect(history.compactMap(\.result?.text) == ["Ký kết 2 thỏa thuận hợp tác", "Ký kết 3 thỏa thuận hợp tác", "Cử 40 học viên tham gia"])
        #expect(history.map(\.who) == ["Lan", "Minh", "Hà"])
    }

    @Test(arguments: StoreBackend.available) func refusedWritesChangeNothing(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        let key = ResultKey(taskCode: "1.1", period: period, agency: planning)
        _ = try store.saveResult(TaskResult(key: key, role: .lead, text: "Lần 1"), planID: plan, by: "Lan")
        // Based on version 0 while version 1 is stored: a conflict.
        #expect(throws: StoreError.self) {
            try store.saveResult(TaskResult(key: key, role: .lead, text: "Cũ"), planID: plan, by: "Minh")
        }
        // An agency the task does not name.
        #expect(throws: StoreError.agencyNotOnTask(plan: plan, code: "1.1", agency: "so-tai-chinh")) {
            try store.saveResult(TaskResult(key: ResultKey(taskCode: "1.1", period: period, agency: "so-tai-chinh"),
                                            role: .lead, text: "x"), planID: plan, by: "Lan")
        }
        #expect(throws: StoreError.taskNotFound(plan: plan, code: "9.9")) {
            try store.saveResult(TaskResult(key: ResultKey(taskCode: "9.9", period: period, agency: planning),
                                            role: .lead, text: "x"), planID: plan, by: "Lan")
        }
        #expect(throws: StoreError.targetNotFound(plan: plan, objective: 0, target: 3)) {
            try store.saveResult(TaskResult(key: ResultKey(taskCode: "1.1", period: period, agency: planning), role: .lead,
                                            text: "x", quantities: [ResultQuantity(value: 1, unit: "x", objectiveIndex: 0, targetIndex: 3)],
                                            version: 1), planID: plan, by: "Lan")
        }
        #expect(try store.results(planID: plan).map(\.text) == ["Lần 1"])
        #expect(try store.resultHistory(planID: plan).count == 1)
    }

    @Test(arguments: StoreBackend.available) func sectionsPerAgencyAndPeriod(backend: StoreBackend) throws {
        let (dir, store) = try storeWithPlan(backend)
        let saved = try store.saveSections(AgencySections(agency: planning, period: period, shortcomings: "Thiếu kinh phí",
                                                          direction: "  ", proposals: "Bổ sung vốn"), planID: plan, by: "Lan")
        #expect(saved.version == 1)
        #expect(saved.direction == nil)  // blank is nothing
        #expect(try dir.openStore().agencySections(planID: plan) == [saved])
        #expect(throws: StoreError.agencyNotOnTask(plan: plan, code: nil, agency: "bo-cong-an")) {
            try store.saveSections(AgencySections(agency: "bo-cong-an", period: period), planID: plan, by: "Lan")
        }
    }

    @Test(arguments: StoreBackend.available) func removingThePlanRemovesItsResults(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        _ = try store.saveResult(TaskResult(key: ResultKey(taskCode: "1.1", period: period, agency: planning), role: .lead,
                                            text: "x"), planID: plan, by: "Lan")
        try store.removePlan(id: plan)
        #expect(throws: StoreError.planNotFound(plan)) { try store.results(planID: plan) }
    }
}
