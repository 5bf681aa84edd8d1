import PlanKit

/// The timeline's two axis rows: year (and quarter or month) labels, then ticks, the yearly reporting
/// date and the as-of date.
enum TimelineAxis {
    static func draw(_ context: RenderContext, _ document: LoadedPlan, scale: TimelineScale, labelsY: Int, ticksY: Int,
                     chart: ChartGlyphs, into screen: inout Screen) {
        let x0 = scale.chartX
        let width = scale.chartWidth
        for column in 0..<width { screen.put(chart.axis, x: x0 + column, y: ticksY, style: Style(.border)) }
        var labelEnd = -1
        func label(_ text: String, at column: Int, style: Style) {
            guard column > labelEnd, column >= 0, column + DisplayWidth.of(text) <= width else { return }
            screen.put(text, x: x0 + column, y: labelsY, width: DisplayWidth.of(text), style: style)
            labelEnd = column + DisplayWidth.of(text)
        }
        let zoom = context.state.timeline.zoom
        let minorPerYear = zoom == .months ? 12 : 4
        let minorWidth = Double(scale.yearWidth) / Double(minorPerYear)
        let firstShown = scale.firstYear + Int(scale.origin.rounded(.down)) - 1
        let lastShown = firstShown + Int(scale.visibleYears.rounded(.up)) + 2
        for year in firstShown...lastShown {
            for minor in 0..<minorPerYear {
                let date = CalendarDate(year: year, month: 1 + minor * (12 / minorPerYear), day: 1)
                guard let date else { continue }
                let column = Int(scale.column(date).rounded(.down))
                guard column >= 0, column < width else { continue }
                if minor == 0 {
                    screen.put(chart.yearTick, x: x0 + column, y: ticksY, style: Style(.header, bold: true))
                    label("\(year)", at: column, style: Style(.header, bold: true))
                } else if minorWidth >= 2 {
                    screen.put(chart.minorTick, x: x0 + column, y: ticksY, style: Style(.dim))
                    // Quarter or month names where there is room for them.
                    if zoom != .years, minorWidth >= 3 {
                        label(zoom == .quarters ? "Q\(minor + 1)" : "\(minor + 1)", at: column, style: Style(.dim))
                    }
                }
            }
            for report in document.plan.reporting {
                for date in report.dueDates(in: year) {
                    let column = Int(scale.column(date).rounded(.down))
                    if column >= 0, column < width { screen.put(chart.report, x: x0 + column, y: ticksY, style: Style(.accent, bold: true)) }
                }
            }
        }
        let today = Int(scale.column(context.state.asOf).rounded(.down))
        if today >= 0, today < width {
            screen.put(chart.todayAxis, x: x0 + today, y: ticksY, style: Style(.warning, bold: true))
        }
        // Arrows say there is more of the axis off screen.
        if scale.origin > 0 { screen.put("<", x: x0 - 1, y: ticksY, style: Style(.dim)) }
    }
}
