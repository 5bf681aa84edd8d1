import Wording
import PlanKit

/// `--as-of` as the commands read it: ISO or Vietnamese, default today.
enum AsOfDate {
    static func parse(_ text: String?, _ l: Language) throws -> CalendarDate {
        guard let text else { return Labels.today() }
        guard let date = Labels.parseDate(text) else {
            throw CommandSupport.Failure(message: l(CommandMessage.asOfDateNotDate(text: text)), code: 1)
        }
        return date
    }
}
