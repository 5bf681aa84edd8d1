import PlanKit

/// The responsibility matrix (`m`): agencies × task groups (× plans for all plans), lead and cooperating
/// counts in each cell like a RACI chart, totals per row and a totals line under the table.
enum ResponsibilityMatrixView {
    static func draw(_ context: RenderContext, in rect: Rect, into screen: inout Screen) {
        let index = context.state.agencies.index
        let allGroups = index.matrixColumns
        let offset = min(context.state.agencies.matrixColumnOffset, max(0, allGroups.count - 1))
        let groups = Array(allGroups.dropFirst(offset))
        let lead = context.text(.leadLetter)
        let cooperating = context.text(.cooperatingLetter)
        func cellText(_ counts: (lead: Int, cooperating: Int)) -> String {
            var parts: [String] = []
            if counts.lead > 0 { parts.append("\(counts.lead)\(lead)") }
            if counts.cooperating > 0 { parts.append("\(counts.cooperating)\(cooperating)") }
            return parts.isEmpty ? (context.glyphs == .unicode ? "·" : ".") : parts.joined(separator: " ")
        }
        let table = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 2))
        var columns = [TableColumn(context.text(.columnAgency), min: 14, flex: 1, priority: 100)]
        columns += groups.enumerated().map { position, group in
            TableColumn(group.title, min: 5, max: 8, priority: 50 - position, alignRight: true)
        }
        columns.append(TableColumn(context.text(.matrixTotal), min: 7, max: 9, priority: 99, alignRight: true))
        let widths = Table.columnWidths(columns, available: rect.width)
        // Columns cut off on either side: the title says so, and which keys bring them in.
        let hidden = offset > 0 || widths.dropFirst().dropLast().contains(0)
        var title = context.text(.responsibilityMatrix)
        if hidden { title += context.glyphs.separator + context.text(.matrixColumnsShown(from: offset + 1, of: allGroups.count)) }
        TextLine.draw(title, x: rect.x, y: rect.y, width: rect.width, style: Style(.accent), glyphs: context.glyphs, into: &screen)
        let totalsOf: (Int) -> (lead: Int, cooperating: Int) = { row in
            (index.nodes[row].led.count, index.nodes[row].cooperating.count)
        }
        Table.draw(columns: columns, widths: widths, header: columns.map { TableCell($0.title, Style(.header, bold: true)) },
                   rowCount: index.nodes.count, viewport: context.state.agencies.viewport, in: table, glyphs: context.glyphs,
                   into: &screen) { row in
            let node = index.nodes[row]
            let name = DisplayWidth.of(node.name) <= widths[0] ? node.name : AgencyAbbreviation.short(node.name)
            var cells = [TableCell(name, Style(node.isCollective ? .dim : .normal))]
            cells += groups.map { group in
                let counts = index.cell(row, group)
                return TableCell(cellText(counts), Style(counts.lead > 0 ? .accent : .normal, bold: counts.lead > 0))
            }
            cells.append(TableCell(cellText(totalsOf(row)), Style(.header, bold: true)))
            return .cells(cells)
        }
        // Totals per column: every lead and cooperating reference of the plans, each counted once per task.
        var totals = [TableCell(context.text(.matrixTotal), Style(.header, bold: true))]
        var allLead = 0
        var allCooperating = 0
        for group in groups {
            var sum = (lead: 0, cooperating: 0)
            for row in index.nodes.indices {
                let counts = index.cell(row, group)
                sum.lead += counts.lead
                sum.cooperating += counts.cooperating
            }
            allLead += sum.lead
            allCooperating += sum.cooperating
            totals.append(TableCell(cellText(sum), Style(.header, bold: true)))
        }
        totals.append(TableCell(cellText((allLead, allCooperating)), Style(.header, bold: true)))
        let y = rect.maxY - 1
        screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: Style(.header))
        Table.draw(columns: columns, widths: widths, header: nil, rowCount: 1, viewport: Viewport(selected: -1),
                   in: Rect(x: rect.x, y: y, width: rect.width, height: 1), glyphs: context.glyphs, into: &screen) { _ in
            .cells(totals)
        }
    }
}
