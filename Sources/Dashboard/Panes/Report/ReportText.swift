import PlanKit

/// The report pane's catalogue, kept with the pane: each language file switches over every case.
public enum ReportText: PhraseCatalogue, Hashable {
    case title
    case command(ReportCommand)
    case helpSection
    case columnNumber, columnTask, columnRole, columnResult, columnAssessment
    case role(ResultRole)
    case assessment(Assessment)
    /// A row still without a result: the words drawn in its result column.
    case missing
    case section(ReportSection)
    case sectionEmpty
    /// "hạn 15/11/2026, còn 5 ngày" / "quá hạn 8 ngày" / "hạn hôm nay".
    case deadline(date: String, daysLeft: Int)
    case noDeadline
    /// "3/10 dòng chưa có kết quả".
    case emptyRows(Int, of: Int)
    case allReported
    /// The status bar's reminder: "Báo cáo: 15/11/2026 (quá hạn 8 ngày, 3 dòng trống)".
    case reminder(date: String, daysLeft: Int, empty: Int)
    case noReporters
    case resultPrompt(code: String, period: String, agency: String)
    case difficultiesPrompt(code: String, period: String, agency: String)
    case proposalsPrompt(code: String, period: String, agency: String)
    /// The labels of a row's difficulties and proposals in the strip under the list.
    case difficultiesLabel, proposalsLabel
    /// `T` on a row without a result.
    case writeResultFirst(String)
    /// The row's assessment after `T`: chosen, or nil — as its standing says (then `derived`).
    case assessmentChosen(code: String, Assessment?, derived: Assessment?)
    case sectionPrompt(ReportSection, period: String, agency: String)
    case saved(String)
    case failed(String)
    case written(String)
    case agencyNotFound(String)
    case badPeriod(String)
    case opened(agency: String, period: String)

    /// Each case once (each value of an enum it names), with distinct sample values, for the test that walks
    /// the catalogues.
    public static var everyPhrase: [ReportText] {
        [.title,
         .helpSection,
         .columnNumber,
         .columnTask,
         .columnRole,
         .columnResult,
         .columnAssessment,
         .missing,
         .sectionEmpty,
         .deadline(date: "⟨date⟩", daysLeft: 7806),
         .noDeadline,
         .emptyRows(7807, of: 7808),
         .allReported,
         .reminder(date: "⟨date⟩", daysLeft: 7810, empty: 7811),
         .noReporters,
         .resultPrompt(code: "⟨code⟩", period: "⟨period⟩", agency: "⟨agency⟩"),
         .difficultiesPrompt(code: "⟨code⟩", period: "⟨period⟩", agency: "⟨agency⟩"),
         .proposalsPrompt(code: "⟨code⟩", period: "⟨period⟩", agency: "⟨agency⟩"),
         .difficultiesLabel,
         .proposalsLabel,
         .writeResultFirst("⟨writeResultFirst0⟩"),
         .saved("⟨saved0⟩"),
         .failed("⟨failed0⟩"),
         .written("⟨written0⟩"),
         .agencyNotFound("⟨agencyNotFound0⟩"),
         .badPeriod("⟨badPeriod0⟩"),
         .opened(agency: "⟨agency⟩", period: "⟨period⟩")]
            + ReportCommand.allCases.map { ReportText.command($0) }
            + ResultRole.allCases.map { ReportText.role($0) }
            + Assessment.allCases.map { ReportText.assessment($0) }
            + ReportSection.allCases.map { ReportText.section($0) }
            + Assessment.allCases.map { ReportText.assessmentChosen(code: "⟨code⟩", $0, derived: Assessment.allCases.first!) }
            + [.assessmentChosen(code: "⟨code⟩", nil, derived: Assessment.allCases.first!)]
            + ReportSection.allCases.map { ReportText.sectionPrompt($0, period: "⟨period⟩", agency: "⟨agency⟩") }
    }
}

/// The report pane's commands (their help is `ReportText.command`).
public enum ReportCommand: Sendable, Hashable, CaseIterable {
    case open, writeRow, writeDifficulties, writeProposals, cycleAssessment
    case nextAgency, previousAgency, nextPeriod, previousPeriod, writeWord, writeExcel
}

