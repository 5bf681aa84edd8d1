import PlanKit

/// Pane 2, the task matrix: code, task, lead, cooperating, timeframe, standing; grouped by section.
enum TasksPane {
    static func columns(_ context: RenderContext, _ document: LoadedPlan) -> [TableColumn] {
        let sort = context.state.matrix.sort
        func title(_ column: MatrixColumn) -> String {
            let name = context.text(column.title)
            // The default order (plan order) needs no arrow; the code column is narrow.
            guard sort.column == column, sort != MatrixSort() else { return name }
            // The arrow goes first: a narrow column cuts the end of its title, never the sort mark.
            return "\(sort.reversed ? context.glyphs.descending : context.glyphs.ascending) \(name)"
        }
        return [
            TableColumn(title(.code), min: context.codeColumnWidth(document), max: 9, priority: 10),
            // The task's words get the room; the lead is abbreviated where its full name does not fit
            // ("Sở KH&ĐT"), as the cooperating column is.
            TableColumn(title(.task), min: 24, flex: 6, priority: 9),
            TableColumn(title(.lead), min: 12, max: 30, flex: 2, priority: 7),
            TableColumn(title(.cooperating), min: 10, max: 36, flex: 2, priority: 3),
            TableColumn(title(.timeframe), min: 9, max: 24, flex: 1, priority: 5),
            TableColumn(title(.standing), min: 12, max: 24, flex: 1, priority: 8),
        ]
    }

    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let matrix = context.state.matrix
        let shown = context.text(context.state.partialPlanNotice
                                 ?? .rowsShown(shown: matrix.shownTaskCount, total: document.plan.tasks.count))
        var info: [Span] = [Span(shown, role: .dim)]
        if let filters = FilterChoices.summary(matrix.filters, document, context.text) {
            info.append(Span(context.text(.filtersActive(filters)), Style(.warning, bold: true)))
        }
        if matrix.sort != MatrixSort() {
            info.append(Span(context.text(.sortedBy(context.text(matrix.sort.column.title), reversed: matrix.sort.reversed)),
                             role: .accent))
        }
        if context.hasMarks {
            info.append(Span(context.text(.editing(.marksInfo(context.state.editing.marks.count))), Style(.mark, bold: true)))
        }
        if context.state.agencyView == .current { info.append(Span(context.text(.agencyAsCurrent), role: .accent)) }
        if let search = context.state.search, search.pane == .tasks {
            info.append(Span("/" + search.query, role: .match))
        }
        context.infoLine(info, in: area, into: &screen)

        let layout = context.layout
        var tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if TaskPreview.hasSidePanel(layout) {
            let panel = TaskPreview.panelWidth(area)
            tableArea.width -= panel + 1
            TaskPreview.drawPanel(context, document, in: Rect(x: tableArea.maxX + 1, y: tableArea.y, width: panel,
                                                              height: tableArea.height), into: &screen)
        } else {
            let strip = TaskPreview.stripHeight(layout)
            tableArea.height -= strip
            TaskPreview.drawStrip(context, document, in: Rect(x: area.x, y: tableArea.maxY, width: area.width, height: strip),
                                  into: &screen)
        }
        let area = Rect(x: area.x, y: area.y, width: tableArea.width, height: area.height)
        guard !matrix.rows.isEmpty else {
            Table.draw(columns: columns(context, document), widths: Table.columnWidths(columns(context, document),
                       available: area.width), header: columns(context, document).map { TableCell($0.title, Style(.header, bold: true)) },
                       rowCount: 0, viewport: Viewport(), in: tableArea, glyphs: context.glyphs, into: &screen) { _ in .cells([]) }
            let message = document.plan.tasks.isEmpty ? context.text(.noTasks) : context.text(.noRows)
            TextLine.draw(message, x: area.x + 1, y: tableArea.y + 2, width: area.width - 2, style: Style(.dim),
                          glyphs: context.glyphs, into: &screen)
            return
        }
        let columns = columns(context, document)
        let widths = Table.columnWidths(columns, available: area.width)
        let header = columns.map { TableCell($0.title, Style(.header, bold: true)) }
        Table.draw(columns: columns, widths: widths, header: header, rowCount: matrix.rows.count,
                   viewport: matrix.viewport, in: tableArea, glyphs: context.glyphs, into: &screen) { index in
            row(matrix.rows[index], context, document, widths: widths, totalWidth: area.width)
        }
    }

    /// One visible row; called only for rows on screen.
    static func row(_ row: MatrixRow, _ context: RenderContext, _ document: LoadedPlan, widths: [Int],
                    totalWidth: Int) -> TableRow {
        switch row {
        case .group(let index, let count):
            let group = document.plan.groups[index]
            let collapsed = context.state.matrix.collapsed.contains(group.code)
            let matched = context.matchesSearch(document.groupKeys[index])
            // While only the first page is loaded a group's count is not known yet.
            return groupRow(collapsed: collapsed, code: group.code, title: group.title,
                            count: document.isPartial ? nil : count, matched: matched, context, totalWidth: totalWidth)
        case .ungrouped(let count):
            return groupRow(collapsed: false, code: "", title: "", count: document.isPartial ? nil : count, matched: false,
                            context, totalWidth: totalWidth)
        case .task(let index):
            return taskRow(index, context, document, widths: widths)
        }
    }

    static func groupRow(collapsed: Bool, code: String, title: String, count: Int?, matched: Bool,
                         _ context: RenderContext, totalWidth: Int) -> TableRow {
        let glyph = collapsed ? context.glyphs.groupClosed : context.glyphs.groupOpen
        let countText = " (\(count.map { context.text(.groupCount($0)) } ?? String(context.glyphs.ellipsis)))"
        let head = "\(glyph) \(code) "
        let room = max(0, totalWidth - DisplayWidth.of(head) - DisplayWidth.of(countText))
        // The title gives way so that the count stays visible.
        let titleText = TextLine.fitted(title, width: room, glyphs: context.glyphs)
        return .spanning([
            Span(head, Style(matched ? .match : .accent, bold: true)),
            Span(titleText, Style(.accent, bold: true)),
            Span(countText, Style(.dim)),
        ])
    }

    static func taskRow(_ index: Int, _ context: RenderContext, _ document: LoadedPlan, widths: [Int]) -> TableRow {
        let task = document.plan.tasks[index]
        let standing = document.standings[index]
        let matched = context.matchesSearch(task: index, in: document)
        let lead = context.agencies.names(task.lead)
        let leadFull = lead.joined(separator: ", ")
        let leadText = DisplayWidth.of(leadFull) <= widths[2] ? leadFull : document.abbreviatedAgencies(lead)
        let cooperating = document.abbreviatedAgencies(context.agencies.names(task.cooperating))
        return .cells([
            context.codeCell(task, matched: matched),
            TableCell(task.text),
            TableCell(leadText),
            TableCell(cooperating, Style(.dim)),
            TableCell(task.timeframe.text),
            TableCell(context.standingName(standing, width: widths[5]), context.flashed(context.standingStyle(standing), task.code)),
        ])
    }
}
