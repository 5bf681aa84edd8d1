import Dashboard
import PlanKit
import Testing

/// One wording mechanism: the dashboard's catalogue, the report's phrases and a phrase written in place
/// are all `Phrase`s, said by the language the same way.
@Suite struct WordingTests {
    @Test func everyKindOfPhraseIsSaidByTheLanguage() {
        let inPlace = Words(vi: "đã lưu", en: "saved")
        #expect(Language.vi(inPlace) == "đã lưu" && Language.en(inPlace) == "saved")
        #expect(Language.en(CommandWord.removeNotRemoved) == "Not removed.")
        for language in Language.allCases {
            #expect(language(UIText.paneTasks) == Localizer(language)(.paneTasks))
            #expect(language(ReportPhrase.sectionSummary) == Localizer(language).phrase(.sectionSummary))
            #expect(!language(ReportPhrase.reportTitle).isEmpty)
        }
        #expect(Language.vi(UIText.paneTasks) != Language.en(UIText.paneTasks))
    }
}
