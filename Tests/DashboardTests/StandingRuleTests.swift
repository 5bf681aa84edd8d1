import Dashboard
import PlanKit
import Testing

@Suite struct StandingRuleTests {
    func task(_ kind: Timeframe.Kind, end: String? = nil) -> PlanTask {
        PlanTask(code: "1", groupCode: "I", text: "t", lead: [], cooperating: [],
                 timeframe: Timeframe(text: "x", kind: kind, end: end.map(Seeds.date)), sourceLine: 1)
    }

    func standing(_ task: PlanTask, _ status: TaskStatus? = nil, doneOn: String? = nil, year: Int? = nil,
                  asOf: String = "2026-11-23") -> Standing {
        var statuses: [StatusKey: StatusRecord] = [:]
        if let status {
            let key = StatusKey(taskCode: task.code, year: year)
            statuses[key] = StatusRecord(key: key, status: status, doneOn: doneOn.map(Seeds.date))
        }
        return StandingRule.standing(of: task, statuses: statuses, asOf: Seeds.date(asOf))
    }

    @Test func deadlines() {
        let due2025 = task(.year, end: "2025-12-31")
        #expect(standing(due2025) == .overdue)
        #expect(standing(due2025, .done, doneOn: "2025-10-01") == .doneOnTime)
        #expect(standing(due2025, .done, doneOn: "2026-02-01") == .doneLate)
        #expect(standing(due2025, .suspended) == .suspended)
        let due2030 = task(.yearRange, end: "2030-12-31")
        #expect(standing(due2030) == .notStarted)
        #expect(standing(due2030, .inProgress) == .inProgress)
        #expect(standing(due2030, .inProgress, asOf: "2030-12-10") == .dueSoon)
    }

    @Test func continuousAndYearly() {
        #expect(standing(task(.continuous)) == .continuous)
        // "Thường xuyên, hàng năm" has a yearly instance, due 31 December, like any yearly task.
        #expect(standing(task(.continuousYearly)) == standing(task(.yearly)))
        let yearly = task(.yearly)
        #expect(standing(yearly, asOf: "2026-06-01") == .notStarted)
        #expect(standing(yearly, asOf: "2026-12-15") == .dueSoon)
        #expect(standing(yearly, .done, year: 2026, asOf: "2026-12-15") == .doneOnTime)
        // Last year's record does not count for this year.
        #expect(standing(yearly, .done, year: 2025, asOf: "2026-06-01") == .notStarted)
    }
}
