/// The whole plan as one Excel-ready CSV table: one row per task, agencies joined with "; ",
/// the status of the as-of day (the as-of year's for yearly tasks) in the chosen language.
public enum PlanCSV {
    public static func render(_ export: PlanExport, wording w: some ReportWording,
                              progress: ((Int, Int) -> Void)? = nil) -> String {
        String(decoding: renderBytes(export, wording: w, progress: progress), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes, for a writer that needs no string: a 100,000-task document is not
    /// validated and copied once more.
    public static func renderBytes(_ export: PlanExport, wording w: some ReportWording,
                                   progress: ((Int, Int) -> Void)? = nil) -> [UInt8] {
        let headers: [ReportPhrase] = [.columnCode, .columnGroupCode, .columnTask, .columnLead, .columnCooperating,
                                       .columnTimeframe, .columnDeadline, .columnStatus, .columnStanding, .columnProgress,
                                       .columnDoneOn, .columnNote, .columnSubmission, .columnResult, .columnRemark]
        // One byte buffer for the whole document, made a string once: not a string per record appended
        // to a growing one.
        var bytes = Array(ExcelCSV.byteOrderMark.utf8)
        bytes.reserveCapacity(1024 + 768 * export.tasks.count)
        ExcelCSV.appendRecord(headers.map(w.phrase), to: &bytes)
        let asOfYear = export.asOf?.year
        for (index, task) in export.tasks.enumerated() {
            let statuses = task.statuses ?? []
            let current = statuses.first { $0.year == nil || $0.year == asOfYear }
            ExcelCSV.appendRecord([
                task.code, task.group, task.text,
                task.lead.map(\.name).joined(separator: "; "), task.cooperating.map(\.name).joined(separator: "; "),
                task.timeframe.text, task.deadline.map(w.date) ?? "",
                w.status(task.status ?? current?.status ?? .notStarted),
                task.standing.map { w.standing($0, short: false) } ?? "",
                current?.progress.map(String.init) ?? "", current?.doneOn.map(w.date) ?? "", current?.note ?? "",
                task.level ?? "", task.result ?? "", task.remark ?? "",
            ], to: &bytes)
            if let progress, index % 1000 == 999 { progress(index + 1, export.tasks.count) }
        }
        return bytes
    }
}
