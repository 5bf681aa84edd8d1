import Testing
import PlanKit

private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate {
    guard let value = CalendarDate(year: y, month: m, day: d) else { fatalError("bad test date") }
    return value
}

@Suite struct StandingCalculatorTests {
    let calculator = StandingCalculator()  // 30-day window
    let deadline = date(2025, 12, 31)
    var year2025: Timeframe {
        Timeframe(text: "Năm 2025", kind: .year, start: date(2025, 1, 1), end: deadline)
    }
    let key = StatusKey(taskCode: "1.1")


    func record(_ status: TaskStatus, doneOn: CalendarDate? = nil, year: Int? = nil) -> StatusRecord {
        StatusRecord(key: StatusKey(taskCode: "1.1", year: year), status: status, doneOn: doneOn, version: 1)
    }

    @Test func doneOnTheDeadlineDayIsOnTime() {
        #expect(calculator.standing(timeframe: year2025, record: record(.done, doneOn: deadline), asOf: date(2026, 3, 1)) == .doneOnTime)
        #expect(calculator.standing(timeframe: year2025, record: record(.done, doneOn: date(2025, 5, 1)), asOf: date(2025, 6, 1)) == .doneOnTime)
    }

    @Test func doneTheDayAfterIsLate() {
        #expect(calculator.standing(timeframe: year2025, record: record(.done, doneOn: date(2026, 1, 1)), asOf: date(2026, 3, 1)) == .doneLate)
    }

    @Test func doneWithoutADateCountsAsOnTime() {
        #expect(calculator.standing(timeframe: year2025, record: record(.done), asOf: date(2026, 3, 1)) == .doneOnTime)
    }

    @Test func overdueFromTheDayAfterTheDeadline() {
        #expect(calculator.standing(timeframe: year2025, record: record(.inProgress), asOf: date(2026, 1, 1)) == .overdue)
        #expect(calculator.standing(timeframe: year2025, record: nil, asOf: date(2026, 1, 1)) == .overdue)
        // On the deadline day itself it is due soon, not overdue.
        #expect(calculator.standing(timeframe: year2025, record: record(.inProgress), asOf: deadline) == .dueSoon)
    }

    @Test func dueSoonWindowEdges() {
        // 30 days before the deadline is inside the window; 31 days before is outside.
        #expect(calculator.standing(timeframe: year2025, record: record(.inProgress), asOf: date(2025, 12, 1)) == .dueSoon)
        #expect(calculator.standing(timeframe: year2025, record: record(.inProgress), asOf: date(2025, 11, 30)) == .inProgress)
        #expect(calculator.standing(timeframe: year2025, record: nil, asOf: date(2025, 12, 1)) == .dueSoon)
        #expect(calculator.standing(timeframe: year2025, record: nil, asOf: date(2025, 11, 30)) == .notStarted)
    }

    @Test func windowIsConfigurable() {
        let week = StandingCalculator(dueSoonDays: 7)
        #expect(week.standing(timeframe: year2025, record: nil, asOf: date(2025, 12, 24)) == .dueSoon)
        #expect(week.standing(timeframe: year2025, record: nil, asOf: date(2025, 12, 23)) == .notStarted)
        let none = StandingCalculator(dueSoonDays: 0)
        #expect(none.standing(timeframe: year2025, record: nil, asOf: deadline) == .dueSoon)
        #expect(none.standing(timeframe: year2025, record: nil, asOf: date(2025, 12, 30)) == .notStarted)
    }

    @Test func inProgressAndNotStartedWithinTheDeadline() {
        #expect(calculator.standing(timeframe: year2025, record: record(.inProgress), asOf: date(2025, 3, 1)) == .inProgress)
        #expect(calculator.standing(timeframe: year2025, record: record(.notStarted), asOf: date(2025, 3, 1)) == .notStarted)
        #expect(calculator.standing(timeframe: year2025, record: nil, asOf: date(2025, 3, 1)) == .notStarted)
    }

    @Test func suspendedWinsOverTheDeadline() {
        #expect(calculator.standing(timeframe: year2025, record: record(.suspended), asOf: date(2027, 1, 1)) == .suspended)
        let continuous = Timeframe(text: "Thường xuyên", kind: .continuous)
        #expect(calculator.standing(timeframe: continuous, record: record(.suspended), asOf: date(2025, 1, 1)) == .suspended)
    }

