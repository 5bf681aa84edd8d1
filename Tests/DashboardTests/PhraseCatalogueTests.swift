import Dashboard
import Foundation
import Testing

/// Walks every phrase catalogue: each phrase said in both languages, with the same placeholders, and no two
/// phrases that read the same in one language while they differ in the other (one word for two meanings).
@Suite struct PhraseCatalogueTests {
    /// One phrase of a catalogue as the two languages say it.
    struct Said: CustomStringConvertible {
        let name: String
        let vietnamese: String
        let english: String
        var description: String { "\(name): «\(vietnamese)» / «\(english)»" }
    }

    static func said<Catalogue: PhraseCatalogue>(_ catalogue: Catalogue.Type) -> [Said] {
        catalogue.everyPhrase.map { phrase in
            let shown = String(describing: phrase)
            let name = shown.prefix { $0 != "(" }
            return Said(name: "\(catalogue).\(name)" + (shown.contains("(") ? "(…)" : ""),
                        vietnamese: phrase.vietnamese, english: phrase.english)
        }
    }

    static let catalogues: [(name: String, phrases: [Said])] = [
        ("SystemErrorPhrase", said(SystemErrorPhrase.self)),
        ("StorePhrase", said(StorePhrase.self)),
        ("CommandHelp", said(CommandHelp.self)),
        ("CommandWord", said(CommandWord.self)),
        ("CommandMessage", said(CommandMessage.self)),
    ]

    static var everyPhrase: [Said] { catalogues.flatMap(\.phrases) }

    /// The sample values a phrase names (`⟨path⟩`) and every number in it: each must be said in both languages.
    static func placeholders(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "⟨[^⟩]*⟩|[0-9]+")
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { String(text[Range($0.range, in: text)!]) }.sorted()
    }

    @Test func everyPhraseIsSaidInBothLanguages() {
        for said in Self.everyPhrase {
            #expect(!said.vietnamese.trimmingCharacters(in: .whitespaces).isEmpty, "\(said)")
            #expect(!said.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(said)")
            #expect(said.vietnamese == said.vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(said)")
        }
    }

    @Test func bothLanguagesNameTheSameValues() {
        for said in Self.everyPhrase {
            #expect(Self.placeholders(said.vietnamese) == Self.placeholders(said.english), "\(said)")
        }
    }

    @Test func eachCaseIsShownOnceWithItsOwnSamples() {
        for catalogue in Self.catalogues {
            let names = catalogue.phrases.map(\.name)
            #expect(names.count > 0, "\(catalogue.name) shows no phrase")
            let texts = catalogue.phrases.map { $0.vietnamese + "\u{0}" + $0.english }
            #expect(Set(texts).count == texts.count, "\(catalogue.name) shows one phrase twice")
        }
    }

    /// Phrases one Vietnamese word rightly says while English needs two: Vietnamese inflects neither verbs
    /// nor nouns (làm lại is redo and redone, Nhiệm vụ is Task and Tasks), and a column heading is shorter.
    static let vietnameseSaysBoth: Set<Set<String>> = [
        ["CommandWord.statusUndoUndone", "CommandWord.historyUndo"],
        ["CommandWord.statusRedoRedone", "CommandWord.historyRedo"],
        ["CommandWord.columnTask", "CommandWord.plansTasks"],
        ["CommandWord.columnID", "CommandWord.listCode"],
        ["CommandWord.importWarningReporting", "CommandWord.importExplainReportingDuty"],
    ]

    /// Two meanings worded alike in one language but not in the other are a copy-paste slip in one of them
    /// (or one text translated twice).
    @Test func noTwoPhrasesShareAWordingByAccident() {
        for (sameIn, otherIn) in [(\Said.vietnamese, \Said.english), (\Said.english, \Said.vietnamese)] {
            let groups = Dictionary(grouping: Self.everyPhrase, by: { $0[keyPath: sameIn] })
            for (_, group) in groups where Set(group.map { $0[keyPath: otherIn] }).count > 1 {
                if sameIn == \Said.vietnamese, Self.vietnameseSaysBoth.contains(Set(group.map(\.name))) { continue }
                Issue.record("one wording, several meanings: \(group.map(\.description).joined(separator: "; "))")
            }
        }
    }

    /// The test's own rules hold on phrases written to break them.
    @Test func theChecksCatchWhatTheyLookFor() {
        #expect(Self.placeholders("tệp ⟨path⟩ dòng 7105") == ["7105", "⟨path⟩"])
        #expect(Self.placeholders("không mở được ⟨path⟩") != Self.placeholders("cannot open"))
    }
}
