/// A catalogue of phrases that can show every one of its phrases: the test that walks the catalogues
/// says each in both languages and compares them (none empty, the same placeholders, no accidental twins).
public protocol PhraseCatalogue: Phrase {
    /// Every case once; a case that names values gets sample values, each distinct, so a placeholder
    /// said in one language and dropped in the other shows.
    static var everyPhrase: [Self] { get }
}

extension PhraseCatalogue where Self: CaseIterable {
    public static var everyPhrase: [Self] { Array(allCases) }
}
