/// The whole plan as Markdown: identity, objectives with their targets, each group's tasks in a table
/// with the status of the as-of day, the responsibilities, the reporting duty and the footnotes.
public enum PlanMarkdown {
    public static func render(_ export: PlanExport, wording w: some ReportWording,
                              progress: ((Int, Int) -> Void)? = nil) -> String {
        let e = MarkdownReport.escape
        let plan = export.plan
        var lines = ["# \(e(plan.title))", ""]
        lines.append("**\(e(w.phrase(.planReference(number: plan.number, date: plan.date.map(w.date))))):** \(e(plan.issuer))  ")
        if let asOf = export.asOf { lines.append("**\(e(w.phrase(.asOf))):** \(w.date(asOf))  ") }

        lines += ["", "## \(e(w.phrase(.sectionObjectives)))", ""]
        var heading: String?
        for objective in export.objectives {
            if objective.heading != heading {
                lines += ["", "### \(e(objective.heading))", ""]
                heading = objective.heading
            }
            lines.append("- \(e(objective.text))")
            for target in objective.targets {
                var text = "  - \(w.phrase(.columnTarget)): \(e(w.target(Target(value: target.value, valueText: target.valueText, qualifier: target.qualifier, unit: target.unit, period: target.period, phrase: target.phrase))))"
                if let recorded = target.recorded, !recorded.isEmpty {
                    text += " — " + recorded.map { "\($0.year): \(w.number($0.value))" }.joined(separator: "; ")
                }
                lines.append(text)
            }
        }

        lines += ["", "## \(e(w.phrase(.sectionTasks)))"]
        let headers = [w.phrase(.columnCode), w.phrase(.columnTask), w.phrase(.columnLead), w.phrase(.columnCooperating),
                       w.phrase(.columnTimeframe), w.phrase(.columnStanding)]
        var tasksByGroup: [String: [Int]] = [:]
        for (index, task) in export.tasks.enumerated() { tasksByGroup[task.group, default: []].append(index) }
        let groupCodes = export.groups.map(\.code)
        var sections = export.groups.map { ("\($0.code). \($0.title)", tasksByGroup[$0.code] ?? []) }
        let ungrouped = export.tasks.indices.filter { !groupCodes.contains(export.tasks[$0].group) }
        if !ungrouped.isEmpty { sections.append((w.phrase(.sectionTasks), ungrouped)) }
        var done = 0
        for (title, members) in sections {
            lines += ["", "### \(e(title))", ""]
            var rows: [[String]] = []
            for index in members {
                let task = export.tasks[index]
                var standing = task.standing.map { w.standing($0, short: false) } ?? w.status(task.status ?? .notStarted)
                if let progress = task.statuses?.last?.progress, task.status != .done { standing += " \(progress)%" }
                rows.append([task.code, task.text, task.lead.map(\.name).joined(separator: "; "),
                             task.cooperating.map(\.name).joined(separator: "; "), task.timeframe.text, standing])
                done += 1
                if let progress, done % 1000 == 0 { progress(done, export.tasks.count) }
            }
            lines += MarkdownReport.table(ReportLayout.Table(headers: headers, rows: rows, numericColumns: []))
        }

        if !export.duties.isEmpty {
            lines += ["", "## \(e(w.phrase(.sectionDuties)))"]
            for duty in export.duties {
                lines += ["", "**\(e(duty.heading))**", ""]
                lines += duty.items.map { "- \(e($0))" }
            }
        }
        if !export.reporting.isEmpty {
            lines += ["", "## \(e(w.phrase(.sectionReporting)))", ""]
            lines += export.reporting.map { "- \(e($0.text))" }
        }
        if !export.footnotes.isEmpty {
            lines += ["", "## \(e(w.phrase(.sectionFootnotes)))", ""]
            lines += export.footnotes.map { "\($0.number). \(e($0.text))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
