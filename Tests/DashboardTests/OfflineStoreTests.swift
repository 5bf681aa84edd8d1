import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// Issue 13: a shared store's server out of reach. The status bar says "offline" (and keeps saying it),
/// an edit is refused with nothing written, and when the server answers again the mark goes and the
/// plan is reloaded with what others wrote meanwhile.
@Suite struct OfflineStoreTests {
    @Test(arguments: [Language.vi, .en]) func offlineIsShownEditsRefusedAndItRecovers(language: Language) throws {
        let store = InMemoryStore(plans: [(SeedPlan.konTum.rawValue, SeedPlan.konTum.plan)])
        let h = Harness(store: store, width: 120, height: 30, language: language)
        let offline = language == .vi ? "MẤT KẾT NỐI" : "OFFLINE"
        #expect(!h.text.contains(offline))

        store.unreachable = .openFailed(path: "postgres://db/kehoach", reason: "connection refused")
        h.runtime.checkForChanges()
        #expect(h.text.contains(offline))

        // A key that sets a message of its own does not hide the mark for longer than one poll.
        EditingKeyTests.jump(h, to: "I.2")
        h.type("d")
        #expect(h.text.contains((language == .vi ? "Chưa lưu: " : "Not saved: ") + offline), "the refusal says why")
        #expect(try store.statuses(planID: SeedPlan.konTum.rawValue).isEmpty, "nothing written")
        #expect(h.state.document?.statuses[StatusKey(taskCode: "I.2")] == nil, "the screen keeps the stored value")
        h.runtime.checkForChanges()
        #expect(h.text.contains(offline))

        // Meanwhile another machine writes; the server comes back.
        store.unreachable = nil
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "I.2"), status: .done, basedOnVersion: 0)],
                            planID: SeedPlan.konTum.rawValue, by: "so-tai-chinh")
        h.runtime.checkForChanges()
        #expect(!h.text.contains(offline))
        #expect(h.state.document?.statuses[StatusKey(taskCode: "I.2")]?.status == .done, "reloaded on the way back")
    }

    /// The store is checked on a clock, not only when keys pause: a stream of keys (a held `j`) still
    /// shows the server gone within one poll.
    @Test func aStreamOfKeysDoesNotHideTheServerGone() throws {
        let store = InMemoryStore(plans: [(SeedPlan.konTum.rawValue, SeedPlan.konTum.plan)])
        let configuration = DashboardConfiguration(language: .vi, user: "thu-ky", asOf: Seeds.date("2026-11-23"),
                                                   successors: .directory(Seeds.directory), pollMilliseconds: 20)
        // Each key comes 5 ms after the last: never a pause as long as a poll, for 40 polls' time.
        let held = (0..<160).flatMap { _ in [ScriptedTerminal.Event.run { usleep(5_000) }, .key(.char("j"))] }
        let gone = ScriptedTerminal.Event.run {
            store.unreachable = .openFailed(path: "postgres://db/kehoach", reason: "connection refused")
        }
        let device = ScriptedTerminal(width: 100, height: 30, script: [.timeout, gone] + held)
        let runtime = DashboardRuntime(store: store, device: device, configuration: configuration)
        _ = runtime.run()
        #expect(device.timeoutsSeen == 1, "the keys never paused")
        let lastFrame = try #require(device.presented.last)
        #expect(lastFrame.text.contains("MẤT KẾT NỐI"), "\(lastFrame.text)")
    }
}
