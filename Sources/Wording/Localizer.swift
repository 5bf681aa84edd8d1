import PlanKit

/// Any catalogue's phrase said in the chosen language, with the words the report shares (`ReportWording`).
/// The dashboard adds its own catalogue (`UIText`) to it; the command line uses it without the dashboard.
public struct Localizer: Sendable, Equatable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ phrase: some Phrase) -> String { phrase.text(language) }

    /// A standing's name, full or short (for narrow columns).
    public func standing(_ standing: Standing, short: Bool = false) -> String {
        self(short ? PlanWord.standingShort(standing) : PlanWord.standing(standing))
    }

    /// A date as the language writes it.
    public func date(_ date: CalendarDate) -> String {
        switch language {
        case .vi: return date.vietnamese
        case .en: return date.iso
        }
    }
}
