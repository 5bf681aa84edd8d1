import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// A large plan opens on its first page while the whole of it loads in the background; nothing counted
/// over the plan is shown until it is all there, and an edit made meanwhile is kept.
@Suite struct FirstPageLoadingTests {
    /// Kon Tum treated as a large plan: more than 3 tasks, first page of 4.
    static func configuration() -> DashboardConfiguration {
        var configuration = DashboardConfiguration(language: .vi, user: "thu-ky", asOf: Seeds.date("2026-11-23"),
                                                   successors: .directory(Seeds.directory))
        configuration.firstPageAbove = 3
        configuration.firstPageTasks = 4
        return configuration
    }

    static func render(_ runtime: DashboardRuntime, width: Int = 120, height: Int = 30) -> String {
        DashboardApp.render(runtime.state, size: TerminalSize(width: width, height: height),
                            capabilities: TerminalCapabilities(colors: true, unicode: true)).text
    }

    /// A started dashboard on Kon Tum whose background load is held: the first read of statuses is the
    /// first page's; the second is the load's, which signals `read` and waits there, its statuses already
    /// read, until `release`.
    static func startedWithTheLoadHeld() -> (InMemoryStore, DashboardRuntime, DispatchSemaphore, DispatchSemaphore) {
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        let read = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        store.afterStatusesRead = { count in
            if count == 2 {
                read.signal()
                release.wait()
            }
        }
        let runtime = DashboardRuntime(store: store, device: ScriptedTerminal(width: 120, height: 30, script: []),
                                       configuration: configuration())
        runtime.dispatch(.started)
        return (store, runtime, read, release)
    }

    @Test func firstPageIsShownThenTheWholePlan() throws {
        let temp = try TempStore([.konTum])
        let whole = try #require(try temp.open().plan(id: "kon-tum-3785"))
        let runtime = DashboardRuntime(store: try temp.open(), device: ScriptedTerminal(width: 120, height: 30, script: []),
                                       configuration: Self.configuration())
        runtime.dispatch(.started)
        let first = try #require(runtime.state.document)
        #expect(first.isPartial)
        #expect(first.plan.tasks.map(\.code) == whole.tasks.prefix(4).map(\.code))
        #expect(first.wholeTaskCount == whole.tasks.count)
        var text = Self.render(runtime)
        #expect(text.contains(whole.tasks[0].code))
        #expect(text.contains("Đang tải: mới có 4/\(whole.tasks.count) nhiệm vụ"))
        // No counts over the plan yet: no standings on the status bar, no group sizes.
        #expect(!text.contains("Ngày xét"))
        #expect(text.contains("(…)"))
        // The other panes count over the whole plan: they wait for it.
        runtime.dispatch(.key(.char("3")))
        #expect(Self.render(runtime).contains("Đang tải: mới có 4/"))
        runtime.dispatch(.key(.char("2")))
        // The cursor moved while loading stays on its task.
        runtime.dispatch(.key(.char("j")))
        runtime.dispatch(.key(.char("j")))
        let selected = try #require(runtime.state.matrix.selectedTask.map { first.plan.tasks[$0].code })

        #expect(runtime.collectWholePlan(waiting: true))
        let loaded = try #require(runtime.state.document)
        #expect(!loaded.isPartial)
        #expect(loaded.plan == whole)
        #expect(runtime.state.matrix.selectedTask.map { loaded.plan.tasks[$0].code } == selected)
        text = Self.render(runtime)
        #expect(text.contains("Ngày xét"))
        #expect(!text.contains("Đang tải"))
        #expect(text.contains("\(whole.tasks.count)/\(whole.tasks.count) nhiệm vụ"))
        #expect(!runtime.isLoadingWholePlan)
    }

    @Test func anEditMadeWhileLoadingIsKept() throws {
        let (store, runtime, read, release) = Self.startedWithTheLoadHeld()
        #expect(runtime.state.document?.isPartial == true)
        read.wait()
        // I.2 in progress, saved while the loader holds statuses read before it.
        runtime.dispatch(.key(.char(":")))
        for character in "I.2" { runtime.dispatch(.key(.char(character))) }
        runtime.dispatch(.key(.enter))
        runtime.dispatch(.key(.char("i")))
        #expect(try store.statuses(planID: "kon-tum-3785")[StatusKey(taskCode: "I.2")]?.status == .inProgress)
        release.signal()
        #expect(runtime.collectWholePlan(waiting: true))
        let document = try #require(runtime.state.document)
        #expect(!document.isPartial)
        let index = try #require(document.taskIndex(code: "I.2"))
        #expect(document.statuses[StatusKey(taskCode: "I.2")]?.status == .inProgress)
        #expect(document.standings[index] == .inProgress)
        // Its own edit is not announced as another terminal's.
        #expect(runtime.state.message.map { runtime.state.text($0.text) }?.contains("vừa sửa") != true)
    }

