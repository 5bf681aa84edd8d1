import PlanKit

/// Pane 4 (for now a list): tasks by deadline, earliest first; tasks with no deadline at the end.
enum TimelinePane {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let order = document.timelineOrder
        context.infoLine([Span(context.text(.tasksByDeadline), Style(.title, bold: true)),
                          Span(context.text(.asOf(context.text.date(context.state.asOf))), role: .dim)],
                         in: area, into: &screen)
        let columns = [
            TableColumn(context.text(.columnDeadline), min: 10, max: 10, priority: 10),
            TableColumn(context.text(.columnCode), min: context.codeColumnWidth(document), max: 9, priority: 9),
            TableColumn(context.text(.columnStanding), min: 12, max: 24, flex: 1, priority: 8),
            TableColumn(context.text(.columnLead), min: 10, max: 30, flex: 1, priority: 5),
            TableColumn(context.text(.columnTask), min: 16, flex: 4, priority: 7),
        ]
        let widths = Table.columnWidths(columns, available: area.width)
        Table.draw(columns: columns, widths: widths, header: columns.map { TableCell($0.title, Style(.header, bold: true)) },
                   rowCount: order.count, viewport: context.state.timelineView,
                   in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                   glyphs: context.glyphs, into: &screen) { index in
            let taskIndex = order[index]
            let task = document.plan.tasks[taskIndex]
            let standing = document.standings[taskIndex]
            let deadline = StandingRule.deadline(of: task.timeframe, asOf: context.state.asOf)
            let lead = context.agencies.names(task.lead)
            let leadFull = lead.joined(separator: ", ")
            let matched = context.matchesSearch(document.taskKeys[taskIndex])
            return .cells([
                TableCell(deadline.map(context.text.date) ?? context.text(.noDeadline), Style(.dim)),
                context.codeCell(task.code, matched: matched),
                TableCell(context.standingName(standing, width: widths[2]), context.flashed(context.standingStyle(standing), task.code)),
                TableCell(DisplayWidth.of(leadFull) <= widths[3] ? leadFull : AgencyAbbreviation.list(lead)),
                TableCell(task.text),
            ])
        }
    }
}
