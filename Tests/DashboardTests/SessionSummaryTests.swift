import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// The paragraph printed after quitting: tasks changed since the start, by status, in the UI language.
@Suite struct SessionSummaryTests {
    static func session(_ language: Language) throws -> Harness {
        let (_, h) = try EditingKeyTests.open(language: language)
        EditingKeyTests.jump(h, to: "I.2")
        h.type("d")
        EditingKeyTests.jump(h, to: "II.1")
        h.type("i")
        EditingKeyTests.jump(h, to: "III.1")
        h.type("z")
        EditingKeyTests.jump(h, to: "III.2")
        h.type("d")
        // Undone: III.2 ends as it began, so it is not counted.
        h.type("u")
        return h
    }

    @Test func vietnamese() throws {
        let h = try Self.session(.vi)
        #expect(h.runtime.exit.summary == "Phiên làm việc này đã cập nhật 3 nhiệm vụ của kế hoạch 3785/KH-UBND: "
                + "1 đã hoàn thành, 1 đang thực hiện, 1 tạm hoãn. Hoàn tác 1 lần, làm lại 0 lần.")
    }

    @Test func english() throws {
        let h = try Self.session(.en)
        #expect(h.runtime.exit.summary == "This session updated 3 tasks of plan 3785/KH-UBND: "
                + "1 done, 1 in progress, 1 suspended. 1 undo, 0 redos.")
    }

    @Test func nothingChangedNoSummary() throws {
        let (_, h) = try EditingKeyTests.open()
        h.press(.down, .down)
        #expect(h.runtime.exit.summary == nil)
        h.type("i")
        h.type("u")
        #expect(h.runtime.exit.summary == "Phiên làm việc này không để lại thay đổi nào (mọi thay đổi đã được hoàn tác). "
                + "Hoàn tác 1 lần, làm lại 0 lần.")
    }

    @Test func runReturnsItOnQuit() throws {
        let temp = try TempStore([.konTum])
        let device = ScriptedTerminal(width: 80, height: 24, script: [
            .key(.char("j")), .key(.char("j")), .key(.char("d")), .key(.char("q")),
        ])
        let runtime = DashboardRuntime(store: try temp.open(), device: device, configuration: DashboardConfiguration(
            language: .vi, user: "thu-ky", asOf: Seeds.date("2026-11-23")))
        let exit = runtime.run()
        #expect(exit.summary?.hasPrefix("Phiên làm việc này đã cập nhật 1 nhiệm vụ của kế hoạch 3785/KH-UBND: 1 đã hoàn thành.") == true)
        #expect(exit.applied.count == 1)
    }
}
