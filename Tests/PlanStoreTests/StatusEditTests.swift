import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// Runs on both backends: the same rules of versions, conflicts, undo and redo.
@Suite struct StatusEditTests {
    let plan = "kon-tum-3785"
    let task = StatusKey(taskCode: "1.1")

    private func storeWithPlan(_ backend: StoreBackend) throws -> (StoreHandle, any SourceFileStore) {
        let dir = try backend.makeStore()
        let store = try dir.openStore()
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        return (dir, store)
    }

    @Test(arguments: StoreBackend.available) func setRecordsVersionWhoAndHistory(backend: StoreBackend) throws {
        let (dir, store) = try storeWithPlan(backend)
        let done = CalendarDate(year: 2025, month: 6, day: 30)
        let first = try store.apply([StatusChange(key: task, status: .inProgress, progress: 30, note: "Đã họp lần 1",
                                                  basedOnVersion: 0)], planID: plan, by: "Lan")
        let second = try store.apply([StatusChange(key: task, status: .done, progress: 100, doneOn: done,
                                                   basedOnVersion: 1)], planID: plan, by: "Minh")
        #expect(first.records.first?.version == 1)
        #expect(second.records.first?.version == 2)
        #expect(second.batch > first.batch)

        let stored = try #require(try dir.openStore().statuses(planID: plan)[task])
        #expect(stored == second.records.first)
        #expect(stored.updatedBy == "Minh")
        #expect(stored.doneOn == done)

        let history = try store.history(planID: plan, taskCode: "1.1")
        #expect(history.map(\.kind) == [.edit, .edit])
        #expect(history[0].from == nil)
        #expect(history[0].to == first.records[0])
        #expect(history[1].from == first.records[0])
        #expect(history[1].to == second.records[0])
        #expect(history.map(\.who) == ["Lan", "Minh"])
    }

    @Test(arguments: StoreBackend.available) func undoAndRedoReplayTheBatch(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        _ = try store.apply([StatusChange(key: task, status: .inProgress, progress: 50, basedOnVersion: 0)], planID: plan, by: "lan")
        let edit = try store.apply([
            StatusChange(key: task, status: .done, progress: 100, basedOnVersion: 1),
            StatusChange(key: StatusKey(taskCode: "2.1", year: 2025), status: .inProgress, basedOnVersion: 0),
        ], planID: plan, by: "lan")

        let undone = try store.undo(batch: edit.batch, planID: plan, by: "lan")
        var statuses = try store.statuses(planID: plan)
        #expect(statuses[task]?.status == .inProgress)
        #expect(statuses[task]?.progress == 50)
        #expect(statuses[task]?.version == 3)
        // A status that did not exist before the batch is back to "not started", with a higher version.
        #expect(statuses[StatusKey(taskCode: "2.1", year: 2025)]?.status == .notStarted)
        #expect(statuses[StatusKey(taskCode: "2.1", year: 2025)]?.version == 2)
        #expect(throws: StoreError.nothingToUndo) { _ = try store.undo(batch: edit.batch, planID: plan, by: "lan") }

        let redone = try store.redo(batch: undone.batch, planID: plan, by: "lan")
        statuses = try store.statuses(planID: plan)
        #expect(statuses[task]?.status == .done)
        #expect(statuses[task]?.progress == 100)
        #expect(redone.records.count == 2)
        #expect(throws: StoreError.nothingToRedo) { _ = try store.redo(batch: edit.batch, planID: plan, by: "lan") }

        let kinds = try store.history(planID: plan, taskCode: nil).map(\.kind)
        #expect(kinds == [.edit, .edit, .edit, .undo, .undo, .redo, .redo])
        let replays = try store.history(planID: plan, taskCode: "1.1").map(\.replayOf)
        #expect(replays == [nil, nil, edit.batch, undone.batch])
    }

