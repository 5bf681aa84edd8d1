import PlanKit

/// Pane 4: a time axis over the plan's span, tasks as bars, markers, ticks and bands, grouped by lead agency,
/// by task group or not at all, with a vertical line on the as-of date.
enum TimelinePane {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, in area: Rect, into screen: inout Screen) {
        let timeline = context.state.timeline
        let scale = TimelineScale(timeline, area: area)
        let chart = ChartGlyphs.forGlyphs(context.glyphs)
        var info: [Span] = [Span(context.text(.pane(.timeline)), Style(.title, bold: true)),
                            Span(context.text(TimelineText.grouping(timeline.grouping)), role: .accent),
                            Span(context.text(TimelineText.zoom(timeline.zoom)), role: .dim),
                            Span("\(chart.todayAxis) " + context.text(TimelineText.today(context.text.date(context.state.asOf))),
                                 role: .warning)]
        if let report = document.plan.reporting.first, report.isMonthly {
            info.append(Span("\(chart.report) " + context.text(TimelineText.reportDayMonthly(report.dueDay)), role: .accent))
        } else if let report = document.plan.reporting.first {
            let day = CalendarDate(year: 2001, month: report.dueMonth, day: report.dueDay)
            let label = day.map { String($0.vietnamese.prefix(5)) } ?? "\(report.dueDay)/\(report.dueMonth)"
            info.append(Span("\(chart.report) " + context.text(TimelineText.reportDay(label)), role: .accent))
        }
        if let search = context.state.search, search.pane == .timeline { info.append(Span("/" + search.query, role: .match)) }
        context.infoLine(info, in: area, into: &screen)
        guard area.height > 3 else { return }
        TimelineAxis.draw(context, document, scale: scale, labelsY: area.y + 1, ticksY: area.y + 2, chart: chart,
                          into: &screen)
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        let rows = timeline.rows
        let viewport = context.state.timeline.viewport
        let offset = Viewport.offset(selected: viewport.selected, current: viewport.offset, height: body.height,
                                     count: rows.count)
        let todayColumn = Int(scale.column(context.state.asOf).rounded(.down))
        for line in 0..<body.height {
            let index = offset + line
            guard index < rows.count else { break }
            let y = body.y + line
            let selected = index == viewport.selected
            screen.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: Style(.normal, selected: selected))
            switch rows[index] {
            case .header(let header, let counts):
                drawHeader(header, counts: counts, context, document, y: y, width: body.width, selected: selected,
                           into: &screen)
            case .task(let task):
                TimelineRowView.draw(task, context, document, scale: scale, y: y, selected: selected,
                                     indented: timeline.grouping != .none, chart: chart, into: &screen)
            }
            // The as-of line crosses every row; a heading's words stay readable.
            if todayColumn >= 0, todayColumn < scale.chartWidth {
                let x = scale.chartX + todayColumn
                let isHeader: Bool
                if case .header = rows[index] { isHeader = true } else { isHeader = false }
                if !isHeader || screen[x, y].grapheme == " " {
                    screen.put(chart.today, x: x, y: y, style: Style(.warning, selected: selected, bold: true))
                }
            }
        }
    }

    static func drawHeader(_ header: TimelineHeader, counts: [Standing: Int], _ context: RenderContext,
                           _ document: LoadedPlan, y: Int, width: Int, selected: Bool, into screen: inout Screen) {
        let title: String
        var matched = false
        switch header {
        case .agency(let key, let name):
            title = name
            matched = context.matchesSearch(SearchKey.make(name)) && !key.isEmpty
        case .group(let index):
            let group = document.plan.groups[index]
            title = "\(group.code). \(group.title)"
            matched = context.matchesSearch(document.groupKeys[index])
        case .unassigned: title = context.text(TimelineText.unassigned)
        case .unknownTimeframe: title = context.text(TimelineText.unknown)
        }
        var countSpans: [Span] = []
        for standing in StandingRule.severityOrder {
            guard let count = counts[standing], count > 0 else { continue }
            var style = context.standingStyle(standing)
            style.selected = selected
            countSpans.append(Span(" \(context.glyphs.symbol(standing))\(count)", style))
        }
        let head = Span("\(context.glyphs.groupOpen) ", Style(.accent, selected: selected, bold: true))
        let room = max(4, width - TextLine.width([head]) - TextLine.width(countSpans) - 1)
        let name = DisplayWidth.of(title) <= room ? title : AgencyAbbreviation.short(title)
        TextLine.draw([head, Span(TextLine.fitted(name, width: room, glyphs: context.glyphs),
                                  Style(matched ? .match : .header, selected: selected, bold: true))] + countSpans,
                      in: Rect(x: 0, y: y, width: width, height: 1), base: Style(.normal, selected: selected),
                      glyphs: context.glyphs, into: &screen)
    }
}
