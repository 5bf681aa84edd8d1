import PlanKit

/// The dashboard's catalogue (`UIText`) said in the chosen language, with the words the report shares
/// (`ReportWording`); any other `Phrase` is said by the language itself.
public struct Localizer: Sendable, Equatable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ text: UIText) -> String { text.text(language) }

    /// A phrase of another catalogue (a pane's, kept in its folder).
    public func callAsFunction(_ phrase: some Phrase) -> String { phrase.text(language) }

    /// A standing's name, full or short (for narrow columns).
    public func standing(_ standing: Standing, short: Bool = false) -> String {
        self(short ? .standingShort(standing) : .standing(standing))
    }

    /// A date as the language writes it.
    public func date(_ date: CalendarDate) -> String {
        switch language {
        case .vi: return date.vietnamese
        case .en: return date.iso
        }
    }
}
