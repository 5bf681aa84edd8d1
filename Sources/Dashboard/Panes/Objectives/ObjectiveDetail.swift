import PlanKit

/// Under the objectives: the selected item in full — a target's words as printed and every recorded year
/// as a bar, or an objective's source line.
enum ObjectiveDetail {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in rect: Rect, into screen: inout Screen) {
        guard rect.height > 1 else { return }
        for x in rect.x..<rect.maxX { screen.put(context.glyphs.horizontal, x: x, y: rect.y, style: Style(.border)) }
        let rows = document.objectiveRows
        let selected = context.state.objectives.viewport.selected
        guard rows.indices.contains(selected) else { return }
        let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        var lines: [StyledLine] = []
        switch rows[selected].kind {
        case .heading(let level, let heading):
            let count = document.plan.objectives.filter { $0.level == level && ($0.level != .other || $0.heading == heading) }.count
            lines = [[Span(heading, Style(.header, bold: true)), Span(" (\(count))", Style(.dim))]]
        case .objective(let index):
            let objective = document.plan.objectives[index]
            lines = [[Span(objective.heading, Style(.header, bold: true)), Span(context.glyphs.separator, role: .dim),
                      Span(context.text(.detailSourceLine(objective.sourceLine)), Style(.dim)),
                      Span(context.glyphs.separator, role: .dim),
                      Span(context.text(.objectiveTargets(objective.targets.count)), Style(.dim))]]
        case .target(let objective, let target):
            let value = document.plan.objectives[objective].targets[target]
            lines = Paragraph.wrap("“\(value.phrase)”", width: body.width, style: Style(.dim))
            let history = ObjectivesPane.recorded(context, document, objective: objective, target: target)
            if history.isEmpty {
                lines.append([Span(context.text(.targetNoValue), Style(.accent))])
            } else {
                lines.append([Span(context.text(.targetHistory), Style(.header, bold: true))])
                // Latest years first: they matter most when the panel is short.
                for entry in history.reversed() {
                    lines.append(ObjectivesPane.progressLine(entry, of: value, context, indent: 1, width: body.width))
                }
            }
        }
        Paragraph.draw(lines, offset: 0, in: body, glyphs: context.glyphs, into: &screen)
    }
}