    /// The background load fails: the first page stays, no longer said to be loading; the next change to
    /// the store loads the whole plan again.
    @Test func aFailedWholeLoadSaysSoAndIsTriedAgain() throws {
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        // The first read of statuses is the first page's, the second the background load's.
        store.failStatusReads = (from: 2, error: StoreError.openFailed(path: "/srv/kehoach.sqlite", reason: "I/O error"))
        let runtime = DashboardRuntime(store: store, device: ScriptedTerminal(width: 120, height: 30, script: []),
                                       configuration: Self.configuration())
        runtime.dispatch(.started)
        #expect(runtime.isLoadingWholePlan)
        #expect(runtime.collectWholePlan(waiting: true))
        #expect(!runtime.isLoadingWholePlan)
        let total = Seeds.konTum.tasks.count
        #expect(runtime.state.document?.isPartial == true)
        var text = Self.render(runtime)
        #expect(!text.contains("Đang tải"))
        #expect(text.contains("Không đọc được phần còn lại: chỉ có 4/\(total) nhiệm vụ"))
        #expect(runtime.state.message.map { runtime.state.text($0.text) }?.contains("I/O error") == true)
        #expect(runtime.state.text(.partialLoadFailed(loaded: 4, total: total)) == "Không đọc được phần còn lại: chỉ có 4/\(total) nhiệm vụ")
        #expect(Localizer(.en)(.partialLoadFailed(loaded: 4, total: total)) == "The rest could not be read: only 4 of \(total) tasks")
        // The other panes wait for the whole plan: they say the same.
        runtime.dispatch(.key(.char("3")))
        #expect(Self.render(runtime).contains("Không đọc được phần còn lại"))
        runtime.dispatch(.key(.char("2")))

        // The store answers again and something changes in it: the whole plan is read once more.
        store.failStatusReads = nil
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: Seeds.konTum.tasks[6].code), status: .inProgress, basedOnVersion: 0)],
                            planID: "kon-tum-3785", by: "khac")
        runtime.checkForChanges()
        #expect(runtime.isLoadingWholePlan)
        #expect(Self.render(runtime).contains("Đang tải: mới có 4/\(total)"))
        #expect(runtime.collectWholePlan(waiting: true))
        let document = try #require(runtime.state.document)
        #expect(!document.isPartial)
        text = Self.render(runtime)
        #expect(!text.contains("Không đọc được") && !text.contains("Đang tải"))
        #expect(document.statuses[StatusKey(taskCode: Seeds.konTum.tasks[6].code)]?.status == .inProgress)
    }

    /// Another terminal saves while the whole plan loads: the poll still runs, the first page's rows it
    /// changed are flashed and said at once, and the load goes on (not started again).
    @Test func anotherTerminalsEditWhileLoadingIsShownAtOnce() throws {
        let (store, runtime, read, release) = Self.startedWithTheLoadHeld()
        read.wait()
        runtime.checkForChanges()  // the token as this terminal first sees it
        let code = Seeds.konTum.tasks[1].code
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: code), status: .done, basedOnVersion: 0)],
                            planID: "kon-tum-3785", by: "pho-giam-doc")
        runtime.checkForChanges()
        #expect(runtime.isLoadingWholePlan)
        #expect(runtime.state.document?.isPartial == true)
        #expect(runtime.state.document?.statuses[StatusKey(taskCode: code)]?.status == .done)
        #expect(runtime.state.editing.flashes[code] != nil)
        #expect(runtime.state.message.map { runtime.state.text($0.text) }?.contains("pho-giam-doc") == true)
        release.signal()
        #expect(runtime.collectWholePlan(waiting: true))
        let document = try #require(runtime.state.document)
        #expect(!document.isPartial)
        #expect(document.statuses[StatusKey(taskCode: code)]?.status == .done)
        #expect(runtime.state.editing.flashes[code] != nil)
    }

    @Test func theStoreAnswersTheFirstPageByItself() throws {
        let temp = try TempStore([.konTum])
        let store = try temp.open()
        let whole = try #require(try store.plan(id: "kon-tum-3785"))
        // A status on a task of the first page and one past it.
        let inside = whole.tasks[1].code, outside = whole.tasks[8].code
        for code in [inside, outside] {
            _ = try store.apply([StatusChange(key: StatusKey(taskCode: code), status: .inProgress, basedOnVersion: 0)],
                                planID: "kon-tum-3785", by: "thu-ky")
        }
        let page = try #require(try store.firstPage(planID: "kon-tum-3785", taskLimit: 4))
        #expect(!page.isWhole)
        #expect(page.taskCount == whole.tasks.count)
        #expect(page.plan.tasks == Array(whole.tasks.prefix(4)))
        #expect(page.plan.identity == whole.identity && page.plan.groups == whole.groups && page.plan.objectives == whole.objectives)
        #expect(Set(page.statuses.keys.map(\.taskCode)) == [inside])
        // Asked for more than it has: the whole plan, duties and all.
        let all = try #require(try store.firstPage(planID: "kon-tum-3785", taskLimit: 1_000))
        #expect(all.isWhole && all.plan == whole)
        #expect(Set(all.statuses.keys.map(\.taskCode)) == [inside, outside])
        #expect(try store.firstPage(planID: "no-such-plan", taskLimit: 4) == nil)
        // The default every other store uses agrees.
        let cut = PlanFirstPage(whole: whole, statuses: try store.statuses(planID: "kon-tum-3785"), taskLimit: 4)
        #expect(cut.plan == page.plan && cut.taskCount == page.taskCount && cut.statuses == page.statuses)
    }

    @Test func aSmallPlanStillLoadsWholeBeforeItsFirstFrame() throws {
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        let runtime = DashboardRuntime(store: store, device: ScriptedTerminal(width: 120, height: 30, script: []),
                                       configuration: DashboardConfiguration(language: .vi, user: "thu-ky",
                                                                             asOf: Seeds.date("2026-11-23")))
        runtime.dispatch(.started)
        #expect(runtime.state.document?.isPartial == false)
        #expect(!runtime.isLoadingWholePlan)
    }
}
