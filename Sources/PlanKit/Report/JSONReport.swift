import Foundation

/// The report as JSON: the `PlanReport` fields with codes (standings, statuses) that programs compare,
/// plus the labels those codes carry in the chosen language, for whoever prints them.
public enum JSONReport {
    struct Document: Encodable {
        var report: PlanReport
        var standingLabels: [String: String]
        var statusLabels: [String: String]
    }

    public static func render(_ report: PlanReport, wording w: some ReportWording) throws -> String {
        var standingLabels: [String: String] = [:]
        for standing in Standing.allCases { standingLabels[standing.rawValue] = w.standing(standing, short: false) }
        var statusLabels: [String: String] = [:]
        for status in TaskStatus.allCases { statusLabels[status.rawValue] = w.status(status) }
        return try JSONOutput.encode(Document(report: report, standingLabels: standingLabels, statusLabels: statusLabels)) + "\n"
    }
}
