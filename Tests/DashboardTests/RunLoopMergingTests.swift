import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// Keys already waiting are applied one by one before the next frame: every key's effect, in order,
/// edits included; only the frames in between are skipped.
@Suite struct RunLoopMergingTests {
    static func configuration() -> DashboardConfiguration {
        DashboardConfiguration(language: .vi, user: "thu-ky", asOf: Seeds.date("2026-11-23"),
                               successors: .directory(Seeds.directory))
    }

    /// Typed text as key events; a carriage return is Enter.
    static func keys(_ text: String) -> [ScriptedTerminal.Event] { text.map { .key($0 == "\r" ? .enter : .char($0)) } }

    @Test func aBurstOfKeysIsDrawnOnceWithEveryKeyApplied() throws {
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        let burst = Array(repeating: ScriptedTerminal.Event.key(.char("j")), count: 30)
        let device = ScriptedTerminal(width: 80, height: 24, script: [.timeout] + burst + [.timeout])
        let runtime = DashboardRuntime(store: store, device: device, configuration: Self.configuration())
        _ = runtime.run()
        // Frames before any key (the first, an idle one), then one frame for the whole burst: none in between.
        let burstFrame = try #require(device.keysTakenAtFrame.firstIndex { $0 > 0 })
        #expect(device.keysTakenAtFrame[burstFrame] == 30)
        // The same keys one at a time, each drawn: the same cursor and the same screen.
        let oneByOne = Harness(store: InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)]))
        // The idle moment before the burst built the panes not shown yet (and the report reminder the
        // status bar carries): the same here, so only the burst differs.
        oneByOne.runtime.dispatch(.tick)
        for _ in 0..<30 { oneByOne.press(.char("j")) }
        #expect(runtime.state.matrix.viewport.selected == oneByOne.state.matrix.viewport.selected)
        #expect(runtime.state.matrix.viewport.selected > 0)
        #expect(device.presented[burstFrame].text == oneByOne.text)
    }

    @Test func editsInABurstAreAllSavedInOrder() throws {
        // On I.2: in progress, then suspended (the later key wins); then II.1 done; then back on I.2 a
        // progress prompt typed and accepted: four writes from one burst.
        let typed = ":I.2\ri" + "z" + ":II.1\rd" + ":I.2\rp40\r"
        let temp = try TempStore([.konTum])
        let device = ScriptedTerminal(width: 80, height: 24, script: [.timeout] + Self.keys(typed) + [.timeout])
        let runtime = DashboardRuntime(store: try temp.open(), device: device, configuration: Self.configuration())
        let exit = runtime.run()
        #expect(exit.errors.isEmpty)
        // Fewer frames than keys: the burst was merged.
        #expect(device.presented.count < typed.count)

        let reference = try TempStore([.konTum])
        let oneByOne = Harness(store: try reference.open())
        for character in typed { oneByOne.press(character == "\r" ? .enter : .char(character)) }

        let merged = try temp.open().statuses(planID: "kon-tum-3785")
        let expected = try reference.open().statuses(planID: "kon-tum-3785")
        #expect(merged.mapValues(\.status) == expected.mapValues(\.status))
        #expect(merged.mapValues(\.progress) == expected.mapValues(\.progress))
        let i2 = try #require(merged[StatusKey(taskCode: "I.2")])
        #expect(i2.status == .suspended)
        #expect(i2.progress == 40)
        #expect(merged[StatusKey(taskCode: "II.1")]?.status == .done)
        // Every write is in the history, in the order typed.
        let history = try temp.open().history(planID: "kon-tum-3785", taskCode: "I.2")
        let referenceHistory = try reference.open().history(planID: "kon-tum-3785", taskCode: "I.2")
        #expect(history.count == referenceHistory.count)
        #expect(history.count >= 3)
    }

    @Test func quittingInABurstStopsThere() throws {
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        let device = ScriptedTerminal(width: 80, height: 24, script: [.timeout] + Self.keys("jjqjjj"))
        let runtime = DashboardRuntime(store: store, device: device, configuration: Self.configuration())
        _ = runtime.run()
        let oneByOne = Harness(store: InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)]))
        oneByOne.type("jj")
        #expect(runtime.state.matrix.viewport.selected == oneByOne.state.matrix.viewport.selected)
    }
}

/// The terminal edge redraws only the rows that changed since the last frame.
@Suite struct RowDiffTests {
    static func screen(_ lines: [String], width: Int = 20) -> Screen {
        var screen = Screen(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { screen.put(line, x: 0, y: y, width: width) }
        return screen
    }

    @Test func aChangedRowIsRedrawnAndUnchangedRowsAreNot() {
        let before = Self.screen(["Kế hoạch", "I.1 Đào tạo", "I.2 Thu hút", "Đường dây"])
        var after = before
        after.put("I.2 Thu hút nhân lực", x: 0, y: 2, width: 20)
        #expect(after.changedRows(since: before) == [2])
        #expect(before.changedRows(since: before) == [])
        // A style alone is a change too.
        var styled = before
        styled.restyle(Rect(x: 0, y: 1, width: 3, height: 1)) { $0.bold = true }
        #expect(styled.changedRows(since: before) == [1])
        // A wide grapheme that replaces two narrow ones changes its row only.
        var wide = before
        wide.put("漢", x: 5, y: 3, style: .normal)
        #expect(wide.changedRows(since: before) == [3])
    }

    @Test func everyRowAtFirstOrAfterAResize() {
        let screen = Self.screen(["a", "b", "c"])
        #expect(screen.changedRows(since: nil) == [0, 1, 2])
        #expect(screen.changedRows(since: Self.screen(["a", "b"])) == [0, 1, 2])
        #expect(screen.changedRows(since: Self.screen(["a", "b", "c"], width: 21)) == [0, 1, 2])
    }

    @Test func equalCellsStoredApartAreEqualRows() {
        // The same text built twice (separate string storage) is the same row.
        let a = Self.screen([String(repeating: "ệ", count: 3) + "x"])
        let b = Self.screen([String(String(repeating: "ệ", count: 3).reversed()) + "x"])
        #expect(b.changedRows(since: a) == [])
    }

    @Test func movingTheCursorInTheMatrixRedrawsAFewRows() {
        let h = Harness(plans: [.konTum], width: 120, height: 40)
        let device = MemoryTerminal(width: 120, height: 40)
        device.present(h.screen)
        h.press(.char("j"))
        let moved = h.screen.changedRows(since: device.last)
        device.present(h.screen)
        #expect(!moved.isEmpty)
        #expect(!moved.contains(0))  // the tab bar
        #expect(moved.count < 40 / 2)
        #expect(device.rowsRedrawn == 40 + moved.count)
    }
}
