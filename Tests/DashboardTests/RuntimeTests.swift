import Dashboard
import PlanKit
import PlanStore
import Testing

/// The runtime with a scripted terminal and the in-memory store: keys, polling, resize, quit.
@Suite struct RuntimeTests {
    func configuration(plan: String? = nil) -> DashboardConfiguration {
        DashboardConfiguration(language: .vi, user: "chu-tich", initialPlanID: plan, asOf: Seeds.date("2026-11-23"),
                               successors: .directory(Seeds.directory))
    }

    @Test func seesAnotherTerminalsChangeOnTimeoutAndRedrawsOnResize() throws {
        let store = InMemoryStore(plans: [("thai-nguyen", Seeds.thaiNguyen), ("kon-tum-3785", Seeds.konTum)])
        let other = { () -> Void in
            _ = try? store.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .done,
                                               doneOn: Seeds.date("2025-06-30"), basedOnVersion: 0)],
                                 planID: "thai-nguyen", by: "thu-ky")
        }
        let device = ScriptedTerminal(width: 100, height: 30, script: [
            // A pause after the resize: a `q` already waiting behind it would quit before its frame (keys merge).
            .key(.char("j")), .timeout, .run(other), .timeout, .resize(70, 20), .timeout, .key(.char("q")),
        ])
        let runtime = DashboardRuntime(store: store, device: device, configuration: configuration())
        let exit = runtime.run()
        #expect(exit.lastPlanID == "thai-nguyen")
        #expect(exit.errors.isEmpty)
        #expect(device.timeoutsSeen == 3)
        let last = try #require(device.lastScreen)
        #expect(last.width == 70 && last.height == 20)
        // The other terminal's "done" is on screen after the poll.
        #expect(last.text.contains("HT đúng hạn") || last.text.contains("Đã hoàn thành"))
        #expect(runtime.state.document?.standings[0] == .doneOnTime)
        #expect(try store.setting(DashboardConfiguration.lastPlanSetting) == "thai-nguyen")
    }

    @Test func opensTheLastPlanViewedThenTheRequestedOne() throws {
        let store = InMemoryStore(plans: [("thai-nguyen", Seeds.thaiNguyen), ("kon-tum-3785", Seeds.konTum)])
        try store.setSetting(DashboardConfiguration.lastPlanSetting, to: "kon-tum-3785")
        let first = DashboardRuntime(store: store, device: ScriptedTerminal(width: 80, height: 24, script: []),
                                     configuration: configuration())
        #expect(first.run().lastPlanID == "kon-tum-3785")
        let second = DashboardRuntime(store: store, device: ScriptedTerminal(width: 80, height: 24, script: []),
                                      configuration: configuration(plan: "thai"))
        #expect(second.run().lastPlanID == "thai-nguyen")
    }

    @Test func appliesStatusChangesAndReportsThem() throws {
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        let device = ScriptedTerminal(width: 80, height: 24, script: [])
        let runtime = DashboardRuntime(store: store, device: device, configuration: configuration())
        runtime.dispatch(.started)
        let change = StatusChange(key: StatusKey(taskCode: "I.2"), status: .inProgress, basedOnVersion: 0)
        var state = runtime.state
        #expect(DashboardApp.update(&state, .tick).isEmpty)
        let result = try store.apply([change], planID: "kon-tum-3785", by: "x")
        _ = DashboardApp.update(&state, .changesApplied(planID: "kon-tum-3785", result))
        let index = try #require(state.document?.taskIndex(code: "I.2"))
        #expect(state.document?.standings[index] == .inProgress)
    }

    @Test func storeFailureShowsOnTheStatusBar() {
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        store.failWrites = .writeFailed(path: "/ro/kehoach.sqlite", reason: "read-only")
        let device = ScriptedTerminal(width: 80, height: 24, script: [])
        let runtime = DashboardRuntime(store: store, device: device, configuration: configuration())
        let exit = runtime.run()
        // SQLite's English reason is said in the UI language (issue 17).
        #expect(exit.errors == ["không ghi được vào /ro/kehoach.sqlite: tệp dữ liệu chỉ cho đọc (\"read-only\")"])
        #expect(device.presented.contains { $0.text.contains("Lỗi kho dữ liệu: không ghi được") })
    }

    @Test func emptyStoreSaysHowToImport() throws {
        let device = ScriptedTerminal(width: 80, height: 24, script: [.key(.char("j")), .key(.char("?"))])
        let runtime = DashboardRuntime(store: InMemoryStore(), device: device, configuration: configuration())
        _ = runtime.run()
        #expect(try #require(device.presented.first).text.contains("kehoach import"))
    }
}
