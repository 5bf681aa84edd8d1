/// A report put into words: a title, heading lines, and sections of paragraphs and tables of text.
/// Markdown, plain text and CSV lay out the same content, so the three never disagree.
public struct ReportLayout: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        public var headers: [String]
        public var rows: [[String]]
        /// Columns of figures: right-aligned where the format can.
        public var numericColumns: Set<Int>
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var paragraphs: [String]
        public var table: Table?
    }

    public var title: String
    /// (label, value) pairs under the title: the plan, the as-of day, the year, the next report.
    public var heading: [(label: String, value: String)]
    public var sections: [Section]

    public static func == (a: ReportLayout, b: ReportLayout) -> Bool {
        a.title == b.title && a.sections == b.sections
            && a.heading.map(\.label) == b.heading.map(\.label) && a.heading.map(\.value) == b.heading.map(\.value)
    }

    public init(_ report: PlanReport, wording w: some ReportWording) {
        title = w.phrase(.reportTitle)
        let plan = report.plan
        heading = [
            (w.phrase(.planReference(number: plan.number, date: plan.date.map(w.date))), plan.title),
            (w.phrase(.issuer), plan.issuer),
            (w.phrase(.asOf), w.date(report.asOf)),
            (w.phrase(.reportYear), String(report.year)),
        ]
        if let scope = report.scope { heading.append((w.phrase(.columnAgency), w.phrase(.scope(scope)))) }
        if let next = report.nextReport {
            heading.append((w.phrase(.nextReport), "\(w.date(next.due)) (\(w.phrase(.daysLeft(next.daysLeft))))"))
        } else {
            heading.append((w.phrase(.nextReport), w.phrase(.noReportingDuty)))
        }

        var sections = [Self.summary(report, w)]
        switch report.breakdown {
        case .agency:
            let lead = report.agencies.filter { $0.lead.total > 0 }
            let cooperating = report.agencies.filter { $0.cooperating.total > 0 }
            sections.append(Self.countsSection(w.phrase(.sectionByLead), w.phrase(.columnAgency),
                                               lead.map { (Self.agency($0.agency, w), $0.lead) }, w))
            sections.append(Self.countsSection(w.phrase(.sectionByCooperating), w.phrase(.columnAgency),
                                               cooperating.map { (Self.agency($0.agency, w), $0.cooperating) }, w))
        case .group:
            sections.append(Self.countsSection(w.phrase(.sectionByGroup), w.phrase(.columnGroup),
                                               report.groups.map { ("\($0.code). \($0.title)", $0.counts) }, w))
        }
        sections.append(Self.taskSection(w.phrase(.sectionOverdue), report.overdue, overdue: true, w))
        sections.append(Self.taskSection(w.phrase(.sectionDueSoon(days: report.dueSoonDays)), report.dueSoon, overdue: false, w))
        sections.append(Self.changes(report, w))
        if !report.targets.isEmpty { sections.append(Self.targets(report, w)) }
        sections.append(Self.reporting(report, w))
        for index in sections.indices { sections[index].title = "\(index + 1). " + sections[index].title }
        self.sections = sections
    }

    /// "Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)".
    static func agency(_ name: PlanReport.AgencyName, _ w: some ReportWording) -> String {
        guard let successor = name.successor else { return name.printed }
        return "\(name.printed) (\(w.phrase(.agencySuccessor(successor))))"
    }

    static func agencies(_ names: [PlanReport.AgencyName], _ w: some ReportWording) -> String {
        names.map { agency($0, w) }.joined(separator: "; ")
    }

    static func ratio(_ counts: ReportCounts, _ w: some ReportWording) -> String {
        guard let share = counts.overdueRatio else { return "—" }
        return "\(counts.overdue)/\(counts.withDeadline) (\(w.percent(share)))"
    }

    static func summary(_ report: PlanReport, _ w: some ReportWording) -> Section {
        let totals = report.totals
        var rows = [[w.phrase(.totalTasks), String(totals.total)]]
        rows += ReportCounts.columns.map { [w.standing($0, short: false), String(totals[$0])] }
        rows.append([w.phrase(.overdueRatio), ratio(totals, w)])
        return Section(title: w.phrase(.sectionSummary),
                       paragraphs: [w.phrase(.overdueRatioDefinition(dueSoonDays: report.dueSoonDays))],
                       table: Table(headers: [w.phrase(.columnItem), w.phrase(.columnCount)], rows: rows, numericColumns: [1]))
    }

    static func countsSection(_ title: String, _ firstColumn: String, _ lines: [(String, ReportCounts)],
                              _ w: some ReportWording) -> Section {
        guard !lines.isEmpty else { return Section(title: title, paragraphs: [w.phrase(.nothing)], table: nil) }
        let headers = [firstColumn, w.phrase(.columnTotal)] + ReportCounts.columns.map { w.standing($0, short: true) }
            + [w.phrase(.columnOverdueRatio)]
        let rows = lines.map { name, counts in
            [name, String(counts.total)] + ReportCounts.columns.map { String(counts[$0]) } + [ratio(counts, w)]
        }
        return Section(title: title, paragraphs: [],
                       table: Table(headers: headers, rows: rows, numericColumns: Set(1..<(headers.count))))
    }

    static func taskSection(_ title: String, _ lines: [PlanReport.TaskLine], overdue: Bool, _ w: some ReportWording) -> Section {
        guard !lines.isEmpty else { return Section(title: title, paragraphs: [w.phrase(.noTasks)], table: nil) }
        let headers = [w.phrase(.columnCode), w.phrase(.columnTask), w.phrase(.columnLead), w.phrase(.columnDeadline),
                       w.phrase(overdue ? .columnDaysOverdue : .columnDaysLeft), w.phrase(.columnStatus)]
        let rows = lines.map { line -> [String] in
            var status = w.status(line.status)
            if let progress = line.progress, line.status != .done { status += " \(progress)%" }
            if let note = line.note { status += " — \(note)" }
            let code = line.year.map { "\(line.code) (\(w.phrase(.yearInstance($0))))" } ?? line.code
            return [code, line.text, agencies(line.lead, w), w.date(line.deadline),
                    String(overdue ? line.daysPastDeadline : -line.daysPastDeadline), status]
        }
        return Section(title: title, paragraphs: [], table: Table(headers: headers, rows: rows, numericColumns: [4]))
    }

    static func changes(_ report: PlanReport, _ w: some ReportWording) -> Section {
        let title = w.phrase(.sectionChanges(year: report.year))
        let s = report.changeSummary
        let summary = w.phrase(.changeSummary(changes: s.changes, tasks: s.tasks, doneInYear: s.doneInYear))
        guard !report.changes.isEmpty else { return Section(title: title, paragraphs: [summary], table: nil) }
        let headers = [w.phrase(.columnDate), w.phrase(.columnWho), w.phrase(.columnCode), w.phrase(.columnChange),
                       w.phrase(.columnNote)]
        let rows = report.changes.map { change -> [String] in
            let code = change.year.map { "\(change.code) (\(w.phrase(.yearInstance($0))))" } ?? change.code
            var to = w.status(change.to)
            if let progress = change.progress, change.to != .done { to += " \(progress)%" }
            if let doneOn = change.doneOn { to += " \(w.date(doneOn))" }
            let from = change.from.map(w.status) ?? w.status(.notStarted)
            let kind = change.kind == .edit ? "" : " (\(w.changeKind(change.kind)))"
            return [w.date(change.on), change.who, code, "\(from) → \(to)\(kind)", change.note ?? ""]
        }
        return Section(title: title, paragraphs: [summary], table: Table(headers: headers, rows: rows, numericColumns: []))
    }

    static func targets(_ report: PlanReport, _ w: some ReportWording) -> Section {
        let headers = [w.phrase(.columnObjective), w.phrase(.columnTarget), w.phrase(.columnValueInYear(report.year)),
                       w.phrase(.columnRecorded)]
        var previousObjective: Int?
        let rows = report.targets.map { line -> [String] in
            // An objective with several targets is printed once, on its first target's row.
            let objective = line.objectiveIndex == previousObjective ? "" : line.objective
            previousObjective = line.objectiveIndex
            let recorded = line.recorded.map { "\($0.year): \(w.number($0.value))" + ($0.note.map { " (\($0))" } ?? "") }
            return [objective, w.target(line.target), line.valueInYear.map(w.number) ?? w.phrase(.notRecorded),
                    recorded.isEmpty ? w.phrase(.notRecorded) : recorded.joined(separator: "; ")]
        }
        return Section(title: w.phrase(.sectionTargets), paragraphs: [],
                       table: Table(headers: headers, rows: rows, numericColumns: [2]))
    }

    static func reporting(_ report: PlanReport, _ w: some ReportWording) -> Section {
        let title = w.phrase(.sectionReporting)
        guard !report.reporting.isEmpty else { return Section(title: title, paragraphs: [w.phrase(.noReportingDuty)], table: nil) }
        let headers = [w.phrase(.columnReporters), w.phrase(.columnRecipient), w.phrase(.columnThrough),
                       w.phrase(.columnDueEachYear), w.phrase(.columnNextDue)]
        let rows = report.reporting.map { line -> [String] in
            let parts = line.dueEachYear.split(separator: "-").compactMap { Int($0) }
            let dueEachYear = parts.count != 2 ? line.dueEachYear
                : parts[0] == ReportingDuty.everyMonth ? w.phrase(.monthlyDay(day: parts[1]))
                : w.phrase(.annualDate(month: parts[0], day: parts[1]))
            let next = line.nextDue.map { due in "\(w.date(due)) (\(w.phrase(.daysLeft(line.daysLeft ?? 0))))" } ?? "—"
            return [agencies(line.reporters, w), line.to.map { agency($0, w) } ?? "—",
                    line.through.map { agency($0, w) } ?? "—", dueEachYear, next]
        }
        return Section(title: title, paragraphs: [], table: Table(headers: headers, rows: rows, numericColumns: []))
    }
}
