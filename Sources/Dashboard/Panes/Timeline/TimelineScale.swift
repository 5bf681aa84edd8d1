import PlanKit

/// Where the timeline draws: the label column, the chart, and how dates map to the chart's columns.
/// Update (scroll, zoom, centre) and render both use it, so they agree on every column.
public struct TimelineScale: Sendable {
    public let firstYear: Int
    public let lastYear: Int
    public let labelWidth: Int
    /// The chart's first column and width, in screen columns.
    public let chartX: Int
    public let chartWidth: Int
    /// Columns one year takes at the current zoom.
    public let yearWidth: Int
    /// The chart's left edge, in years since 1 January of `firstYear`.
    public let origin: Double

    public init(_ timeline: TimelineState, area: Rect) {
        firstYear = timeline.firstYear
        lastYear = timeline.lastYear
        labelWidth = min(40, max(14, area.width / 4))
        chartX = area.x + labelWidth + 1
        chartWidth = max(1, area.width - labelWidth - 1)
        yearWidth = TimelineScale.yearWidth(timeline.zoom, chartWidth: chartWidth, years: lastYear - firstYear + 1)
        origin = timeline.origin ?? 0
    }

    /// Years fill the chart with the plan's span; quarters and months zoom in from there.
    static func yearWidth(_ zoom: TimelineZoom, chartWidth: Int, years: Int) -> Int {
        let fit = max(4, chartWidth / max(1, years))
        switch zoom {
        case .years: return fit
        case .quarters: return 4 * max(4, (fit + 1) / 2)
        case .months: return 12 * max(3, (fit + 3) / 4)
        }
    }

    /// A date as years since 1 January of the first year (the day's start).
    public func position(_ date: CalendarDate) -> Double {
        let start = CalendarDate.firstDay(ofYear: date.year)
        let days = Double(start.days(until: CalendarDate.lastDay(ofYear: date.year)) + 1)
        return Double(date.year - firstYear) + Double(start.days(until: date)) / days
    }

    /// The chart column (fractional, relative to `chartX`) where a date begins.
    public func column(_ date: CalendarDate) -> Double { (position(date) - origin) * Double(yearWidth) }

    /// The column just after a date's end (where a bar ending that day stops).
    public func columnAfter(_ date: CalendarDate) -> Double { column(date.adding(days: 1)) }

    /// Years the chart shows, for scrolling and centring.
    public var visibleYears: Double { Double(chartWidth) / Double(yearWidth) }

    /// One scroll step: a quarter of the chart, in whole units of the zoom (at least one).
    public func scrollStep(_ zoom: TimelineZoom) -> Double {
        let unit: Double
        switch zoom {
        case .years: unit = 1
        case .quarters: unit = 0.25
        case .months: unit = 1.0 / 12
        }
        return max(unit, (visibleYears / 4 / unit).rounded(.down) * unit)
    }

    /// The origin that puts a date in the chart's middle.
    public func origin(centring date: CalendarDate) -> Double { position(date) - visibleYears / 2 }

    /// Scrolling stops a year either side of the axis.
    public func clamp(_ origin: Double) -> Double {
        min(max(origin, -1), Double(lastYear - firstYear + 1))
    }
}
