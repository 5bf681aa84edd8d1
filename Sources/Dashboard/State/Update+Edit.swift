import PlanKit
import PlanStore

/// The editing keys: status keys, prompts, marks, undo and redo, history. Nothing here changes a status on
/// screen: it asks the store, and only the store's answer (`changesApplied`) changes what is shown.
extension DashboardApp {
    /// The tasks an edit goes to: the detail view's task; else the marked tasks; else the selected one.
    struct EditTargets {
        var planID: String
        var tasks: [Int]
        var fromMarks: Bool
    }

    static func performEdit(_ command: EditCommand, _ state: inout AppState) -> [Effect] {
        // A key pressed in the status menu is a choice: the menu closes before it acts.
        if case .statusMenu(let menu)? = state.overlays.last {
            state.overlays.removeLast()
            if command == .chooseMenuItem {
                return performEdit(EditCommand.menuChoices[min(menu.selected, EditCommand.menuChoices.count - 1)], &state)
            }
        }
        switch command {
        case .markDone: return applyIntent(.status(.done, doneOn: state.asOf), &state)
        case .markInProgress: return applyIntent(.status(.inProgress, doneOn: nil), &state)
        case .markNotStarted: return applyIntent(.status(.notStarted, doneOn: nil), &state)
        case .markSuspended: return applyIntent(.status(.suspended, doneOn: nil), &state)
        case .markDoneOn: openEditor(.doneDate, &state)
        case .setProgress: openEditor(.progress, &state)
        case .editNote: openEditor(.note, &state)
        case .statusMenu:
            guard permittedTargets(&state) != nil else { return [] }
            state.overlays.append(.statusMenu(StatusMenuState()))
        case .toggleMark: toggleMark(&state)
        case .markAllVisible: markAllVisible(&state)
        case .undo: return undoLast(&state)
        case .redo: return redoLast(&state)
        case .taskHistory: return openTaskHistory(&state)
        case .applyMineOnTop, .chooseMenuItem: break  // only meaningful in a conflict or the menu
        }
        return []
    }

    // MARK: Targets

    /// Panes whose rows are tasks: the task keys apply there.
    static func listsTasks(_ state: AppState) -> Bool { state.pane.module.listsTasks }

    /// Whether the task keys act now: on a pane of tasks with nothing over it, or in the detail view.
    static func taskKeysApply(_ state: AppState) -> Bool {
        switch state.overlays.last {
        case nil: return listsTasks(state)
        case .detail?: return true
        default: return false
        }
    }

    /// The tasks of the pane's rows as shown (after filters), for `V`.
    static func visibleTasks(_ state: AppState) -> [Int] { state.pane.module.visibleTasks(state) }

    /// The task of the detail view under the editing overlays, if one is open.
    static func detailTask(_ state: AppState) -> Int? {
        for overlay in state.overlays.reversed() {
            switch overlay {
            case .detail(let detail): return detail.taskIndex
            case .statusMenu, .editor: continue
            default: return nil
            }
        }
        return nil
    }

    static func editTargets(_ state: AppState) -> EditTargets? {
        guard let document = state.document else { return nil }
        if let task = detailTask(state) { return EditTargets(planID: document.id, tasks: [task], fromMarks: false) }
        if !state.editing.marks.isEmpty {
            let marked = document.plan.tasks.indices.filter { state.editing.marks.contains(document.plan.tasks[$0].code) }
            if !marked.isEmpty { return EditTargets(planID: document.id, tasks: marked, fromMarks: true) }
        }
        guard let task = selectedTask(state) else { return nil }
        return EditTargets(planID: document.id, tasks: [task], fromMarks: false)
    }

    /// The status a task's edit goes to: for a yearly task, the year of the as-of date.
    static func statusKey(_ task: Int, _ state: AppState) -> StatusKey? {
        guard let document = state.document, document.plan.tasks.indices.contains(task) else { return nil }
        return StatusKey.current(for: document.plan.tasks[task], asOf: state.asOf)
    }

    /// The edit's targets when the login may change every one of them; else nil, with the message saying
    /// whose the first other task is (as the store would refuse it), and nothing is sent.
    static func permittedTargets(_ state: inout AppState) -> EditTargets? {
        guard let document = state.document, let targets = editTargets(state) else {
            _ = noTarget(&state)
            return nil
        }
        let rights = state.editing.rights
        guard let refused = targets.tasks.first(where: { !rights.mayEdit(document.plan.tasks[$0]) }),
              let key = statusKey(refused, state) else { return targets }
        let error = rights.scope == .noTask ? StoreError.readOnlyLogin
            : StoreError.notYourTask(key: key, owners: EditRights.owners(of: document.plan.tasks[refused]))
        state.message = StatusMessage(.editing(.saveFailed(StoreErrorText.describe(error, state.text.language))), isError: true)
        return nil
    }

