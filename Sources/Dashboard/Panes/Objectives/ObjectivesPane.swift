import PlanKit
import PlanStore

/// Pane 1: objectives grouped by level, each wrapped to the width, with their numeric targets and, where
/// actual values are recorded, a progress bar, the figures and the years; the selected item in full below.
enum ObjectivesPane {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let plan = document.plan
        let targetCount = plan.objectives.reduce(0) { $0 + $1.targets.count }
        context.infoLine([Span(context.text(.pane(.objectives)), Style(.title, bold: true)),
                          Span("\(plan.objectives.count)", role: .normal),
                          Span(context.text(.objectiveTargets(targetCount)), role: .dim)], in: area, into: &screen)
        let parts = Layout.rows(Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                                [.fill(1), .fixed(context.layout.objectiveDetailHeight)])
        let rows = document.objectiveRows
        let selected = context.state.objectives.viewport.selected
        let list = parts[0]
        // Every item as its wrapped lines; the plan's objectives are few, so all are laid out and the
        // window scrolls just enough to show the selected item whole.
        var blocks: [[StyledLine]] = []
        for (index, row) in rows.enumerated() {
            var lines = self.lines(row, context, document, width: list.width)
            if case .heading = row.kind, index > 0 { lines.insert([], at: 0) }
            blocks.append(lines)
        }
        var start = 0
        var selectedRange = 0..<0
        for (index, block) in blocks.enumerated() {
            if index == selected { selectedRange = start..<(start + block.count) }
            start += block.count
        }
        var offset = max(0, selectedRange.upperBound - list.height)
        if selectedRange.lowerBound < offset { offset = selectedRange.lowerBound }
        var y = list.y - offset
        for (index, block) in blocks.enumerated() {
            for line in block {
                defer { y += 1 }
                guard y >= list.y, y < list.maxY else { continue }
                let isSelected = index == selected && !line.isEmpty
                let spans = line.map { span -> Span in
                    var copy = span
                    copy.style.selected = isSelected
                    return copy
                }
                TextLine.draw(spans, in: Rect(x: list.x, y: y, width: list.width, height: 1),
                              base: Style(.normal, selected: isSelected), glyphs: context.glyphs, into: &screen)
            }
        }
        ObjectiveDetail.draw(context, document, in: parts[1], into: &screen)
    }

    static func lines(_ row: ObjectiveRow, _ context: RenderContext, _ document: LoadedPlan, width: Int) -> [StyledLine] {
        let matched = context.matchesSearch(row.searchKey)
        switch row.kind {
        case .heading(let level, let heading):
            var spans = [Span(context.text(.objectiveLevel(level)), Style(matched ? .match : .header, bold: true))]
            if SearchKey.make(heading) != SearchKey.make(context.text(.objectiveLevel(level))) {
                spans.append(Span(context.glyphs.separator + heading, Style(.dim)))
            }
            return [spans]
        case .objective(let index):
            let objective = document.plan.objectives[index]
            return Paragraph.wrap(objective.text, width: width, style: Style(matched ? .match : .normal),
                                  label: Span(" \(context.glyphs.bullet) ", Style(.dim)))
        case .target(let objective, let target):
            let value = document.plan.objectives[objective].targets[target]
            var out = Paragraph.wrap(context.text.target(value), width: width, style: Style(matched ? .match : .accent, bold: true),
                                     label: Span("     \(context.glyphs.subBullet) ", Style(.dim)))
            let history = recorded(context, document, objective: objective, target: target)
            if let latest = history.last {
                out.append(progressLine(latest, of: value, context, indent: 7, width: width))
                if history.count > 1 {
                    let years = history.map { "\($0.year): \(TargetProgress.number($0.value))" }.joined(separator: context.glyphs.separator)
                    out += Paragraph.wrap(years, width: width, style: Style(.dim), label: Span("       ", Style(.dim)))
                }
            }
            return out
        }
    }

    /// The target's recorded values, when they belong to the plan on screen.
    static func recorded(_ context: RenderContext, _ document: LoadedPlan, objective: Int, target: Int) -> [TargetValue] {
        guard context.state.targets.planID == document.id else { return [] }
        return context.state.targets.history(objective: objective, target: target)
    }

    /// "████████▋░░ 2025: 280 / ~300 · 93%".
    static func progressLine(_ value: TargetValue, of target: Target, _ context: RenderContext, indent: Int,
                             width: Int) -> StyledLine {
        let chart = ChartGlyphs.forGlyphs(context.glyphs)
        let barWidth = max(6, min(20, (width - indent) / 4))
        let fraction = TargetProgress.fraction(value.value, of: target) ?? 0
        let bar = Bar.progress(fraction, width: barWidth, glyphs: chart)
        let reached = fraction >= 1
        var figures = "\(value.year): \(TargetProgress.number(value.value)) / \(TargetProgress.goal(target, unicode: chart == .unicode))"
        if let percent = TargetProgress.percent(value.value, of: target) { figures += context.glyphs.separator + percent }
        return [Span(String(repeating: " ", count: indent)), Span(bar.filled, Style(reached ? .success : .accent)),
                Span(bar.rest, Style(.dim)), Span(" " + figures, Style(.normal, bold: true))]
    }
}
