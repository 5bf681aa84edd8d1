import PlanKit

/// The store's refusals and failures as the user reads them (see `StoreErrorText`, `StoreReasonText`,
/// `SaveFailureText`). Tasks are named by their label ("1.1", "2.1 (2025)"), paths and the server's or
/// the library's words are passed through as they are.
public enum StorePhrase: PhraseCatalogue, Hashable {
    case conflict(task: String, by: String, status: TaskStatus, version: Int, basedOn: Int)
    case planNotFound(plan: String)
    case taskNotFound(plan: String, code: String)
    case nothingToUndo, nothingToRedo
    case batchNotFound(plan: String, batch: Int64)
    case invalidChange(task: String, why: String)
    case yearNeeded, yearNotTaken
    case progressOutOfRange(Int)
    case unknownStoredStatus(String)
    case duplicateTaskCode(code: String, line: Int)
    case invalidPlan(reason: String)
    case targetNotFound(plan: String, objective: Int, target: Int)
    case agencyNotOnTask(plan: String, code: String, agency: String)
    case agencyOnNoTask(plan: String, agency: String)
    /// `row` is `resultOfTask` or `reportSections`.
    case resultConflict(row: String, period: String, agency: String, by: String, version: Int, basedOn: Int)
    case resultOfTask(code: String)
    case reportSections
    case writeFailed(path: String, why: String)
    case openFailed(path: String, why: String)
    case createFailed(path: String, why: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String, schema: Int)
    case readOnly(path: String)
    case notYourTask(task: String, owners: String)
    case readOnlyLogin
    case notPermitted(reason: String)
    /// The status bar's short form of `readOnly`, the path after it.
    case databaseReadOnly
    // The database library's reasons (`StoreReasonText`).
    case diskFull, writeLockHeld, notSQLite, databaseDamaged, cannotOpenFile, diskInputOutput
    case databaseReports

    public static var everyPhrase: [StorePhrase] {
        [.conflict(task: "⟨1.1⟩", by: "⟨who⟩", status: .done, version: 7101, basedOn: 7102),
         .planNotFound(plan: "⟨plan⟩"), .taskNotFound(plan: "⟨plan⟩", code: "⟨code⟩"),
         .nothingToUndo, .nothingToRedo, .batchNotFound(plan: "⟨plan⟩", batch: 7103),
         .invalidChange(task: "⟨1.1⟩", why: "⟨why⟩"), .yearNeeded, .yearNotTaken, .progressOutOfRange(7104),
         .unknownStoredStatus("⟨status⟩"), .duplicateTaskCode(code: "⟨code⟩", line: 7105),
         .invalidPlan(reason: "⟨reason⟩"), .targetNotFound(plan: "⟨plan⟩", objective: 7106, target: 7107),
         .agencyNotOnTask(plan: "⟨plan⟩", code: "⟨code⟩", agency: "⟨agency⟩"),
         .agencyOnNoTask(plan: "⟨plan⟩", agency: "⟨agency⟩"),
         .resultConflict(row: "⟨row⟩", period: "⟨period⟩", agency: "⟨agency⟩", by: "⟨who⟩", version: 7108, basedOn: 7109),
         .resultOfTask(code: "⟨code⟩"), .reportSections,
         .writeFailed(path: "⟨path⟩", why: "⟨why⟩"), .openFailed(path: "⟨path⟩", why: "⟨why⟩"),
         .createFailed(path: "⟨path⟩", why: "⟨why⟩"), .foreignDatabase(path: "⟨path⟩"),
         .newerSchema(path: "⟨path⟩", schema: 7110), .readOnly(path: "⟨path⟩"),
         .notYourTask(task: "⟨1.1⟩", owners: "⟨owners⟩"), .readOnlyLogin, .notPermitted(reason: "⟨reason⟩"),
         .databaseReadOnly, .diskFull, .writeLockHeld, .notSQLite, .databaseDamaged, .cannotOpenFile,
         .diskInputOutput, .databaseReports]
    }
}
