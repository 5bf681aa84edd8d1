import PlanKit

/// Pane 3, the responsibility graph: every agency with its counts on the left, the selected agency's graph
/// on the right; `m` switches to the responsibility matrix.
enum AgenciesPane {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let agencies = context.state.agencies
        var info: [Span] = [Span(context.text(.pane(.agencies)), Style(.title, bold: true)),
                            Span("\(agencies.nodes.count)", role: .normal),
                            Span(context.text(agencies.scope == .plan ? AgenciesText.ofPlan : .ofAllPlans), role: .accent),
                            Span(context.text(agencies.sort == .name ? AgenciesText.byName : .byLoad), role: .dim)]
        if let search = context.state.search, search.pane == .agencies { info.append(Span("/" + search.query, role: .match)) }
        context.infoLine(info, in: area, into: &screen)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if agencies.mode == .matrix {
            ResponsibilityMatrixView.draw(context, in: body, into: &screen)
            return
        }
        let parts = Layout.columns(body, [.percent(listPercent(area.width)), .fill(1)], spacing: 1)
        drawList(context, in: parts[0], into: &screen)
        for y in body.y..<body.maxY { screen.put(context.glyphs.vertical, x: parts[1].x - 1, y: y, style: Style(.border)) }
        AgencyGraphView.draw(context, node: context.state.agencies.viewport.selected, in: parts[1], into: &screen)
    }

    static func listPercent(_ width: Int) -> Int { width >= 120 ? 40 : 42 }

    /// The list's width from which its headers are words, not letters.
    static let listWidthForWords = 80

    /// The agencies with their counts; headers shrink to letters where the words do not fit.
    static func drawList(_ context: RenderContext, in rect: Rect, into screen: inout Screen) {
        let index = context.state.agencies.index
        let wide = rect.width >= listWidthForWords
        func header(_ word: UIText, _ letter: UIText) -> String { context.text(wide ? word : letter) }
        let countWidth = wide ? 8 : 3
        let columns = [
            TableColumn(context.text(.columnAgency), min: 12, flex: 1, priority: 10),
            TableColumn(header(.columnLeadCount, .leadLetter), min: countWidth, max: countWidth, priority: 9, alignRight: true),
            TableColumn(header(.columnCooperatingCount, .cooperatingLetter), min: countWidth, max: countWidth + 1,
                        priority: 8, alignRight: true),
            TableColumn(header(.columnDutyCount, .dutyLetter), min: wide ? 14 : 3, max: wide ? 14 : 3, priority: 6,
                        alignRight: true),
            TableColumn(header(.columnOverdueCount, .overdueLetter), min: countWidth, max: countWidth, priority: 7,
                        alignRight: true),
        ]
        let widths = Table.columnWidths(columns, available: rect.width)
        let asOf = context.state.asOf
        Table.draw(columns: columns, widths: widths, header: columns.map { TableCell($0.title, Style(.header, bold: true)) },
                   rowCount: index.nodes.count, viewport: context.state.agencies.viewport, in: rect, glyphs: context.glyphs,
                   into: &screen) { row in
            let node = index.nodes[row]
            // Where the name is cut, its abbreviation (Sở KH&ĐT) says more than its first words.
            var name = DisplayWidth.of(node.name) <= widths[0] ? node.name : AgencyAbbreviation.short(node.name)
            if node.isCollective { name += " (\(context.text(.collectiveBody)))" }
            if let successor = context.state.successors.successor(of: node.reference, on: asOf) {
                name += " \(context.glyphs.arrow) " + context.text(.successorArrow(successor.name,
                                                                                   since: successor.since.map(context.text.date)))
            }
            let none = context.glyphs == .unicode ? "·" : "."
            let matched = context.matchesSearch(node.searchKey)
            let dimmed = context.state.agencies.focus == .graph
            return .cells([
                TableCell(name, Style(matched ? .match : (node.isCollective ? .dim : .normal), bold: dimmed && !matched)),
                TableCell(node.led.isEmpty ? none : "\(node.led.count)", Style(.accent, bold: true)),
                TableCell(node.cooperating.isEmpty ? none : "\(node.cooperating.count)"),
                TableCell(node.duties.isEmpty ? none : "\(node.duties.count)", Style(.dim)),
                TableCell(node.overdue == 0 ? none : "\(node.overdue)", node.overdue == 0 ? Style(.dim) : context.standingStyle(.overdue)),
            ])
        }
    }
}
