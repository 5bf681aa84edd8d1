/// A text known by its meaning, written in every language the interface speaks: kehoach's one wording
/// mechanism. A module declares its phrases as an enum conforming to `Phrase`, with a `vietnamese` and an
/// `english` property that each switch over every case, so the compiler refuses a phrase missing in one
/// language; a phrase that names values (a file, a count) is a case with those values. A catalogue is also a
/// `PhraseCatalogue`, so the test that walks the catalogues sees every phrase. The language chosen says any
/// of them: `language(phrase)`.
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

/// Two texts given together rather than a catalogue's phrase: only for what is not interface wording (the
/// empty help of a command declared without any, which the registry's test refuses).
public struct Words: Phrase, Hashable {
    public let vietnamese: String
    public let english: String

    public init(vi: String, en: String) {
        vietnamese = vi
        english = en
    }
}

extension Language {
    /// The phrase in this language: `language(UIText.paneTasks)`.
    public func callAsFunction(_ phrase: some Phrase) -> String { phrase.text(self) }
}
