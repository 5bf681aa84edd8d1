import PlanKit
import PlanStore

extension DashboardRuntime {
    /// Saves an edit, an undo or a redo. The answer is what the store acknowledged, or why it did not:
    /// a conflict names the status that moved on, any other failure says what the store said. Nothing
    /// acknowledges the write's own change token: the next poll reloads once, which cannot hide another
    /// terminal's commit that landed at the same moment.
    func performEdit(_ effect: Effect) -> Action? {
        let planID: String
        let operation: EditOperation
        switch effect {
        case .apply(_, let id): (planID, operation) = (id, .apply)
        case .undo(let batch, let id): (planID, operation) = (id, .undo(batch: batch))
        case .redo(let batch, let id): (planID, operation) = (id, .redo(batch: batch))
        default: return nil
        }
        if isOffline { return .editFailed(planID: planID, operation, reason: Localizer(configuration.language)(.storeOffline)) }
        do {
            switch effect {
            case .apply(let changes, _):
                rememberOriginals(changes.map(\.key), planID: planID)
                let result = try store.apply(changes, planID: planID, by: configuration.user)
                applied.append(AppliedChangesRecord(planID: planID, changes: result, kind: .edit))
                return .changesApplied(planID: planID, result)
            case .undo(let batch, _):
                let result = try store.undo(batch: batch, planID: planID, by: configuration.user)
                applied.append(AppliedChangesRecord(planID: planID, changes: result, kind: .undo))
                return .replayApplied(planID: planID, operation, result)
            case .redo(let batch, _):
                let result = try store.redo(batch: batch, planID: planID, by: configuration.user)
                applied.append(AppliedChangesRecord(planID: planID, changes: result, kind: .redo))
                return .replayApplied(planID: planID, operation, result)
            default:
                return nil
            }
        } catch StoreError.conflict(let key, let current, _) {
            return .editConflict(planID: planID, operation, key: key, current: current)
        } catch {
            errors.append(StoreErrorText.describe(error, configuration.language))
            return .editFailed(planID: planID, operation, reason: SaveFailureText.describe(error, configuration.language))
        }
    }

    /// The status each key had before this session first touched it, for the summary's "changed" count.
    private func rememberOriginals(_ keys: [StatusKey], planID: String) {
        guard let document = state.document, document.id == planID else { return }
        for key in keys where originals[planID]?[key] == nil {
            originals[planID, default: [:]][key] = document.statuses[key] ?? .initial(key)
        }
    }
}
