import Wording
import PlanKit

/// The readers' refusals (a Word or PDF file that cannot be read) in the user's language.
enum ImportErrorText {
    static func describe(_ error: FormatError, _ language: Language) -> String {
        language(error)
    }
}
