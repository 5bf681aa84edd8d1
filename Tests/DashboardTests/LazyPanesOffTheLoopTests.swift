import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// A large plan's agencies, timeline and report panes are built off the run loop when it is idle: keys
/// pressed meanwhile are answered, the build is adopted as if made on the loop, and a build that a change
/// made out of date is dropped, never shown.
@Suite struct LazyPanesOffTheLoopTests {
    /// Kon Tum treated as a large plan (see `FirstPageLoadingTests`), loaded whole, its lazy panes not built.
    static func loaded() throws -> DashboardRuntime {
        let runtime = DashboardRuntime(store: InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)]),
                                       device: ScriptedTerminal(width: 120, height: 30, script: []),
                                       configuration: FirstPageLoadingTests.configuration())
        runtime.dispatch(.started)
        #expect(runtime.collectWholePlan(waiting: true))
        #expect(runtime.state.panesStale)
        return runtime
    }

    /// The lazy panes as the loop itself would build them from this state.
    static func builtOnTheLoop(_ state: AppState) -> AppState {
        var reference = state
        reference.panesStale = true
        _ = DashboardApp.update(&reference, .tick)
        return reference
    }

    @Test func keysAreAnsweredWhileThePanesBuildAndTheBuildIsAdopted() throws {
        let runtime = try Self.loaded()
        runtime.buildLazyPanes()
        #expect(runtime.isBuildingLazyPanes)
        // Moving in the matrix changes nothing the panes are built from: the build stays wanted.
        runtime.dispatch(.key(.char("j")))
        runtime.dispatch(.key(.char("j")))
        let selected = runtime.state.matrix.viewport.selected
        #expect(runtime.state.panesStale)
        #expect(runtime.collectLazyPanes(waiting: true))
        #expect(!runtime.state.panesStale)
        #expect(!runtime.isBuildingLazyPanes)
        #expect(runtime.state.matrix.viewport.selected == selected)
        let reference = Self.builtOnTheLoop(runtime.state)
        #expect(!runtime.state.agencies.nodes.isEmpty)
        #expect(runtime.state.agencies.nodes.map(\.name) == reference.agencies.nodes.map(\.name))
        #expect(!runtime.state.timeline.rows.isEmpty)
        #expect(runtime.state.timeline.rows == reference.timeline.rows)
        // Shown now, the timeline draws what the loop would have drawn.
        runtime.dispatch(.key(.char("4")))
        var shown = reference
        _ = DashboardApp.update(&shown, .key(.char("4")))
        let size = TerminalSize(width: 120, height: 30)
        let capabilities = TerminalCapabilities(colors: true, unicode: true)
        #expect(DashboardApp.render(runtime.state, size: size, capabilities: capabilities).text
                == DashboardApp.render(shown, size: size, capabilities: capabilities).text)
    }

    @Test func aBuildMadeOutOfDateIsDroppedAndBuiltAgain() throws {
        let runtime = try Self.loaded()
        let before = Self.builtOnTheLoop(runtime.state)
        runtime.buildLazyPanes()
        // A new as-of date while it builds: every standing moves, the panes are stale again.
        runtime.dispatch(.key(.char(":")))
        for character in "asof 2031-01-01" { runtime.dispatch(.key(.char(character))) }
        runtime.dispatch(.key(.enter))
        #expect(runtime.state.asOf == CalendarDate(year: 2031, month: 1, day: 1))
        #expect(runtime.collectLazyPanes(waiting: true))
        #expect(runtime.state.panesStale)
        // The next idle moment builds from the new date.
        runtime.buildLazyPanes()
        #expect(runtime.collectLazyPanes(waiting: true))
        #expect(!runtime.state.panesStale)
        let after = Self.builtOnTheLoop(runtime.state)
        #expect(runtime.state.timeline.rows == after.timeline.rows)
        #expect(after.timeline.rows != before.timeline.rows)
    }

    @Test func aPaneShownWhileItBuildsIsBuiltAtOnceAndTheBuildIsDropped() throws {
        let runtime = try Self.loaded()
        runtime.buildLazyPanes()
        runtime.dispatch(.key(.char("3")))
        #expect(!runtime.state.panesStale)
        let shown = runtime.state.agencies.nodes.map(\.name)
        #expect(runtime.collectLazyPanes(waiting: true))
        #expect(runtime.state.agencies.nodes.map(\.name) == shown)
        #expect(!runtime.state.panesStale)
    }

    @Test func aSmallPlanIsBuiltOnTheLoopAtOnce() throws {
        var configuration = FirstPageLoadingTests.configuration()
        configuration.firstPageAbove = 5_000
        let runtime = DashboardRuntime(store: InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)]),
                                       device: ScriptedTerminal(width: 120, height: 30, script: []),
                                       configuration: configuration)
        runtime.dispatch(.started)
        #expect(runtime.state.panesStale)
        runtime.buildLazyPanes()
        #expect(!runtime.isBuildingLazyPanes)
        #expect(!runtime.state.panesStale)
    }
}
