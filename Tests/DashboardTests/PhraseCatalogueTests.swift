import Dashboard
import Foundation
import PlanKit
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
        ("StatusWord", said(StatusWord.self)),
        ("PlanWord", said(PlanWord.self)),
        ("ReportPhrase", said(ReportPhrase.self)),
        ("ObjectivesText", said(ObjectivesText.self)),
        ("AgenciesText", said(AgenciesText.self)),
        ("TimelineText", said(TimelineText.self)),
        ("EditingText", said(EditingText.self)),
        ("CommandText", said(CommandText.self)),
        ("ReportText", said(ReportText.self)),
        ("TasksText", said(TasksText.self)),
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
            let twice = Dictionary(grouping: catalogue.phrases, by: { $0.vietnamese + "\u{0}" + $0.english }).values
                .filter { $0.count > 1 }
            for group in twice where !Self.rightlyAlike.contains(Set(group.map(\.name))) {
                Issue.record("one phrase twice: \(group.map(\.description))")
            }
        }
    }

    /// Phrases rightly worded alike. Vietnamese inflects neither verbs nor nouns (làm lại is redo and redone,
    /// Mục tiêu is Objective and Objectives) and a column heading is shorter; English "Tasks" is both the
    /// report's count column (Số nhiệm vụ) and the plan's section (Nhiệm vụ, giải pháp); the report's overdue
    /// ratio is a table's row label and a column heading in the same words; a command's footer word is its
    /// help where it has no shorter one, and a standing's short name its full one.
    static let rightlyAlike: Set<Set<String>> = [
        ["EditingText.command(…)", "EditingText.footerShort(…)"],
        ["ReportPhrase.columnObjective", "ReportPhrase.sectionObjectives"],
        ["ReportPhrase.columnCount", "ReportPhrase.sectionTasks"],
        ["ReportPhrase.columnOverdueRatio", "ReportPhrase.overdueRatio"],
        ["CommandWord.statusUndoUndone", "CommandWord.historyUndo"],
        ["CommandWord.statusRedoRedone", "CommandWord.historyRedo"],
        ["CommandWord.columnTask", "CommandWord.plansTasks"],
        ["CommandWord.columnID", "CommandWord.listCode"],
        ["CommandWord.importWarningReporting", "CommandWord.importExplainReportingDuty"],
        ["PlanWord.standing(…)", "PlanWord.standingShort(…)"],
    ]

    /// Two meanings of one catalogue worded alike in one language but not in the other are a copy-paste slip
    /// in one of them (or one text translated twice). Across catalogues a word rightly serves several places
    /// (the CLI's column "Thời hạn" is a timeframe, the report's a deadline).
    @Test func noTwoPhrasesShareAWordingByAccident() {
        for catalogue in Self.catalogues {
            Self.expectNoAccidentalTwins(catalogue.phrases)
        }
    }

    static func expectNoAccidentalTwins(_ phrases: [Said]) {
        for (sameIn, otherIn) in [(\Said.vietnamese, \Said.english), (\Said.english, \Said.vietnamese)] {
            let groups = Dictionary(grouping: phrases, by: { $0[keyPath: sameIn] })
            for (_, group) in groups where Set(group.map { $0[keyPath: otherIn] }).count > 1 {
                if Self.rightlyAlike.contains(Set(group.map(\.name))) { continue }
                Issue.record("one wording, several meanings: \(group.map(\.description).joined(separator: "; "))")
            }
        }
    }

    /// The test's own rules hold on phrases written to break them.
    @Test func theChecksCatchWhatTheyLookFor() {
        #expect(Self.placeholders("tệp ⟨path⟩ dòng 7105") == ["7105", "⟨path⟩"])
        #expect(Self.placeholders("không mở được ⟨path⟩") != Self.placeholders("cannot open"))
        // One English text translated twice: a known issue, or the check is blind.
        withKnownIssue {
            Self.expectNoAccidentalTwins([Said(name: "a", vietnamese: "tệp trống", english: "the file is empty"),
                                          Said(name: "b", vietnamese: "tệp rỗng", english: "the file is empty")])
        }
        Self.expectNoAccidentalTwins([Said(name: "a", vietnamese: "tệp rỗng", english: "the file is empty"),
                                      Said(name: "b", vietnamese: "tệp quá lớn", english: "file too large")])
    }
}
