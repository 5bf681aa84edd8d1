import PlanKit
import PlanStore

/// The plan's own vocabulary as the screen, the exports and the reports all name it: standings, the kinds
/// of a status change and the words around a target's value. Below the dashboard, so the command line says
/// them without it.
public enum PlanWord: PhraseCatalogue, Hashable {
    case standing(Standing)
    /// For narrow columns and table headers.
    case standingShort(Standing)
    case historyKind(HistoryEntry.Kind)
    /// "khoảng", "tối thiểu"; an exact target says nothing before its value.
    case targetQualifier(Target.Qualifier)
    case targetPerYear
    case targetByYear(Int)

    /// `.exact` is left out: it is said as nothing in both languages, on purpose.
    public static var everyPhrase: [PlanWord] {
        Standing.allCases.map(PlanWord.standing) + Standing.allCases.map(PlanWord.standingShort)
            + [HistoryEntry.Kind.edit, .undo, .redo, .importPlan].map(PlanWord.historyKind)
            + [Target.Qualifier.about, .atLeast, .atMost].map(PlanWord.targetQualifier)
            + [.targetPerYear, .targetByYear(2030)]
    }
}