    @Test(arguments: StoreBackend.available) func undoLastAndRedoLastFollowTheUser(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        _ = try store.apply([StatusChange(key: task, status: .inProgress, basedOnVersion: 0)], planID: plan, by: "lan")
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "1.2"), status: .done, basedOnVersion: 0)],
                            planID: plan, by: "minh")
        _ = try store.apply([StatusChange(key: task, status: .done, basedOnVersion: 1)], planID: plan, by: "lan")

        // Lan's undo takes back Lan's last edit, not Minh's.
        _ = try store.undoLast(planID: plan, by: "lan")
        #expect(try store.statuses(planID: plan)[task]?.status == .inProgress)
        #expect(try store.statuses(planID: plan)[StatusKey(taskCode: "1.2")]?.status == .done)
        _ = try store.undoLast(planID: plan, by: "lan")
        #expect(try store.statuses(planID: plan)[task]?.status == .notStarted)
        #expect(throws: StoreError.nothingToUndo) { _ = try store.undoLast(planID: plan, by: "lan") }

        // Redo in reverse order of the undos.
        _ = try store.redoLast(planID: plan, by: "lan")
        #expect(try store.statuses(planID: plan)[task]?.status == .inProgress)
        _ = try store.redoLast(planID: plan, by: "lan")
        #expect(try store.statuses(planID: plan)[task]?.status == .done)
        #expect(throws: StoreError.nothingToRedo) { _ = try store.redoLast(planID: plan, by: "lan") }

        // A new edit after an undo ends the redo chain.
        _ = try store.undoLast(planID: plan, by: "lan")
        let version = try #require(try store.statuses(planID: plan)[task]?.version)
        _ = try store.apply([StatusChange(key: task, status: .suspended, basedOnVersion: version)], planID: plan, by: "lan")
        #expect(throws: StoreError.nothingToRedo) { _ = try store.redoLast(planID: plan, by: "lan") }
        #expect(throws: StoreError.nothingToUndo) { _ = try store.undoLast(planID: plan, by: "nobody") }
    }

    @Test(arguments: StoreBackend.available) func staleVersionIsAConflictAndNothingIsApplied(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        _ = try store.apply([StatusChange(key: task, status: .inProgress, basedOnVersion: 0)], planID: plan, by: "Lan")
        let before = try store.statuses(planID: plan)
        let historyBefore = try store.history(planID: plan, taskCode: nil)

        // Minh read version 0 and writes two changes: the second is stale, so neither is applied.
        #expect {
            _ = try store.apply([
                StatusChange(key: StatusKey(taskCode: "1.2"), status: .done, basedOnVersion: 0),
                StatusChange(key: task, status: .done, basedOnVersion: 0),
            ], planID: plan, by: "Minh")
        } throws: { error in
            guard case StoreError.conflict(let key, let current, let based) = error else { return false }
            return key == task && current.updatedBy == "Lan" && current.version == 1 && based == 0
        }
        #expect(try store.statuses(planID: plan) == before)
        #expect(try store.history(planID: plan, taskCode: nil) == historyBefore)
    }

    @Test(arguments: StoreBackend.available) func undoOfAStatusThatMovedOnIsAConflict(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        let mine = try store.apply([StatusChange(key: task, status: .inProgress, basedOnVersion: 0)], planID: plan, by: "Lan")
        _ = try store.apply([StatusChange(key: task, status: .done, basedOnVersion: 1)], planID: plan, by: "Minh")
        #expect {
            _ = try store.undo(batch: mine.batch, planID: plan, by: "Lan")
        } throws: { error in
            guard case StoreError.conflict(_, let current, _) = error else { return false }
            return current.updatedBy == "Minh"
        }
        #expect(try store.statuses(planID: plan)[task]?.status == .done)
    }

    @Test(arguments: StoreBackend.available) func invalidChangesAreRefused(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        #expect(throws: StoreError.taskNotFound(plan: plan, code: "9.9")) {
            _ = try store.apply([StatusChange(key: StatusKey(taskCode: "9.9"), status: .done, basedOnVersion: 0)],
                                planID: plan, by: "lan")
        }
        #expect(throws: StoreError.planNotFound("nowhere")) {
            _ = try store.apply([StatusChange(key: task, status: .done, basedOnVersion: 0)], planID: "nowhere", by: "lan")
        }
        let yearless = StatusKey(taskCode: "2.1")
        #expect(throws: StoreError.invalidChange(key: yearless, problem: .yearNeeded)) {
            _ = try store.apply([StatusChange(key: yearless, status: .done, basedOnVersion: 0)], planID: plan, by: "lan")
        }
        #expect(throws: StoreError.invalidChange(key: task, problem: .progressOutOfRange(120))) {
            _ = try store.apply([StatusChange(key: task, status: .inProgress, progress: 120, basedOnVersion: 0)],
                                planID: plan, by: "lan")
        }
        #expect(try store.statuses(planID: plan).isEmpty)
    }

    @Test(arguments: StoreBackend.available) func yearlyTasksKeepOneStatusPerYear(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        _ = try store.apply([
            StatusChange(key: StatusKey(taskCode: "2.1", year: 2025), status: .done, basedOnVersion: 0),
            StatusChange(key: StatusKey(taskCode: "2.1", year: 2026), status: .inProgress, basedOnVersion: 0),
        ], planID: plan, by: "lan")
        let statuses = try store.statuses(planID: plan)
        #expect(statuses[StatusKey(taskCode: "2.1", year: 2025)]?.status == .done)
        #expect(statuses[StatusKey(taskCode: "2.1", year: 2026)]?.status == .inProgress)
    }

    @Test(arguments: StoreBackend.available) func changeTokenSeesOwnAndOtherWrites(backend: StoreBackend) throws {
        let (dir, store) = try storeWithPlan(backend)
        let other = try dir.openStore()
        let start = try store.changeToken()
        #expect(try store.changeToken() == start)

        _ = try store.apply([StatusChange(key: task, status: .inProgress, basedOnVersion: 0)], planID: plan, by: "lan")
        let afterOwn = try store.changeToken()
        #expect(afterOwn != start)

        _ = try other.apply([StatusChange(key: task, status: .done, basedOnVersion: 1)], planID: plan, by: "minh")
        // Another connection's commit reaches a PostgreSQL store as a notification, a moment later.
        #expect(try eventually { try store.changeToken() != afterOwn })
    }

    @Test(arguments: StoreBackend.available) func vietnameseTextIsStoredInNFC(backend: StoreBackend) throws {
        let (_, store) = try storeWithPlan(backend)
        let decomposed = "Đã họp".decomposedStringWithCanonicalMapping
        _ = try store.apply([StatusChange(key: task, status: .inProgress, note: decomposed, basedOnVersion: 0)],
                            planID: plan, by: "Nguyễn Thị Lan".decomposedStringWithCanonicalMapping)
        let record = try #require(try store.statuses(planID: plan)[task])
        #expect(Array(record.note?.utf8 ?? "".utf8) == Array("Đã họp".precomposedStringWithCanonicalMapping.utf8))
        #expect(Array(record.updatedBy?.utf8 ?? "".utf8) == Array("Nguyễn Thị Lan".precomposedStringWithCanonicalMapping.utf8))
    }
}
