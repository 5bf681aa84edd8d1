import PlanKit

// PlanKit words its own refusals in both languages (`vietnamese`, `english`, below this module); as
// phrases the language says them like any other: `language(error)`.
extension FormatError: Phrase {}
extension PlanExportError: Phrase {}
extension AgencyDirectory.LoadError: Phrase {}