    static func noTarget(_ state: inout AppState) -> [Effect] {
        state.message = StatusMessage(.editing(.noTaskSelected), isError: true)
        return []
    }

    // MARK: Saving

    static func applyIntent(_ intent: EditIntent, _ state: inout AppState) -> [Effect] {
        guard let targets = permittedTargets(&state) else { return [] }
        let keys = targets.tasks.compactMap { statusKey($0, state) }
        return send(PendingEdit(planID: targets.planID, intent: intent, keys: keys, fromMarks: targets.fromMarks), &state)
    }

    /// Turns an edit into changes based on the versions this terminal holds, and asks the store for them.
    static func send(_ edit: PendingEdit, _ state: inout AppState) -> [Effect] {
        guard let document = state.document, document.id == edit.planID else { return [] }
        var changes = edit.keys.compactMap { edit.intent.change(for: $0, current: document.statuses[$0]) }
        if let basedOn = edit.basedOn {
            for i in changes.indices { if let seen = basedOn[changes[i].key] { changes[i].basedOnVersion = seen } }
        }
        guard !changes.isEmpty else {
            state.message = StatusMessage(.editing(.nothingChanged))
            return []
        }
        // One key changing several marked tasks asks once; a note or progress typed for them was asked for already.
        if edit.fromMarks, changes.count > 1, !edit.confirmed, case .status(let status, _) = edit.intent {
            state.editing.confirmation = edit
            state.message = StatusMessage(.editing(.confirmBulk(changes.count, state.text(.taskStatus(status)))))
            return []
        }
        state.editing.pending = edit
        return [.apply(changes, planID: edit.planID)]
    }

    /// y or Enter saves the bulk change that asked; any other key drops it, and the marks stay.
    static func handleConfirmationKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var edit = state.editing.confirmation else { return [] }
        state.editing.confirmation = nil
        guard key == .char("y") || key == .char("Y") || key == .enter else {
            state.message = StatusMessage(.editing(.bulkCancelled))
            return []
        }
        edit.confirmed = true
        return send(edit, &state)
    }

    // MARK: Marks

    static func toggleMark(_ state: inout AppState) {
        guard let document = state.document, let task = detailTask(state) ?? selectedTask(state) else {
            _ = noTarget(&state)
            return
        }
        state.editing.marks.formSymmetricDifference([document.plan.tasks[task].code])
        state.message = StatusMessage(.editing(.marked(state.editing.marks.count)))
    }

    /// Marks every task shown; when all of them are marked already, clears the marks instead.
    static func markAllVisible(_ state: inout AppState) {
        guard let document = state.document else { return }
        let codes = Set(visibleTasks(state).map { document.plan.tasks[$0].code })
        if !codes.isEmpty && codes.isSubset(of: state.editing.marks) {
            state.editing.marks.subtract(codes)
        } else {
            state.editing.marks.formUnion(codes)
        }
        state.message = StatusMessage(.editing(.marked(state.editing.marks.count)))
    }

    // MARK: Undo, redo

    static func undoLast(_ state: inout AppState) -> [Effect] {
        guard let planID = state.document?.id, let step = state.editing.undoStack.last(where: { $0.planID == planID }) else {
            state.message = StatusMessage(.editing(.nothingToUndo))
            return []
        }
        return [.undo(batch: step.batch, planID: planID)]
    }

    static func redoLast(_ state: inout AppState) -> [Effect] {
        guard let planID = state.document?.id, let step = state.editing.redoStack.last(where: { $0.planID == planID }) else {
            state.message = StatusMessage(.editing(.nothingToRedo))
            return []
        }
        return [.redo(batch: step.batch, planID: planID)]
    }

    // MARK: History

    static func openTaskHistory(_ state: inout AppState) -> [Effect] {
        guard let document = state.document, let task = detailTask(state) ?? selectedTask(state) else {
            return noTarget(&state)
        }
        let code = document.plan.tasks[task].code
        state.overlays.append(.history(HistoryOverlay(taskCode: code)))
        return [.loadHistory(planID: document.id, taskCode: code)]
    }

    static func openPlanHistory(_ state: inout AppState) -> [Effect] {
        guard let document = state.document else { return [] }
        state.overlays.append(.history(HistoryOverlay(taskCode: nil)))
        return [.loadPlanHistory(planID: document.id)]
    }
}
