import Wording
import PlanKit

/// `--as-of` as the commands read it: ISO or Vietnamese, default today.
enum AsOfDate {
    static func parse(_ text: String?, _ l: Language) throws -> CalendarDate {
        guard let text else { return Labels.today() }
        guard let date = Labels.parseDate(text) else {
            throw CommandSupport.Failure(message: l.pick(vi: "--as-of \(text): ngày không hợp lệ (23/11/2026 hoặc 2026-11-23)",
                                                         en: "--as-of \(text): not a date (23/11/2026 or 2026-11-23)"), code: 1)
        }
        return date
    }
}
