@testable import PlanKit
import Dashboard
import Testing

/// `JSONReport` streams the long lists of a report: byte for byte what `JSONEncoder` gave for the whole document.
@Suite struct ReportJSONStreamTests {
    /// The report streamed gives what `JSONEncoder` gave for the whole document: every breakdown, a
    /// scope, successors, and text the escaping must catch in the streamed lists and the encoded parts.
    @Test func reportJSONSameAsEncoder() throws {
        var hostile = ReportRenderTests.report(breakdown: .group)
        let odd = "\"trích\" \\ a\u{2028}b\u{85}c\u{7F}d\u{202E}e\tf/g"
        hostile.overdue = hostile.overdue.map { var line = $0; line.note = odd; line.text += odd; return line }
        // The fixture has no task due soon on its as-of day: the overdue lines stand in for them.
        hostile.dueSoon += hostile.overdue
        hostile.changes = hostile.changes.map { var line = $0; line.note = odd; line.who = odd; return line }
        hostile.plan.title += odd
        hostile.scope = odd
        var empty = ReportRenderTests.report()
        empty.overdue = []
        empty.changes = []
        empty.agencies = []
        empty.nextReport = nil
        let reports = [ReportRenderTests.report(), ReportRenderTests.report(breakdown: .group), hostile, empty]
        #expect(!hostile.overdue.isEmpty && !hostile.dueSoon.isEmpty && !hostile.changes.isEmpty)
        #expect(reports.contains { $0.overdue.contains { $0.lead.contains { $0.successor != nil } } })
        for (index, report) in reports.enumerated() {
            for wording in [Localizer(.vi), Localizer(.en)] {
                let (standing, status) = JSONReport.labels(wording)
                let whole = try JSONOutput.encode(JSONReport.Document(report: report, standingLabels: standing,
                                                                      statusLabels: status)) + "\n"
                #expect(try JSONReport.render(report, wording: wording) == whole, "report \(index)")
            }
        }
    }

}
