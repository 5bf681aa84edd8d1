import PlanKit

extension Pane {
    public static let report = Pane("report")
}

extension ReportPane: PaneModule {
    static var pane: Pane { .report }
    static var title: any Phrase { ReportText.title }
    static var viewport: WritableKeyPath<AppState, Viewport> { \.report.viewport }
    static var isLazy: Bool { true }
    static var listsTasks: Bool { true }
    /// Enter (write the result), the agency and period keys and `w` come before the status keys.
    static var footerLeadsWithTaskKeys: Bool { false }

    static var commands: [CommandSpec] {
        let here = BindingContext.pane(.report)
        return [
            CommandSpec(nil, .report(.writeRow), keys: [.on(here, .enter, footer: true)]),
            CommandSpec("write-difficulties", .report(.writeDifficulties), keys: [.on(here, .char("K"))]),
            CommandSpec("write-proposals", .report(.writeProposals), keys: [.on(here, .char("P"))]),
            CommandSpec("cycle-assessment", .report(.cycleAssessment), keys: [.on(here, .char("T"))]),
            CommandSpec("next-agency", .report(.nextAgency), keys: [.on(here, .char("a"), footer: true)]),
            CommandSpec("previous-agency", .report(.previousAgency), keys: [.on(here, .char("A"))]),
            CommandSpec("next-period", .report(.nextPeriod), keys: [.on(here, .char(">"), footer: true)]),
            CommandSpec("previous-period", .report(.previousPeriod), keys: [.on(here, .char("<"))]),
            CommandSpec("write-docx", .report(.writeWord), aliases: ["docx"], keys: [.on(here, .char("w"), footer: true)]),
            CommandSpec("write-xlsx", .report(.writeExcel), aliases: ["xlsx"], keys: [.on(here, .char("x"))]),
        ]
    }

    /// `R` and `:report [AGENCY] [PERIOD]` open the pane from anywhere.
    static var globalCommands: [CommandSpec] {
        [CommandSpec("report", .report(.open), aliases: ["baocao", "bao-cao"], argument: .agencyAndPeriod,
                     keys: [.on(.global, .char("R"))])]
    }

    /// The report due for the user's agency (the report pane's period, as last compiled): its deadline, the
    /// days left or how late it is (judged on the as-of date, as the standings are), and the rows still empty;
    /// in the error colour once late. nil until first compiled, or when the plan states no deadline.
    static func statusReminder(_ context: RenderContext) -> Span? {
        let report = context.state.report
        guard let part = report.part, let due = report.deadline else { return nil }
        let days = context.state.asOf.days(until: due)
        let words = context.text(ReportText.reminder(date: context.text.date(due), daysLeft: days, empty: part.missingRows))
        let late = days < 0 && part.missingRows > 0
        return Span(words, late ? Style(.error, bold: true) : Style(.statusBar))
    }

    static func rowCount(_ state: AppState) -> Int { state.document == nil ? 0 : state.report.rowCount }

    /// The info line and the header come off the top, the selected row's full text off the bottom.
    static func listHeight(_ layout: ScreenLayout) -> Int {
        max(1, layout.content.height - 2 - previewHeight(layout))
    }

    /// Room for the title, the result and the row's difficulties and proposals where the screen has it.
    static func previewHeight(_ layout: ScreenLayout) -> Int {
        layout.content.height >= 36 ? 9 : layout.content.height >= 20 ? 6 : 3
    }

    static func selectedTask(_ state: AppState) -> Int? {
        guard !state.panesStale, case .task(let row)? = state.report.row(state.report.viewport.selected),
              let part = state.report.part else { return nil }
        return state.document?.taskIndex(code: part.rows[row].task.code)
    }

    static func row(ofTask task: Int, _ state: AppState) -> Int? {
        guard !state.panesStale, let tasks = state.document?.plan.tasks, tasks.indices.contains(task) else { return nil }
        return state.report.part?.rows.firstIndex { $0.task.code == tasks[task].code }
    }

    static func visibleTasks(_ state: AppState) -> [Int] {
        guard let document = state.document else { return [] }
        return state.report.part?.rows.compactMap { document.taskIndex(code: $0.task.code) } ?? []
    }

    static func rowMatches(row: Int, words: [String], _ state: AppState) -> Bool {
        guard let part = state.report.part else { return false }
        switch state.report.row(row) {
        case .task(let index)?:
            let line = part.rows[index]
            return SearchKey.matches(key: SearchKey.make("\(line.task.code) \(line.task.text) \(line.result?.text ?? "")"),
                                     words: words)
        case .section(let section)?:
            return SearchKey.matches(key: SearchKey.make(section.text(part.sections) ?? ""), words: words)
        case nil:
            return false
        }
    }

    static func rebuild(_ document: LoadedPlan, _ state: inout AppState) {
        state.report.rebuild(document, asOf: state.asOf)
    }

    static func adopt(_ built: AppState, into state: inout AppState) { state.report = built.report }

    /// Another plan: its agencies and periods are not the old one's; its results arrive with it.
    static func reset(_ state: inout AppState) {
        let settings = state.report.settings
        let directory = state.report.directory
        state.report = ReportState()
        state.report.settings = settings
        state.report.directory = directory
    }

    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        ReportPane.drawPane(context, document, in: area, into: &screen)
    }
}
