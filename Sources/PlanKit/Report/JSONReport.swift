import Foundation

/// The report as JSON: the `PlanReport` fields with codes (standings, statuses) that programs compare,
/// plus the labels those codes carry in the chosen language, for whoever prints them.
///
/// The layout is `JSONOutput`'s (the `Document` as `JSONEncoder` writes it, which the tests check byte
/// for byte); the long lists (overdue and due-soon tasks, the year's changes: tens of thousands of lines
/// in a large plan) are streamed instead of going through the encoder's whole-document tree.
public enum JSONReport {
    struct Document: Encodable {
        var report: PlanReport
        var standingLabels: [String: String]
        var statusLabels: [String: String]
    }

    static func labels(_ w: some ReportWording) -> (standing: [String: String], status: [String: String]) {
        var standingLabels: [String: String] = [:]
        for standing in Standing.allCases { standingLabels[standing.rawValue] = w.standing(standing, short: false) }
        var statusLabels: [String: String] = [:]
        for status in TaskStatus.allCases { statusLabels[status.rawValue] = w.status(status) }
        return (standingLabels, statusLabels)
    }

    /// The small parts of the document, already written by `JSONOutput` (the encoder may throw).
    public struct EncodedParts {
        var agencies, changeSummary, groups, plan, reporting, targets, totals, standingLabels, statusLabels: String
        var nextReport: String?

        public init(_ r: PlanReport, wording w: some ReportWording) throws {
            let (standing, status) = JSONReport.labels(w)
            agencies = try JSONOutput.encode(r.agencies)
            changeSummary = try JSONOutput.encode(r.changeSummary)
            groups = try JSONOutput.encode(r.groups)
            nextReport = try r.nextReport.map { try JSONOutput.encode($0) }
            plan = try JSONOutput.encode(r.plan)
            reporting = try JSONOutput.encode(r.reporting)
            targets = try JSONOutput.encode(r.targets)
            totals = try JSONOutput.encode(r.totals)
            standingLabels = try JSONOutput.encode(standing)
            statusLabels = try JSONOutput.encode(status)
        }
    }

    public static func render(_ report: PlanReport, wording w: some ReportWording) throws -> String {
        var json = JSONStream()
        write(report, try EncodedParts(report, wording: w), into: &json)
        json.finish()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// The document into a stream (a command hands it to standard output as it fills).
    public static func write(_ r: PlanReport, _ parts: EncodedParts, into json: inout JSONStream) {
        json.beginObject()
        json.beginObject(key: "report")
        json.encoded("agencies", parts.agencies)
        json.string("asOf", r.asOf.iso)
        json.string("breakdown", r.breakdown.rawValue)
        json.encoded("changeSummary", parts.changeSummary)
        json.beginArray(key: "changes")
        for line in r.changes { change(line, into: &json) }
        json.endArray()
        taskLines("dueSoon", r.dueSoon, into: &json)
        json.int("dueSoonDays", r.dueSoonDays)
        json.encoded("groups", parts.groups)
        if let next = parts.nextReport { json.encoded("nextReport", next) }
        taskLines("overdue", r.overdue, into: &json)
        json.encoded("plan", parts.plan)
        json.encoded("reporting", parts.reporting)
        json.string("scope", r.scope)
        json.encoded("targets", parts.targets)
        json.encoded("totals", parts.totals)
        json.int("year", r.year)
        json.endObject()
        json.encoded("standingLabels", parts.standingLabels)
        json.encoded("statusLabels", parts.statusLabels)
        json.endObject()
    }

    private static func taskLines(_ key: String, _ lines: [PlanReport.TaskLine], into json: inout JSONStream) {
        json.beginArray(key: key)
        for line in lines {
            json.beginObject()
            json.string("code", line.code)
            json.int("daysPastDeadline", line.daysPastDeadline)
            json.string("deadline", line.deadline.iso)
            json.beginArray(key: "lead")
            for agency in line.lead {
                json.beginObject()
                json.string("printed", agency.printed)
                json.string("successor", agency.successor)
                json.string("successorSince", agency.successorSince?.iso)
                json.endObject()
            }
            json.endArray()
            json.string("note", line.note)
            json.int("progress", line.progress)
            json.string("status", line.status.rawValue)
            json.string("text", line.text)
            json.string("timeframe", line.timeframe)
            json.int("year", line.year)
            json.endObject()
        }
        json.endArray()
    }

    private static func change(_ line: PlanReport.ChangeLine, into json: inout JSONStream) {
        json.beginObject()
        json.string("code", line.code)
        json.string("doneOn", line.doneOn?.iso)
        json.string("from", line.from?.rawValue)
        json.string("kind", line.kind.rawValue)
        json.string("note", line.note)
        json.string("on", line.on.iso)
        json.int("progress", line.progress)
        json.string("to", line.to.rawValue)
        json.string("who", line.who)
        json.int("year", line.year)
        json.endObject()
    }
}
