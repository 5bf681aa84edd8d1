import Dashboard
import PlanKit
import Testing

/// The agencies and timeline panes are derived when first shown or when the loop is idle, never twice.
@Suite struct LazyPanesTests {
    @Test func builtOnIdleOrWhenShownNotOnLoad() {
        var state = MeasureTests.state(Seeds.konTum, size: TerminalSize(width: 100, height: 30))
        #expect(state.panesStale)
        #expect(state.agencies.nodes.isEmpty)
        _ = DashboardApp.update(&state, .tick)
        #expect(!state.panesStale)
        #expect(!state.agencies.nodes.isEmpty)
        #expect(!state.timeline.rows.isEmpty)

        var shown = MeasureTests.state(Seeds.thaiNguyen, size: TerminalSize(width: 100, height: 30))
        _ = DashboardApp.update(&shown, .key(.char("3")))
        #expect(!shown.panesStale)
        #expect(shown.agencies.nodes.contains { $0.name == "Sở Kế hoạch và Đầu tư" })
        // A new as-of date makes them stale again; shown panes are rebuilt at once.
        _ = DashboardApp.update(&shown, .key(.char(":")))
        for ch in "asof 2027-01-01" { _ = DashboardApp.update(&shown, .key(.char(ch))) }
        _ = DashboardApp.update(&shown, .key(.enter))
        #expect(shown.asOf == CalendarDate(year: 2027, month: 1, day: 1))
        #expect(!shown.panesStale)
    }
}
