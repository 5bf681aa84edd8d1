import Dashboard
import Foundation
import PlanKit
@testable import PlanStore
import Testing

/// Issue 17: a store that cannot be written opens read-only; the dashboard says so once and refuses edits.
@Suite struct ReadOnlyStoreTests {
    @Test func dashboardSaysReadOnlyAndEditsAreRefused() throws {
        let temp = try TempStore([.konTum])
        let store = try SQLiteStore(path: temp.path, readOnly: true)
        var configuration = DashboardConfiguration(language: .vi, user: "thu-ky", asOf: Seeds.date("2026-11-23"),
                                                   successors: .directory(Seeds.directory))
        configuration.readOnlyStorePath = temp.path
        let device = ScriptedTerminal(width: 100, height: 30, capabilities: TerminalCapabilities(colors: false, unicode: true),
                                      script: [])
        let runtime = DashboardRuntime(store: store, device: device, configuration: configuration)
        runtime.dispatch(.started)
        func text() -> String {
            DashboardApp.render(runtime.state, size: TerminalSize(width: 100, height: 30),
                                capabilities: TerminalCapabilities(colors: false, unicode: true)).text
        }
        #expect(text().contains("Chỉ đọc: không ghi được"))
        #expect(runtime.state.document != nil, "the plan is shown")
        // An edit on the read-only store: refused, said, nothing written, the screen keeps the stored value.
        let h = Harness(store: store)
        EditingKeyTests.jump(h, to: "I.2")
        h.type("d")
        #expect(h.text.contains("Chưa lưu: tệp dữ liệu chỉ cho đọc"))
        #expect(h.state.document?.statuses[StatusKey(taskCode: "I.2")] == nil)
        #expect(try store.statuses(planID: temp.id(.konTum)).isEmpty)
    }
}
