import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// Issue 13: on a shared store an agency's login may edit only the tasks its agency is named on. The
/// matrix marks those rows, the footer and help say what the mark means, and an edit of another
/// agency's task is refused with whose it is before anything is sent to the store.
@Suite struct EditRightsTests {
    static let plan = SeedPlan.konTum

    /// An agency the plan names on some tasks and not on others, one of each task, and the store.
    static func province(_ language: Language) throws
        -> (InMemoryStore, Harness, agency: String, own: PlanTask, other: PlanTask) {
        let tasks = plan.plan.tasks.filter { !$0.timeframe.hasYearlyInstances }
        let agency = try #require(tasks.first?.lead.first?.printed)
        let rights = EditRights(.agency(agency))
        let own = try #require(tasks.first { rights.mayEdit($0) })
        let other = try #require(tasks.first { !rights.mayEdit($0) && !$0.lead.isEmpty })
        let store = InMemoryStore(plans: [(plan.rawValue, plan.plan)])
        store.rights = rights
        let h = Harness(store: store, width: 160, height: 40, language: language)
        return (store, h, agency, own, other)
    }

    /// The matrix line of a task: its code after the marks, as drawn.
    static func row(_ h: Harness, _ code: String) -> String? {
        h.text.split(separator: "\n").map(String.init).first { line in
            line.contains(" " + code + " ") || line.contains("✎" + code + " ")
        }
    }

    @Test(arguments: [Language.vi, .en]) func ownRowsAreMarkedAndTheMarkIsExplained(language: Language) throws {
        let (_, h, agency, own, other) = try Self.province(language)
        EditingKeyTests.jump(h, to: own.code)
        #expect(Self.row(h, own.code)?.contains("✎" + own.code) == true, "own row marked:\n\(h.text)")
        EditingKeyTests.jump(h, to: other.code)
        let otherRow = try #require(Self.row(h, other.code))
        #expect(!otherRow.contains("✎" + other.code), "another agency's row is not marked")
        let legend = language == .vi ? "nhiệm vụ \(agency) được sửa" : "tasks \(agency) may edit"
        #expect(h.text.contains(legend) || h.text.contains(String(legend.prefix(30))), "the footer explains the mark:\n\(h.text)")
        h.type("?")
        var help = h.text
        for _ in 0..<40 where !help.contains(String(legend.prefix(30))) {
            h.press(.pageDown)
            help = h.text
        }
        #expect(help.contains(String(legend.prefix(30))), "help explains the mark")
    }

    @Test(arguments: [Language.vi, .en]) func anotherAgencysTaskIsRefusedBeforeAnyWrite(language: Language) throws {
        let (store, h, _, own, other) = try Self.province(language)
        EditingKeyTests.jump(h, to: other.code)
        for keys in ["d", "p", "n"] {
            h.type(keys)
            let owner = other.lead[0].printed
            let says = language == .vi ? "thuộc về \(owner)" : "this task belongs to \(owner)"
            #expect(h.text.contains(says), "refused with whose it is after \(keys):\n\(h.text)")
            #expect(h.state.overlays.isEmpty, "no editor opened after \(keys)")
        }
        #expect(try store.statuses(planID: Self.plan.rawValue).isEmpty, "nothing written")

        EditingKeyTests.jump(h, to: own.code)
        h.type("d")
        #expect(try store.statuses(planID: Self.plan.rawValue)[StatusKey(taskCode: own.code)]?.status == .done,
                "its own task is saved")
    }

    @Test func aLeadersLoginMayEditNoTaskAndPlainStoresAreUnmarked() throws {
        let store = InMemoryStore(plans: [(Self.plan.rawValue, Self.plan.plan)])
        store.rights = EditRights(.noTask)
        let h = Harness(store: store, width: 160, height: 40, language: .en)
        #expect(h.text.contains("Read-only: this login may edit no task"))
        #expect(!h.text.contains("✎"))
        let first = try #require(Self.plan.plan.tasks.first { !$0.timeframe.hasYearlyInstances })
        EditingKeyTests.jump(h, to: first.code)
        h.type("d")
        // A leader's login is told it is read-only, not that the task is some agency's.
        #expect(h.text.contains("this login is read-only"))
        #expect(!h.text.contains("this task belongs to"))
        #expect(try store.statuses(planID: Self.plan.rawValue).isEmpty)

        let plain = Harness(store: InMemoryStore(plans: [(Self.plan.rawValue, Self.plan.plan)]), width: 160, height: 40)
        #expect(!plain.text.contains("✎"))
    }
}
