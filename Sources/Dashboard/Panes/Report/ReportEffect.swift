import PlanKit

/// What the report pane asks of the store and the file system.
public enum ReportEffect: Sendable, Hashable {
    case load(planID: String)
    /// Writes one row; the stored results come back as `ReportAction.saved`.
    case saveResult(TaskResult, planID: String)
    case saveSections(AgencySections, planID: String)
    /// Compiles the period for the agency and writes it as a Word or Excel file in the report directory.
    case write(planID: String, period: ReportingPeriod, agency: String, format: ReportFileFormat)
}

public enum ReportFileFormat: String, Sendable, Equatable {
    case docx, xlsx
}

/// What came back.
public enum ReportAction: Sendable {
    case loaded(planID: String, [TaskResult], [AgencySections])
    /// A row or the sections were saved (what, for the status bar); the store's values follow.
    case saved(planID: String, what: String, [TaskResult], [AgencySections])
    case failed(String)
    case written(path: String)
}
