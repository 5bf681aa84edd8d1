/// A text known by its meaning, written in every language the interface speaks: kehoach's one wording
/// mechanism. A module declares its phrases as an enum conforming to `Phrase`, with a `vietnamese` and an
/// `english` property that each switch over every case, so the compiler refuses a phrase missing in one
/// language. A one-off message that names values (an error about a typed option) is `Words(vi:en:)`, the
/// same kind of phrase written in place. The language chosen says any of them: `language(phrase)`.
public protocol Phrase: Sendable {
    var vietnamese: String { get }
    var english: String { get }
}

extension Phrase {
    /// The phrase in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }
}

/// A phrase written where it is used, in both languages at once.
public struct Words: Phrase, Hashable {
    public let vietnamese: String
    public let english: String

    public init(vi: String, en: String) {
        vietnamese = vi
        english = en
    }
}

extension Language {
    /// The phrase in this language: `language(.paneTasks)`, `language(Words(vi: "…", en: "…"))`.
    public func callAsFunction(_ phrase: some Phrase) -> String { phrase.text(self) }
}
