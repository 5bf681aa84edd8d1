import PlanKit

/// Pane 3: every agency of the plan with how many tasks it leads and cooperates on, and its duties.
enum AgenciesPane {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let rows = document.agencyRows
        context.infoLine([Span(context.text(.pane(.agencies)), Style(.title, bold: true)),
                          Span("\(rows.count)", role: .normal)], in: area, into: &screen)
        let columns = [
            TableColumn(context.text(.columnAgency), min: 20, flex: 3, priority: 10),
            TableColumn(context.text(.columnKind), min: 10, max: 24, flex: 1, priority: 2),
            TableColumn(context.text(.columnLeadCount), min: 8, max: 10, priority: 9, alignRight: true),
            TableColumn(context.text(.columnCooperatingCount), min: 8, max: 10, priority: 8, alignRight: true),
            TableColumn(context.text(.columnDutyCount), min: 8, max: 16, priority: 5, alignRight: true),
        ]
        let widths = Table.columnWidths(columns, available: area.width)
        let asOf = context.state.asOf
        Table.draw(columns: columns, widths: widths, header: columns.map { TableCell($0.title, Style(.header, bold: true)) },
                   rowCount: rows.count, viewport: context.state.agenciesView,
                   in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                   glyphs: context.glyphs, into: &screen) { index in
            let row = rows[index]
            var name = row.name
            if let successor = context.state.successors.successor(of: row.reference, on: asOf) {
                name += " \(context.glyphs.arrow) \(successor.name)"
            }
            let matched = context.matchesSearch(row.searchKey)
            return .cells([
                TableCell(name, Style(matched ? .match : .normal)),
                TableCell(context.text(.agencyKind(row.kind)), Style(.dim)),
                TableCell("\(row.leadCount)", Style(.accent)),
                TableCell("\(row.cooperatingCount)"),
                TableCell("\(row.dutyCount)", Style(.dim)),
            ])
        }
    }
}
