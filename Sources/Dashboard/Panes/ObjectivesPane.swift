import PlanKit

/// Pane 1: objectives under their headings, each with its numeric targets; the selected one in full below.
enum ObjectivesPane {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let plan = document.plan
        let targetCount = plan.objectives.reduce(0) { $0 + $1.targets.count }
        context.infoLine([Span(context.text(.pane(.objectives)), Style(.title, bold: true)),
                          Span("\(plan.objectives.count)", role: .normal),
                          Span(context.text(.objectiveTargets(targetCount)), role: .dim)], in: area, into: &screen)
        let detailHeight = context.layout.objectiveDetailHeight
        let parts = Layout.rows(Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                                [.fill(1), .fixed(detailHeight)])
        let rows = document.objectiveRows
        let viewport = context.state.objectivesView
        ListView.draw(count: rows.count, viewport: viewport, in: parts[0], glyphs: context.glyphs, into: &screen) { index in
            line(rows[index], context, document)
        }
        // The selected objective in full, under a rule.
        let detail = parts[1]
        guard detail.height > 1 else { return }
        for x in detail.x..<detail.maxX { screen.put(context.glyphs.horizontal, x: x, y: detail.y, style: Style(.border)) }
        guard rows.indices.contains(viewport.selected) else { return }
        let text: String
        switch rows[viewport.selected].kind {
        case .heading(let heading): text = heading
        case .objective(let index): text = plan.objectives[index].text
        case .target(let objective, let target): text = plan.objectives[objective].targets[target].phrase
        }
        let body = Rect(x: detail.x + 1, y: detail.y + 1, width: detail.width - 2, height: detail.height - 1)
        Paragraph.draw(Paragraph.wrap(text, width: body.width, style: .normal), offset: 0, in: body,
                       glyphs: context.glyphs, into: &screen)
    }

    static func line(_ row: ObjectiveRow, _ context: RenderContext, _ document: LoadedPlan) -> StyledLine {
        let matched = context.matchesSearch(row.searchKey)
        switch row.kind {
        case .heading(let heading):
            return [Span(heading, Style(matched ? .match : .header, bold: true))]
        case .objective(let index):
            let objective = document.plan.objectives[index]
            return [Span(" \(context.glyphs.bullet) ", Style(.dim)), Span(objective.text, Style(matched ? .match : .normal))]
        case .target(let objective, let target):
            let value = document.plan.objectives[objective].targets[target]
            return [Span("     \(context.glyphs.subBullet) ", Style(.dim)), Span(describe(value, context.text), Style(matched ? .match : .accent))]
        }
    }

    /// "khoảng 300 nhân lực mỗi năm".
    static func describe(_ target: Target, _ text: Localizer) -> String {
        var words: [String] = []
        let qualifier = text(.targetQualifier(target.qualifier))
        if !qualifier.isEmpty { words.append(qualifier) }
        words.append(target.valueText)
        if !target.unit.isEmpty { words.append(target.unit) }
        switch target.period {
        case .none: break
        case .perYear: words.append(text(.targetPerYear))
        case .byYear(let year): words.append(text(.targetByYear(year)))
        }
        return words.joined(separator: " ")
    }
}
