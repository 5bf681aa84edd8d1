import PlanKit

/// Pane 5, the period report: one agency's rows of the reporting form (Biểu 01) for one period, then its
/// three free sections; a row without a result is marked "!" and worded, not only coloured. The selected
/// row's whole text, line breaks kept, shows under the list.
enum ReportPane {
    static func drawPane(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let report = context.state.report
        let text = context.text
        guard let part = report.part, let period = report.period else {
            context.infoLine([Span(text(ReportText.title), Style(.title, bold: true))], in: area, into: &screen)
            Paragraph.draw(Paragraph.wrap(text(ReportText.noReporters), width: area.width - 2, style: Style(.dim)), offset: 0,
                           in: Rect(x: area.x + 1, y: area.y + 2, width: area.width - 2, height: area.height - 2),
                           glyphs: context.glyphs, into: &screen)
            return
        }
        let position = (report.agencies.firstIndex { $0.key == part.key } ?? 0) + 1
        var info: [Span] = [Span(text(ReportText.title), Style(.title, bold: true)),
                            Span("\(part.name) (\(position)/\(report.agencies.count))", Style(.accent, bold: true)),
                            Span(period.label(vietnamese: text.language == .vi), role: .normal),
                            deadlineSpan(context)]
        info.append(part.missingRows > 0
                    ? Span(text(ReportText.emptyRows(part.missingRows, of: part.rows.count)), context.standingStyle(.overdue))
                    : Span(text(ReportText.allReported), Style(.dim)))
        if let search = context.state.search, search.pane == .report { info.append(Span("/" + search.query, role: .match)) }
        context.infoLine(info, in: area, into: &screen)

        let preview = ReportPane.previewHeight(context.layout)
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(1, area.height - 1 - preview))
        drawRows(context, part, in: list, into: &screen)
        let strip = Rect(x: area.x, y: list.maxY, width: area.width, height: area.maxY - list.maxY)
        drawSelected(context, part, in: strip, into: &screen)
    }

    /// "hạn 15/11/2026, còn 5 ngày" in the standing colour its closeness calls for.
    static func deadlineSpan(_ context: RenderContext) -> Span {
        guard let due = context.state.report.deadline else { return Span(context.text(ReportText.noDeadline), Style(.dim)) }
        let days = context.state.asOf.days(until: due)
        let words = context.text(ReportText.deadline(date: context.text.date(due), daysLeft: days))
        if days < 0 { return Span(words, context.standingStyle(.overdue)) }
        return Span(words, days <= 14 ? context.standingStyle(.dueSoon) : Style(.normal))
    }

    static func columns(_ context: RenderContext) -> [TableColumn] {
        let text = context.text
        // The role and assessment columns are as wide as their longest word, so neither is ever cut.
        func widest(_ words: [ReportText]) -> Int { words.map { DisplayWidth.of(text($0)) }.max() ?? 1 }
        let role = widest([.columnRole, .role(.lead), .role(.cooperating)])
        let assessment = widest([.columnAssessment] + Assessment.allCases.map { .assessment($0) })
        return [
            TableColumn("", min: 1, max: 1, priority: 20),
            TableColumn(text(ReportText.columnNumber), min: 5, max: 8, priority: 19),
            TableColumn(text(ReportText.columnTask), min: 14, flex: 2, priority: 18),
            TableColumn(text(ReportText.columnRole), min: role, max: role, priority: 12),
            TableColumn(text(ReportText.columnResult), min: 16, flex: 3, priority: 17),
            TableColumn(text(ReportText.columnAssessment), min: assessment, max: assessment, priority: 15),
        ]
    }

    static func drawRows(_ context: RenderContext, _ part: PeriodReport.AgencyPart, in rect: Rect, into screen: inout Screen) {
        let text = context.text
        let columns = columns(context)
        let widths = Table.columnWidths(columns, available: rect.width)
        let mark = Style(.error, bold: true)
        Table.draw(columns: columns, widths: widths, header: columns.map { TableCell($0.title, Style(.header, bold: true)) },
                   rowCount: context.state.report.rowCount, viewport: context.state.report.viewport, in: rect,
                   glyphs: context.glyphs, into: &screen) { index in
            switch context.state.report.row(index) {
            case .task(let at)?:
                let row = part.rows[at]
                let matched = context.matchesSearch(SearchKey.make("\(row.task.code) \(row.task.text) \(row.result?.text ?? "")"))
                let result = row.result.map { firstLine($0.text) } ?? text(ReportText.missing)
                return .cells([
                    TableCell(row.isMissing ? "!" : " ", mark),
                    TableCell(row.task.code, Style(.accent, bold: true)),
                    TableCell(row.task.text, Style(matched ? .match : .normal)),
                    TableCell(text(ReportText.role(row.role)), Style(row.role == .lead ? .normal : .dim)),
                    TableCell(result, row.isMissing ? Style(.warning, bold: !context.capabilities.colors) : Style(.normal)),
                    TableCell(row.assessment.map { text(ReportText.assessment($0)) } ?? "", assessmentStyle(row.assessment, context)),
                ])
            case .section(let section)?:
                let body = section.text(part.sections)
                return .cells([
                    TableCell(" "), TableCell(""),
                    TableCell(text(ReportText.section(section)), Style(.title, bold: true)), TableCell(""),
                    TableCell(body.map(firstLine) ?? text(ReportText.sectionEmpty), Style(body == nil ? .dim : .normal)),
                    TableCell(""),
                ])
            case nil:
                return .cells([])
            }
        }
    }

    static func assessmentStyle(_ assessment: Assessment?, _ context: RenderContext) -> Style {
        switch assessment {
        case .ahead?: return context.standingStyle(.doneOnTime)
        case .behind?: return context.standingStyle(.overdue)
        case .met?, nil: return Style(.normal)
        }
    }

    /// A cell shows the first line of a multi-line text, and " …" where more lines follow.
    static func firstLine(_ text: String) -> String {
        guard let end = text.firstIndex(of: "\n") else { return text }
        return String(text[..<end]) + " …"
    }

    /// The selected row: the task's whole title, then the result (or section) as written, line by line.
    static func drawSelected(_ context: RenderContext, _ part: PeriodReport.AgencyPart, in rect: Rect,
                             into screen: inout Screen) {
        guard rect.height > 1 else { return }
        for x in rect.x..<rect.maxX { screen.put(context.glyphs.horizontal, x: x, y: rect.y, style: Style(.border)) }
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        let text = context.text
        var lines: [StyledLine] = []
        switch context.state.report.row(context.state.report.viewport.selected) {
        case .task(let at)?:
            let row = part.rows[at]
            lines += Paragraph.wrap(row.task.text, width: inner.width, style: Style(.dim),
                                    label: Span(row.task.code + " ", Style(.accent, bold: true)))
            lines += Paragraph.wrap(row.result?.text ?? text(ReportText.missing), width: inner.width,
                                    style: Style(row.isMissing ? .warning : .normal), keepingLineBreaks: true)
            for (label, written) in [(ReportText.difficultiesLabel, row.result?.difficulties),
                                     (.proposalsLabel, row.result?.proposals)] {
                guard let written else { continue }
                lines += Paragraph.wrap(written, width: inner.width, style: Style(.normal),
                                        label: Span(text(label), Style(.title, bold: true)), keepingLineBreaks: true)
            }
        case .section(let section)?:
            lines += Paragraph.wrap(text(ReportText.section(section)), width: inner.width, style: Style(.title, bold: true))
            lines += Paragraph.wrap(section.text(part.sections) ?? text(ReportText.sectionEmpty), width: inner.width,
                                    style: Style(.normal), keepingLineBreaks: true)
        case nil:
            break
        }
        Paragraph.draw(lines, offset: 0, in: inner, glyphs: context.glyphs, into: &screen)
    }
}
