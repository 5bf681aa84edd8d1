import Foundation
import PlanKit
import PlanStore

/// What the store answered to an edit, an undo or a redo. Only here do saved values reach the screen.
extension DashboardApp {
    /// Stored records replace what this terminal held; standings and the matrix follow.
    static func absorb(_ records: [StatusRecord], planID: String, _ state: inout AppState) {
        guard var document = state.document, document.id == planID, !records.isEmpty else { return }
        var statuses = document.statuses
        for record in records { statuses[record.key] = record }
        document.update(statuses: statuses)
        state.document = document
        rebuildAll(&state)  // standings changed: every pane's counts and colours too
    }

    /// This terminal's edit was saved: one undo step, the redo chain ends, the marks it used are cleared.
    static func editSaved(planID: String, _ applied: AppliedChanges, _ state: inout AppState) -> [Effect] {
        guard let pending = state.editing.pending, pending.planID == planID else { return [] }
        state.editing.pending = nil
        state.editing.undoStack.append(EditStep(planID: planID, batch: applied.batch))
        state.editing.redoStack.removeAll { $0.planID == planID }
        if pending.fromMarks { state.editing.marks.removeAll() }
        state.message = StatusMessage(.editing(.saved(recordsLabel(applied.records, state.text),
                                                      describe(applied.records, state.text))))
        return historyRefresh(state)
    }

    static func replayApplied(planID: String, _ operation: EditOperation, _ applied: AppliedChanges,
                              _ state: inout AppState) -> [Effect] {
        absorb(applied.records, planID: planID, &state)
        let step = EditStep(planID: planID, batch: applied.batch)
        let label = recordsLabel(applied.records, state.text)
        let what = describe(applied.records, state.text)
        switch operation {
        case .undo(let batch):
            state.editing.undoStack.removeAll { $0 == EditStep(planID: planID, batch: batch) }
            state.editing.redoStack.append(step)
            state.message = StatusMessage(.editing(.undone(label, what)))
        case .redo(let batch):
            state.editing.redoStack.removeAll { $0 == EditStep(planID: planID, batch: batch) }
            state.editing.undoStack.append(step)
            state.message = StatusMessage(.editing(.redone(label, what)))
        case .apply:
            break
        }
        return historyRefresh(state)
    }

    /// Never applied silently: the user sees who changed what, and decides with the next key.
    static func editConflict(planID: String, _ operation: EditOperation, key: StatusKey, current: StatusRecord,
                             _ state: inout AppState) -> [Effect] {
        absorb([current], planID: planID, &state)
        let who = current.updatedBy ?? "?"
        let label = StoreErrorText.label(key)
        switch operation {
        case .apply:
            if let pending = state.editing.pending {
                state.editing.conflict = EditConflict(edit: pending, key: key, current: current)
            }
            state.editing.pending = nil
            state.message = StatusMessage(.editing(.conflict(label, who: who, current.status)), isError: true)
        case .undo(let batch), .redo(let batch):
            // The batch can no longer be replayed as it was; it leaves the stack.
            let step = EditStep(planID: planID, batch: batch)
            state.editing.undoStack.removeAll { $0 == step }
            state.editing.redoStack.removeAll { $0 == step }
            state.message = StatusMessage(.editing(.replayConflict(label, who: who, current.status)), isError: true)
        }
        return [.loadStatuses(planID: planID)]
    }

    /// Nothing was saved: say so, and read the stored values again so the screen shows exactly them.
    static func editFailed(planID: String, _ operation: EditOperation, reason: String, _ state: inout AppState) -> [Effect] {
        if case .apply = operation { state.editing.pending = nil }
        state.message = StatusMessage(.editing(.saveFailed(reason)), isError: true)
        return [.loadStatuses(planID: planID)]
    }

    /// `r` re-issues the refused edit on the current versions; any other key drops it.
    static func handleConflictKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let conflict = state.editing.conflict else { return [] }
        state.editing.conflict = nil
        if state.keymap.command(for: key, in: .conflict) == .edit(.applyMineOnTop) {
            // "Mine on top": the same change, now based on the version the other terminal saved.
            var edit = conflict.edit
            edit.basedOn = nil
            return send(edit, &state)
        }
        state.message = StatusMessage(.editing(.conflictDropped(conflict.current.updatedBy ?? "?")))
        return []
    }

    // MARK: History arriving

    static func historyArrived(planID: String, taskCode: String?, _ entries: [HistoryEntry], _ state: inout AppState) {
        guard state.document?.id == planID else { return }
        for index in state.overlays.indices {
            guard case .history(var history) = state.overlays[index], history.taskCode == taskCode else { continue }
            history.entries = entries
            state.overlays[index] = .history(history)
        }
    }

    /// Open detail and history views show the history as saved, so they reload after every save.
    static func historyRefresh(_ state: AppState) -> [Effect] {
        guard let document = state.document else { return [] }
        var effects: [Effect] = []
        for overlay in state.overlays {
            switch overlay {
            case .detail(let detail):
                effects.append(.loadHistory(planID: document.id, taskCode: document.plan.tasks[detail.taskIndex].code))
            case .history(let history):
                effects.append(history.taskCode.map { .loadHistory(planID: document.id, taskCode: $0) }
                               ?? .loadPlanHistory(planID: document.id))
            default:
                continue
            }
        }
        return effects
    }

    // MARK: Wording

    /// "1.1", "2.1 (năm 2026)", or "3 nhiệm vụ".
    static func recordsLabel(_ records: [StatusRecord], _ text: Localizer) -> String {
        let codes = Set(records.map(\.key.taskCode))
        if records.count == 1, let key = records.first?.key {
            return key.year.map { "\(key.taskCode) (\(text(.detailYear($0))))" } ?? key.taskCode
        }
        return text(.editing(.taskCount(codes.count)))
    }

    /// "Đã hoàn thành", "Đang thực hiện 40%", or the statuses of a mixed batch joined.
    static func describe(_ records: [StatusRecord], _ text: Localizer) -> String {
        var parts: [String] = []
        for record in records {
            var part = text(.taskStatus(record.status))
            if let progress = record.progress, record.status != .done { part += " \(progress)%" }
            if !parts.contains(part) { parts.append(part) }
        }
        return parts.joined(separator: ", ")
    }
}
