extension PlanWord {
    public var english: String {
        switch self {
        case .standing(let standing):
            switch standing {
            case .doneOnTime: return "Done on time"
            case .doneLate: return "Done late"
            case .inProgress: return "In progress, within deadline"
            case .dueSoon: return "Due soon"
            case .overdue: return "Overdue, not done"
            case .notStarted: return "Not started"
            case .continuous: return "Continuous"
            case .suspended: return "Suspended"
            }
        case .standingShort(let standing):
            switch standing {
            case .doneOnTime: return "On time"
            case .doneLate: return "Done late"
            case .inProgress: return "In progress"
            case .dueSoon: return "Due soon"
            case .overdue: return "Overdue"
            case .notStarted: return "Not started"
            case .continuous: return "Continuous"
            case .suspended: return "Suspended"
            }
        case .historyKind(let kind):
            switch kind {
            case .edit: return "edit"
            case .undo: return "undo"
            case .redo: return "redo"
            case .importPlan: return "import"
            }
        case .targetQualifier(let qualifier):
            switch qualifier {
            case .exact: return ""
            case .about: return "about"
            case .atLeast: return "at least"
            case .atMost: return "at most"
            }
        case .targetPerYear: return "per year"
        case .targetByYear(let year): return "by \(year)"
        }
    }
}
