import Foundation
import PlanKit

/// The rules of status edits, undo and redo that both stores follow, each in its own SQL: a store reads
/// the rows, asks these what to write or why to refuse, and writes the answer in its transaction.
enum StatusRules {
    /// A change against its task: a yearly task's status needs a year, another's takes none, and
    /// progress is a percentage. `yearly` nil: the plan has no such task.
    static func validate(_ change: StatusChange, yearly: Bool?, planID: String) throws {
        guard let yearly else { throw StoreError.taskNotFound(plan: planID, code: change.key.taskCode) }
        if yearly && change.key.year == nil {
            throw StoreError.invalidChange(key: change.key, problem: .yearNeeded)
        }
        if !yearly && change.key.year != nil {
            throw StoreError.invalidChange(key: change.key, problem: .yearNotTaken)
        }
        if let progress = change.progress, !(0...100).contains(progress) {
            throw StoreError.invalidChange(key: change.key, problem: .progressOutOfRange(progress))
        }
    }

    /// What an edit writes over `current`: the next version, by `who`, now; a conflict saying who
    /// changed what when the edit was based on another version than the stored one.
    static func edited(_ change: StatusChange, current: StatusRecord?, who: String, at now: Date) throws -> StatusRecord {
        let currentVersion = current?.version ?? 0
        guard currentVersion == change.basedOnVersion else {
            throw StoreError.conflict(key: change.key, current: current ?? .initial(change.key),
                                      basedOnVersion: change.basedOnVersion)
        }
        return StatusRecord(key: change.key, status: change.status, progress: change.progress,
                            note: change.note?.cleaned, doneOn: change.doneOn, version: currentVersion + 1,
                            updatedBy: who, updatedAt: now)
    }

    /// Equal in what people recorded; versions and authorship aside.
    static func sameContent(_ a: StatusRecord, _ b: StatusRecord) -> Bool {
        a.status == b.status && a.progress == b.progress && a.note == b.note && a.doneOn == b.doneOn
    }

    /// One status a replay (undo or redo) restores: what it held before the batch, and what the batch left.
    struct ReplayStep {
        var key: StatusKey
        var before: StatusRecord?
        var left: StatusRecord
    }

    /// A batch's history lines as replay steps, each key once in the order first written: a key written
    /// twice in one batch is expected to hold its last `to` and gets back its first `from`.
    static func replaySteps(_ entries: [HistoryEntry]) -> [ReplayStep] {
        var order: [StatusKey] = []
        var firstFrom: [StatusKey: StatusRecord?] = [:]
        var lastTo: [StatusKey: StatusRecord] = [:]
        for entry in entries {
            if firstFrom[entry.key] == nil {
                order.append(entry.key)
                firstFrom[entry.key] = .some(entry.from)
            }
            lastTo[entry.key] = entry.to
        }
        return order.compactMap { key in
            lastTo[key].map { ReplayStep(key: key, before: firstFrom[key] ?? nil, left: $0) }
        }
    }

    /// What a replay writes: the status as before the batch, under the next version. Content, not
    /// version, decides a conflict: after undo B, undo A, redo A, the status holds what B's undo left
    /// under a newer version, and redoing B must still work.
    static func replayed(_ step: ReplayStep, current: StatusRecord?, who: String, at now: Date) throws -> StatusRecord {
        guard let current, sameContent(current, step.left) else {
            throw StoreError.conflict(key: step.key, current: current ?? .initial(step.key), basedOnVersion: step.left.version)
        }
        let restore = step.before ?? .initial(step.key)
        return StatusRecord(key: step.key, status: restore.status, progress: restore.progress, note: restore.note,
                            doneOn: restore.doneOn, version: current.version + 1, updatedBy: who, updatedAt: now)
    }

    /// A batch row as undo and redo judge it.
    struct Batch {
        var kind: HistoryEntry.Kind
        var undoneBy: Int64?
        var redoneBy: Int64?
    }

    /// An undo names an edit or a redo not undone yet.
    static func checkUndo(_ batch: Batch, id: Int64, planID: String) throws {
        guard batch.kind != .undo else { throw StoreError.batchNotFound(plan: planID, batch: id) }
        guard batch.undoneBy == nil else { throw StoreError.nothingToUndo }
    }

    /// The undo batch a redo replays: `given` is that undo, or the batch it undid.
    static func undoToRedo(_ given: Batch, id: Int64, planID: String) throws -> Int64 {
        if given.kind == .undo { return id }
        if let undoneBy = given.undoneBy { return undoneBy }
        throw StoreError.batchNotFound(plan: planID, batch: id)
    }

    /// A redo replays an undo not redone yet.
    static func checkRedo(_ undo: Batch) throws {
        guard undo.redoneBy == nil else { throw StoreError.nothingToRedo }
    }
}
