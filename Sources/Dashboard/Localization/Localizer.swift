import PlanKit

/// Turns catalogue entries into text in the chosen language; every UI string goes through here.
public struct Localizer: Sendable, Equatable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ text: UIText) -> String {
        switch language {
        case .vi: return text.vietnamese
        case .en: return text.english
        }
    }

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
