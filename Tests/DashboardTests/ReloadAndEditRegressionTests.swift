import Foundation
import Testing
@testable import Dashboard
import PlanKit
import PlanStore

/// Defects found in review, kept fixed: search by every wording of an agency (each wording finds all
/// of that agency's tasks), panes after undo,
/// details across a re-import, and an editor's text never saved over another terminal's change.
@Suite struct ReloadAndEditRegressionTests {
    static func task(_ code: String, _ lead: AgencyRef) -> PlanTask {
        PlanTask(code: code, groupCode: "I", text: "việc \(code)", lead: [lead], cooperating: [],
                 timeframe: Timeframe(text: "2026", kind: .year, start: Seeds.date("2026-01-01"), end: Seeds.date("2026-12-31")),
                 sourceLine: 1)
    }

    @Test func everyWordingOfAnAgencyIsSearchable() {
        let a = AgencyRef(printed: "Sở TT&TT", agencyID: "stttt", canonical: "Sở Thông tin và Truyền thông", kind: .department)
        let b = AgencyRef(printed: "Sở Thông tin Truyền thông tỉnh", agencyID: "stttt", canonical: "Sở Thông tin và Truyền thông",
                          kind: .department)
        let plan = Plan(identity: PlanIdentity(issuer: "UBND", province: nil, number: "1", date: nil, title: "t", signer: nil),
                        sourceDigest: "", objectives: [], groups: [TaskGroup(code: "I", title: "g", sourceLine: 1)],
                        tasks: [Self.task("1", a), Self.task("2", b)], duties: [], reporting: [], footnotes: [])
        let document = LoadedPlan(id: "p", plan: plan, statuses: [:], asOf: Seeds.date("2026-06-01"))
        // One agency, two wordings: either wording finds every task of that agency.
        #expect(document.taskMatchFlags(words: SearchKey.words(of: "tỉnh")) == [true, true])
        #expect(document.taskMatchFlags(words: SearchKey.words(of: "TT&TT")) == [true, true])
        #expect(document.taskMatchFlags(words: SearchKey.words(of: "bộ tài chính")) == [false, false])
        // Both seeds: each task is found by each of its agencies as printed.
        for seed in [Seeds.konTum, Seeds.thaiNguyen] {
            let loaded = LoadedPlan(id: "s", plan: seed, statuses: [:], asOf: Seeds.date("2026-06-01"))
            for (index, task) in seed.tasks.enumerated() {
                for agency in task.lead + task.cooperating {
                    #expect(loaded.taskMatches(index, words: SearchKey.words(of: agency.printed)), "\(task.code): \(agency.printed)")
                }
            }
        }
    }

    @Test func undoAndRedoRebuildTheOtherPanes() throws {
        var state = MeasureTests.state(Seeds.konTum, size: TerminalSize(width: 100, height: 30))
        _ = DashboardApp.update(&state, .key(.char("4")))
        let document = try #require(state.document)
        let task = try #require(document.standings.indices.first { document.standings[$0] == .notStarted })
        let key = StatusKey.current(for: document.plan.tasks[task], asOf: state.asOf)
        let record = StatusRecord(key: key, status: .done, progress: 100, doneOn: state.asOf, version: 1)
        _ = DashboardApp.update(&state, .replayApplied(planID: "p", .undo(batch: 1), AppliedChanges(records: [record], batch: 2)))
        let now = try #require(state.document)
        #expect(state.timeline.rows == TimelineState.rows(now, grouping: state.timeline.grouping))
        #expect(state.agencies.index.standing(TaskRef(plan: 0, task: task)) == now.standings[task])
    }

    @Test func aDetailFollowsItsTaskAcrossAReimport() throws {
        var state = MeasureTests.state(Seeds.konTum, size: TerminalSize(width: 100, height: 30))
        let last = try #require(state.document).plan.tasks.count - 1
        state.overlays.append(.detail(DetailState(taskIndex: last)))
        var plan = Seeds.konTum
        plan.tasks.removeFirst()
        _ = DashboardApp.update(&state, .planLoaded(id: "p", plan, statuses: [:]))
        let detail = state.overlays.compactMap { if case .detail(let d) = $0 { return d } else { return nil } }.first
        #expect(detail?.taskIndex == last - 1)
    }

    @Test func anEditorNeverSavesOverAChangeMadeWhileItWasOpen() throws {
        var state = MeasureTests.state(Seeds.konTum, size: TerminalSize(width: 100, height: 30))
        _ = DashboardApp.update(&state, .key(.down))
        let task = try #require(state.matrix.selectedTask)
        let key = StatusKey.current(for: Seeds.konTum.tasks[task], asOf: state.asOf)
        let mine = StatusRecord(key: key, status: .inProgress, note: "A", version: 1, updatedBy: "me")
        _ = DashboardApp.update(&state, .planLoaded(id: "p", Seeds.konTum, statuses: [key: mine]))
        _ = DashboardApp.update(&state, .key(.char("c")))
        let theirs = StatusRecord(key: key, status: .inProgress, note: "B", version: 2, updatedBy: "other")
        _ = DashboardApp.update(&state, .planLoaded(id: "p", Seeds.konTum, statuses: [key: theirs]))
        let effects = DashboardApp.update(&state, .key(.ctrl("s")))
        let changes = effects.flatMap { effect -> [StatusChange] in
            if case .apply(let changes, _) = effect { return changes } else { return [] }
        }
        // Based on the version the editor showed: the store will refuse it as a conflict.
        #expect(changes.allSatisfy { $0.basedOnVersion == 1 })
    }
}
