import PlanKit

/// One task of the timeline: its label, then its timeframe drawn on the chart in its standing's colour.
enum TimelineRowView {
    static func draw(_ task: Int, _ context: RenderContext, _ document: LoadedPlan, scale: TimelineScale, y: Int,
                     selected: Bool, indented: Bool, chart: ChartGlyphs, into screen: inout Screen) {
        let planTask = document.plan.tasks[task]
        let standing = document.standings[task]
        var style = context.standingStyle(standing)
        style.selected = selected
        let matched = context.matchesSearch(task: task, in: document)
        // Without colours the standing is still there: its symbol follows the code.
        let label: [Span] = [
            Span(indented ? "  " : "", Style(.normal, selected: selected)),
            Span(planTask.code, Style(matched ? .match : .normal, selected: selected, bold: true)),
            Span(" \(context.glyphs.symbol(standing)) ", style),
            Span(planTask.text, Style(.dim, selected: selected)),
        ]
        TextLine.draw(label, in: Rect(x: 0, y: y, width: scale.labelWidth, height: 1),
                      base: Style(.normal, selected: selected), glyphs: context.glyphs, into: &screen)
        let x0 = scale.chartX
        let width = scale.chartWidth
        let axisStart = scale.column(CalendarDate.firstDay(ofYear: scale.firstYear))
        let axisEnd = scale.columnAfter(CalendarDate.lastDay(ofYear: scale.lastYear))
        let timeframe = planTask.timeframe
        func bar(_ from: Double, _ to: Double, fill: Character? = nil, _ barStyle: Style) {
            Bar.draw(from: from, to: to, y: y, clipX: x0, clipWidth: width, style: barStyle, glyphs: chart, fill: fill,
                     into: &screen)
        }
        func mark(_ glyph: Character, at column: Int, _ markStyle: Style) {
            if column >= 0, column < width { screen.put(glyph, x: x0 + column, y: y, style: markStyle) }
        }
        switch timeframe.kind {
        case .year, .yearRange:
            if let start = timeframe.start, let end = timeframe.end {
                bar(scale.column(start), scale.columnAfter(end), style)
            }
        case .quarter, .month, .deadline, .relative where timeframe.end != nil:
            guard let end = timeframe.end else { break }
            let marker = Int(scale.column(end).rounded(.down))
            bar(axisStart, Double(marker), fill: chart.thin, style)
            mark(chart.marker, at: marker, Style(style.role, selected: selected, bold: true))
        case .continuous, .periodic:
            bar(axisStart, axisEnd, fill: chart.band, style)
        case .openEnded:
            bar(timeframe.start.map(scale.column) ?? axisStart, axisEnd, fill: chart.band, style)
        case .yearly, .continuousYearly:
            if timeframe.kind == .continuousYearly { bar(axisStart, axisEnd, fill: chart.band, style) }
            yearlyTicks(task, document, scale: scale, y: y, selected: selected, chart: chart, context, into: &screen)
        case .unknown, .relative:  // a relative deadline not yet counted from a date: its words
            TextLine.draw(timeframe.text, x: x0, y: y, width: width, style: Style(.dim, selected: selected),
                          glyphs: context.glyphs, into: &screen)
        }
    }

    /// A tick on each year's deadline, coloured by that year's own standing.
    static func yearlyTicks(_ task: Int, _ document: LoadedPlan, scale: TimelineScale, y: Int, selected: Bool,
                            chart: ChartGlyphs, _ context: RenderContext, into screen: inout Screen) {
        let planTask = document.plan.tasks[task]
        let calculator = StandingCalculator(dueSoonDays: StandingRule.dueSoonDays)
        let first = max(scale.firstYear, planTask.timeframe.start?.year ?? scale.firstYear)
        let last = min(scale.lastYear, planTask.timeframe.end?.year ?? scale.lastYear)
        guard first <= last else { return }
        for year in first...last {
            let key = StatusKey(taskCode: planTask.code, year: year)
            let record = document.statuses[key] ?? StatusRecord(key: key)
            let standing = calculator.standing(timeframe: planTask.timeframe, record: record, asOf: context.state.asOf)
            var style = context.standingStyle(standing)
            style.selected = selected
            style.bold = true
            let column = Int(scale.column(CalendarDate.lastDay(ofYear: year)).rounded(.down))
            if column >= 0, column < scale.chartWidth { screen.put(chart.tick, x: scale.chartX + column, y: y, style: style) }
        }
    }
}