    @Test func noDeadlineIsContinuous() {
        let asOf = date(2025, 6, 1)
        let continuous = Timeframe(text: "Thường xuyên", kind: .continuous)
        #expect(calculator.standing(timeframe: continuous, record: nil, asOf: asOf) == .continuous)
        #expect(calculator.standing(timeframe: continuous, record: record(.done, doneOn: asOf), asOf: asOf) == .continuous)
        let openEnded = Timeframe(text: "2025 và những năm tiếp theo", kind: .openEnded, start: date(2025, 1, 1))
        #expect(calculator.standing(timeframe: openEnded, record: record(.inProgress), asOf: asOf) == .continuous)
        let unknown = Timeframe(text: "Khi có hướng dẫn", kind: .unknown)
        #expect(calculator.standing(timeframe: unknown, record: nil, asOf: asOf) == .continuous)
    }

    @Test func yearlyInstanceIsDueAtTheEndOfItsYear() {
        let yearly = Timeframe(text: "Hàng năm", kind: .yearly)
        #expect(calculator.deadline(of: yearly, instanceYear: 2025) == date(2025, 12, 31))
        #expect(calculator.standing(timeframe: yearly, record: nil, asOf: date(2025, 6, 1)) == .notStarted)
        #expect(calculator.standing(timeframe: yearly, record: nil, asOf: date(2025, 12, 1)) == .dueSoon)
        #expect(calculator.standing(timeframe: yearly, record: record(.done, doneOn: date(2025, 11, 1), year: 2025),
                                    asOf: date(2025, 12, 1)) == .doneOnTime)
        // Last year's instance, read on a later day, is judged against last year's deadline.
        #expect(calculator.standing(timeframe: yearly, record: record(.inProgress, year: 2025), asOf: date(2026, 2, 1)) == .overdue)
        #expect(calculator.standing(timeframe: yearly, record: record(.done, doneOn: date(2026, 1, 5), year: 2025),
                                    asOf: date(2026, 2, 1)) == .doneLate)
    }

    @Test func yearlyBeforeItsStartHasNoDeadlineYet() {
        let fromNextYear = Timeframe(text: "Hàng năm, từ năm 2026", kind: .yearly, start: date(2026, 1, 1))
        #expect(calculator.deadline(of: fromNextYear, instanceYear: 2025) == nil)
        #expect(calculator.standing(timeframe: fromNextYear, record: nil, asOf: date(2025, 12, 20)) == .continuous)
        #expect(calculator.standing(timeframe: fromNextYear, record: nil, asOf: date(2026, 12, 20)) == .dueSoon)
    }

    @Test func yearlyWithAnEarlierEndUsesIt() {
        let until = Timeframe(text: "Hàng năm đến 30/6/2027", kind: .continuousYearly, end: date(2027, 6, 30))
        #expect(calculator.deadline(of: until, instanceYear: 2027) == date(2027, 6, 30))
        #expect(calculator.deadline(of: until, instanceYear: 2026) == date(2026, 12, 31))
    }

    @Test func taskStandingPicksTheYearInstance() {
        let task = PlanTask(code: "2.1", groupCode: "2", text: "Báo cáo", lead: [], cooperating: [],
                            timeframe: Timeframe(text: "Hằng năm", kind: .yearly), sourceLine: 1)
        let key2025 = StatusKey(taskCode: "2.1", year: 2025)
        let statuses = [key2025: StatusRecord(key: key2025, status: .done, doneOn: date(2025, 3, 1), version: 1)]
        #expect(StatusKey.current(for: task, asOf: date(2025, 4, 1)) == key2025)
        #expect(calculator.standing(of: task, statuses: statuses, asOf: date(2025, 4, 1)) == .doneOnTime)
        #expect(calculator.standing(of: task, statuses: statuses, asOf: date(2026, 4, 1)) == .notStarted)
    }

    @Test func countsAndOnTimePercentageLeaveContinuousOut() {
        let counts = StandingCounts([.doneOnTime, .doneOnTime, .doneLate, .overdue, .continuous, .continuous])
        #expect(counts.total == 6)
        #expect(counts[.continuous] == 2)
        #expect(counts[.suspended] == 0)
        #expect(counts.withDeadline == 4)
        #expect(counts.onTimePercentage == 50)
        #expect(StandingCounts([.continuous]).onTimePercentage == nil)
        #expect(StandingCounts().onTimePercentage == nil)
    }
}
