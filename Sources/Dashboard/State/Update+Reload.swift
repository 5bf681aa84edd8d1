import Foundation
import PlanKit
import PlanStore

/// Another terminal's edits: after a reload the cursor stays on the same task (by code, since a re-imported
/// plan may number its rows differently) and the rows whose status changed are flashed for a few seconds.
extension DashboardApp {
    /// The task under each task-listing pane's cursor before a reload, by code.
    typealias SelectionCodes = [Pane: String]

    static func selectionCodes(_ state: AppState) -> SelectionCodes {
        guard let document = state.document else { return [:] }
        let tasks = document.plan.tasks
        var codes: SelectionCodes = [:]
        for module in Pane.modules where module.listsTasks {
            // A lazy pane's stale rows may belong to an older load: only current ones name a task.
            if module.isLazy && state.panesStale { continue }
            if let task = module.selectedTask(state), tasks.indices.contains(task) { codes[module.pane] = tasks[task].code }
        }
        return codes
    }

    static func afterReload(previous: LoadedPlan?, selection: SelectionCodes, _ state: inout AppState) {
        guard let document = state.document else { return }
        guard let previous, previous.id == document.id else {
            // Another plan: marks and flashes were about the old one's tasks.
            state.editing.marks.removeAll()
            state.editing.flashes.removeAll()
            return
        }
        for module in Pane.modules {
            if let code = selection[module.pane], let task = document.taskIndex(code: code),
               let row = module.row(ofTask: task, state) {
                state[keyPath: module.viewport].selected = row
            }
        }
        remapDetails(from: previous, &state)
        clampViewports(&state)
        // After a first page, only its tasks had statuses to compare: the rest are new here, not changed.
        var current = document.statuses
        if previous.isPartial {
            let shown = Set(previous.plan.tasks.map(\.code))
            current = current.filter { shown.contains($0.key.taskCode) }
        }
        noteExternalChanges(from: previous.statuses, to: current, &state)
    }

    /// Statuses read again while a large plan loads: those of the tasks on screen replace theirs, and the
    /// ones changed elsewhere are flashed and said, as after a reload.
    static func statusesChangedElsewhere(planID: String, _ statuses: [StatusKey: StatusRecord], _ state: inout AppState) {
        guard var document = state.document, document.id == planID else { return }
        let shown = Set(document.plan.tasks.map(\.code))
        let current = statuses.filter { shown.contains($0.key.taskCode) }
        let previous = document.statuses
        document.update(statuses: current)
        state.document = document
        rebuildAll(&state)
        noteExternalChanges(from: previous, to: current, &state)
    }

    /// A detail view follows its task by code.
    static func remapDetails(from previous: LoadedPlan, _ state: inout AppState) {
        guard let document = state.document else { return }
        state.overlays = state.overlays.compactMap { overlay in
            guard case .detail(var detail) = overlay else { return overlay }
            guard previous.plan.tasks.indices.contains(detail.taskIndex),
                  let task = document.taskIndex(code: previous.plan.tasks[detail.taskIndex].code) else { return nil }
            detail.taskIndex = task
            return .detail(detail)
        }
    }

    /// Statuses whose version moved since this terminal last read them were changed elsewhere: this
    /// terminal's own saves are already in `previous` with the versions the store gave them.
    static func noteExternalChanges(from old: [StatusKey: StatusRecord], to new: [StatusKey: StatusRecord],
                                    _ state: inout AppState) {
        let changed = Set(old.keys).union(new.keys).filter { old[$0]?.version != new[$0]?.version }
        guard !changed.isEmpty else { return }
        let until = (state.editing.now ?? Date(timeIntervalSince1970: 0)).addingTimeInterval(EditingState.flashSeconds)
        for key in changed { state.editing.flashes[key.taskCode] = until }
        let records = changed.compactMap { new[$0] }.sorted { ($0.updatedAt ?? .distantPast) < ($1.updatedAt ?? .distantPast) }
        if changed.count == 1, let record = records.first {
            state.message = StatusMessage(.editing(.changedElsewhere(StoreErrorText.label(record.key),
                                                                     who: record.updatedBy ?? "?",
                                                                     describe([record], state.text))))
        } else {
            let who = Array(Set(records.compactMap(\.updatedBy))).sorted().joined(separator: ", ")
            state.message = StatusMessage(.editing(.changedElsewhereMany(changed.count, who: who)))
        }
    }

    /// The runtime's clock: flashes end when their time is up.
    static func clock(_ now: Date, _ state: inout AppState) {
        state.editing.now = now
        state.editing.flashes = state.editing.flashes.filter { $0.value > now }
    }
}
