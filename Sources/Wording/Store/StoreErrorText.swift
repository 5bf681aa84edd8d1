import PlanKit
import PlanStore

/// Store errors as one line that says what and where.
public enum StoreErrorText {
    public static func describe(_ error: Error, _ language: Language) -> String {
        guard let error = error as? StoreError else { return "\(error)" }
        return language(phrase(error, language))
    }

    /// The phrase saying `error`; the reasons it quotes (a system call's, the database library's) are said in `language`.
    static func phrase(_ error: StoreError, _ language: Language) -> StorePhrase {
        switch error {
        case .conflict(let key, let current, let based):
            return .conflict(task: label(key), by: current.updatedBy ?? "?", status: current.status,
                             version: current.version, basedOn: based)
        case .planNotFound(let id): return .planNotFound(plan: id)
        case .taskNotFound(let plan, let code): return .taskNotFound(plan: plan, code: code)
        case .nothingToUndo: return .nothingToUndo
        case .nothingToRedo: return .nothingToRedo
        case .batchNotFound(let plan, let batch): return .batchNotFound(plan: plan, batch: batch)
        case .invalidChange(let key, let problem):
            let why: StorePhrase
            switch problem {
            case .yearNeeded: why = .yearNeeded
            case .yearNotTaken: why = .yearNotTaken
            case .progressOutOfRange(let progress): why = .progressOutOfRange(progress)
            case .unknownStoredStatus(let status): why = .unknownStoredStatus(ControlCharacters.clean(status))
            }
            return .invalidChange(task: label(key), why: language(why))
        case .duplicateTaskCode(let code, let line): return .duplicateTaskCode(code: code, line: line)
        case .invalidPlan(let reason): return .invalidPlan(reason: reason)
        case .targetNotFound(let plan, let objective, let target):
            return .targetNotFound(plan: plan, objective: objective, target: target)
        case .agencyNotOnTask(let plan, let code, let agency):
            guard let code else { return .agencyOnNoTask(plan: plan, agency: agency) }
            return .agencyNotOnTask(plan: plan, code: code, agency: agency)
        case .resultConflict(let code, let period, let agency, let current, let who, let based):
            let row = language(code.map { StorePhrase.resultOfTask(code: $0) } ?? .reportSections)
            return .resultConflict(row: row, period: period, agency: agency, by: who ?? "?", version: current, basedOn: based)
        case .writeFailed(let path, let reason):
            return .writeFailed(path: path, why: StoreReasonText.describe(reason, language, detail: true))
        case .openFailed(let path, let reason):
            return .openFailed(path: path, why: StoreReasonText.describe(reason, language, detail: true))
        case .createFailed(let path, let code):
            return .createFailed(path: path, why: SystemErrorText.reason(code, language))
        case .foreignDatabase(let path): return .foreignDatabase(path: path)
        case .newerSchema(let path, let schema): return .newerSchema(path: path, schema: schema)
        case .readOnly(let path): return .readOnly(path: path)
        case .notYourTask(let key, let owners): return .notYourTask(task: label(key), owners: owners.joined(separator: ", "))
        case .readOnlyLogin: return .readOnlyLogin
        case .notPermitted(let reason): return .notPermitted(reason: reason)
        }
    }

    /// "1.1", or "2.1 (2025)" for a yearly instance.
    public static func label(_ key: StatusKey) -> String {
        key.year.map { "\(key.taskCode) (\($0))" } ?? key.taskCode
    }
}
