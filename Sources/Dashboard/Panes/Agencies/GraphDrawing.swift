import PlanKit

/// The drawing part of the agency graph: the agency boxed in the middle, a bus and an edge to each task.
struct GraphDrawing {
    let context: RenderContext
    let agency: AgencyNode
    let index: AgencyIndex
    let rect: Rect

    func draw(into screen: inout Screen) {
        let chart = ChartGlyphs.forGlyphs(context.glyphs)
        let boxWidth = min(max(12, rect.width / 3), 26)
        var nameLines = TextLayout.wrap(agency.name, width: boxWidth - 2)
        if nameLines.count > rect.height - 2 || nameLines.count > 2 {
            nameLines = TextLayout.wrap(AgencyAbbreviation.short(agency.name), width: boxWidth - 2)
        }
        nameLines = Array(nameLines.prefix(max(1, rect.height - 2)))
        let boxHeight = min(rect.height, nameLines.count + 2)
        let boxX = rect.x + (rect.width - boxWidth) / 2
        let boxY = rect.y + (rect.height - boxHeight) / 2
        let centre = boxY + boxHeight / 2
        let inner = Box.draw(Rect(x: boxX, y: boxY, width: boxWidth, height: boxHeight), style: Style(.accent, bold: true),
                             glyphs: context.glyphs, into: &screen)
        for (offset, text) in nameLines.enumerated() where offset < inner.height {
            let pad = max(0, (inner.width - DisplayWidth.of(text)) / 2)
            TextLine.draw(text, x: inner.x + pad, y: inner.y + offset, width: inner.width - pad, style: Style(.title, bold: true),
                          glyphs: context.glyphs, into: &screen)
        }
        let leftBus = boxX - 2
        let rightBus = boxX + boxWidth + 1
        side(agency.led, lead: true, bus: leftBus, boxEdge: boxX, centre: centre, chart: chart, into: &screen)
        side(agency.cooperating, lead: false, bus: rightBus, boxEdge: boxX + boxWidth - 1, centre: centre, chart: chart,
             into: &screen)
    }

    /// One side of the graph: a row per task (the last one "+n" when they do not all fit), joined on a bus.
    private func side(_ tasks: [TaskRef], lead: Bool, bus: Int, boxEdge: Int, centre: Int, chart: ChartGlyphs,
                      into screen: inout Screen) {
        guard !tasks.isEmpty else { return }
        let edgeStyle = lead ? Style(.normal, bold: true) : Style(.dim)
        let horizontal = lead ? context.glyphs.horizontal : chart.dashed
        let shownCount = tasks.count > rect.height ? rect.height - 1 : tasks.count
        // Rows centred on the box so short lists sit beside it.
        let top = rect.y + max(0, (rect.height - (shownCount + (tasks.count > shownCount ? 1 : 0))) / 2)
        let labelX = lead ? rect.x : bus + 4
        let labelWidth = lead ? bus - rect.x - 3 : rect.maxX - labelX
        let firstItem = lead ? 0 : agency.led.count
        var edgeRows: [Int] = []
        for position in 0..<(shownCount + (tasks.count > shownCount ? 1 : 0)) {
            let y = top + position
            edgeRows.append(y)
            let label: [Span]
            if position == shownCount {
                label = [Span(context.text(.graphMore(tasks.count - shownCount)), Style(.dim))]
            } else {
                let ref = tasks[position]
                let task = index.task(ref)
                let standing = index.standing(ref)
                let selected = context.state.agencies.focus == .graph
                    && context.state.agencies.graphSelection == firstItem + position
                var style = context.standingStyle(standing)
                style.selected = selected
                style.bold = true
                let code = index.plans.count > 1 && ref.plan > 0 ? "\(index.plans[ref.plan].id):\(task.code)" : task.code
                let text = labelWidth >= 20 ? " " + task.text : ""
                label = [Span("\(code) \(context.glyphs.symbol(standing))", style), Span(text, Style(.dim, selected: selected))]
            }
            let fitted = TextLine.width(label) > labelWidth ? [Span(TextLine.fitted(label.map(\.text).joined(), width: labelWidth,
                                                                                    glyphs: context.glyphs), label[0].style)] : label
            let used = TextLine.width(fitted)
            TextLine.draw(fitted, in: Rect(x: labelX, y: y, width: labelWidth, height: 1), glyphs: context.glyphs,
                          into: &screen)
            let edgeFrom = lead ? rect.x + used + 1 : bus + 1
            let edgeTo = lead ? bus - 1 : labelX - 2
            for x in stride(from: edgeFrom, through: edgeTo, by: 1) { screen.put(horizontal, x: x, y: y, style: edgeStyle) }
        }
        // The bus joins every edge and the box.
        let busTop = min(edgeRows.first ?? centre, centre)
        let busBottom = max(edgeRows.last ?? centre, centre)
        for y in busTop...busBottom {
            let isEdge = edgeRows.contains(y)
            let isCentre = y == centre
            let glyph = junction(up: y > busTop, down: y < busBottom, left: lead ? isEdge : isCentre,
                                 right: lead ? isCentre : isEdge, lead: lead, chart: chart)
            screen.put(glyph, x: bus, y: y, style: edgeStyle)
        }
        screen.put(horizontal, x: lead ? bus + 1 : bus - 1, y: centre, style: edgeStyle)
        screen.put(lead ? chart.teeLeft : chart.teeRight, x: boxEdge, y: centre, style: Style(.accent, bold: true))
    }

    private func junction(up: Bool, down: Bool, left: Bool, right: Bool, lead: Bool, chart: ChartGlyphs) -> Character {
        let unicode = chart == .unicode
        let vertical = lead ? context.glyphs.vertical : chart.dashedVertical
        let horizontal = lead ? context.glyphs.horizontal : chart.dashed
        guard unicode else { return (up || down) && (left || right) ? "+" : (up || down) ? vertical : horizontal }
        switch (up, down, left, right) {
        case (true, true, true, true): return "┼"
        case (true, true, true, false): return "┤"
        case (true, true, false, true): return "├"
        case (true, true, false, false): return vertical
        case (false, true, true, true): return "┬"
        case (false, true, true, false): return "┐"
        case (false, true, false, true): return "┌"
        case (true, false, true, true): return "┴"
        case (true, false, true, false): return "┘"
        case (true, false, false, true): return "└"
        case (false, false, _, _): return horizontal
        case (_, _, false, false): return vertical
        }
    }
}
