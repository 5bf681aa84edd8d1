import Dashboard
import Foundation
import PlanKit
import Testing

/// Whole screens compared exactly with text files under Golden/screens: every pane and overlay, both
/// plans, both languages, 80×24 and 160×48. A shifted column or a changed word fails here.
/// Regenerate after an intended change: `KEHOACH_UPDATE_GOLDEN=1 swift test --filter GoldenScreen`.
@Suite struct GoldenScreenTests {
    /// A screen worth keeping: a name and the keys that reach it from the opening matrix.
    struct Scene: CustomStringConvertible, Sendable {
        let name: String
        let keys: @Sendable (Harness, SeedPlan) -> Void
        var description: String { name }
    }

    static let sizes = [TermSize(width: 80, height: 24), TermSize(width: 160, height: 48)]

    /// Shows the plan's first task in the matrix (via `:CODE`), where the task keys apply.
    static func onFirstTask(_ h: Harness, _ plan: SeedPlan) {
        h.type(":" + plan.plan.tasks[0].code).press(.enter)
    }

    static let scenes: [Scene] = [
        Scene(name: "objectives") { h, _ in h.type("1") },
        Scene(name: "objectives-lower") { h, _ in h.type("1").press(.down, .down, .down) },
        Scene(name: "tasks") { _, _ in },
        Scene(name: "tasks-end") { h, _ in h.type("G") },
        Scene(name: "tasks-search-typing") { h, _ in h.type("/so ke") },
        Scene(name: "tasks-search-found") { h, _ in h.type("/so ke").press(.enter) },
        Scene(name: "tasks-collapsed") { h, _ in h.press(.left) },
        Scene(name: "tasks-sorted") { h, _ in h.type("s") },
        Scene(name: "tasks-successors") { h, _ in h.type("a") },
        Scene(name: "command-line") { h, _ in h.type(":pl") },
        Scene(name: "agencies") { h, _ in h.type("3") },
        Scene(name: "agencies-graph") { h, _ in h.type("3").press(.right) },
        Scene(name: "agencies-matrix") { h, _ in h.type("3m") },
        Scene(name: "timeline") { h, _ in h.type("4") },
        Scene(name: "timeline-zoomed") { h, _ in h.type("4+") },
        Scene(name: "help") { h, _ in h.type("?") },
        Scene(name: "help-scrolled") { h, _ in h.type("?").press(.pageDown) },
        Scene(name: "filter") { h, _ in h.type("f") },
        Scene(name: "detail") { h, plan in onFirstTask(h, plan); h.press(.enter) },
        Scene(name: "status-menu") { h, plan in onFirstTask(h, plan); h.type("e") },
        Scene(name: "history") { h, plan in onFirstTask(h, plan); h.type("H") },
        Scene(name: "note-editor") { h, plan in onFirstTask(h, plan); h.type("c") },
        Scene(name: "date-prompt") { h, plan in onFirstTask(h, plan); h.type("D") },
        Scene(name: "marked") { h, plan in onFirstTask(h, plan); h.type("vjv") },
        Scene(name: "bulk-confirm") { h, plan in onFirstTask(h, plan); h.type("vjvz") },
        Scene(name: "report") { h, _ in h.type("5") },
        Scene(name: "report-sections") { h, _ in h.type("5G") },
        Scene(name: "report-editor") { h, _ in
            h.type("5").press(.enter)
            h.type("Tổ chức 2 hội thảo hợp tác").press(.enter)
            h.type("Đào tạo 120 nhân lực")
        },
        Scene(name: "report-written") { h, _ in
            h.type("5").press(.enter)
            h.type("Tổ chức 2 hội thảo hợp tác").press(.enter)
            h.type("Đào tạo 120 nhân lực").press(.ctrl("s"))
            h.type("j")
        },
    ]

    static let goldenFolder = Seeds.packageRoot.appendingPathComponent("Tests/DashboardTests/Golden/screens")
    static let updating = ProcessInfo.processInfo.environment["KEHOACH_UPDATE_GOLDEN"] == "1"

    @Test(arguments: SeedPlan.allCases, [Language.vi, Language.en])
    func everySceneAtBothSizes(plan: SeedPlan, language: Language) throws {
        for size in Self.sizes {
            for scene in Self.scenes {
                let h = Harness(plan, size, language: language)
                scene.keys(h, plan)
                h.expectWellFormed()
                let name = "\(plan.rawValue)-\(language.rawValue)-\(size)-\(scene.name).txt"
                try Self.compare(h.text + "\n", file: name)
            }
        }
    }

    static func compare(_ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenFolder.appendingPathComponent(file)
        if updating {
            try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden screen \(file): run KEHOACH_UPDATE_GOLDEN=1 swift test --filter GoldenScreen",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let row = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
            let wanted = row < want.count ? String(want[row]) : "(none)"
            let gotten = row < got.count ? String(got[row]) : "(none)"
            Issue.record("\(file) differs at row \(row):\n  want: \(wanted)\n  got:  \(gotten)", sourceLocation: sourceLocation)
        }
    }
}
