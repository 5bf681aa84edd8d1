import PlanKit

extension ReportPhrase {
    /// The phrase in the language chosen (its two catalogues are this module's).
    public func text(_ language: Language) -> String { language == .vi ? vietnamese : english }
}
