import Foundation
import PlanKit

/// What a report and an export read from a store, in PlanKit's plain forms (PlanKit knows no store).
extension Store {
    /// The plan, its statuses, its history (each change on its local day) and its recorded target values.
    /// `decoded`: the plan where the caller has read it already (decoding it is most of a large plan's report).
    public func reportInput(planID: String, plan decoded: Plan? = nil, calendar: Calendar = .current) throws -> ReportInput {
        guard let plan = try decoded ?? plan(id: planID) else { throw StoreError.planNotFound(planID) }
        // A change's day through the calendar once per moment: an import stamps all its changes alike.
        var days: [Date: CalendarDate] = [:]
        func day(_ moment: Date) -> CalendarDate {
            if let known = days[moment] { return known }
            let local = CalendarDate.local(moment, calendar: calendar)
            days[moment] = local
            return local
        }
        let changes = try history(planID: planID, taskCode: nil).map { entry in
            StatusChangeRecord(key: entry.key, on: day(entry.at), who: entry.who,
                               kind: StatusChangeRecord.Kind(rawValue: entry.kind.rawValue) ?? .edit,
                               from: entry.from?.status, to: entry.to.status, progress: entry.to.progress,
                               doneOn: entry.to.doneOn, note: entry.to.note)
        }
        return ReportInput(planID: planID, plan: plan, statuses: try statuses(planID: planID), changes: changes,
                           recordedValues: try targetValues(planID: planID))
    }
}

extension CalendarDate {
    /// The day a moment falls on in a calendar's time zone.
    public static func local(_ moment: Date, calendar: Calendar = .current) -> CalendarDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: Int(moment.timeIntervalSince1970 / 86_400))
    }
}
