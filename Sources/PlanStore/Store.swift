import Foundation
import PlanKit

/// Everything the dashboard and the commands need from persistence. Each operation is whole:
/// one call is one transaction, so a server-backed implementation can stand in for SQLite later.
public protocol Store: AnyObject, Sendable {
    /// The plans in the store, in import order.
    func plans() throws -> [PlanSummary]
    func plan(id: String) throws -> Plan?
    /// The plan's first `taskLimit` tasks and their statuses, without reading the rest when the store
    /// can (`PlanFirstPage`); nil when there is no such plan. The default reads the whole plan.
    func firstPage(planID: String, taskLimit: Int) throws -> PlanFirstPage?
    /// The source text the plan was imported from.
    func sourceText(planID: String) throws -> String?

    /// Imports a plan, or re-imports an amended one (same identity): statuses and history of every task
    /// whose code still exists are kept. All or nothing.
    func importPlan(_ plan: Plan, sourceText: String, by user: String) throws -> ImportOutcome
    func removePlan(id: String) throws

    /// Every recorded status of a plan; a task with no entry has never been touched.
    func statuses(planID: String) throws -> [StatusKey: StatusRecord]
    /// Applies several changes in one transaction. Each change names the version it was based on;
    /// if any has moved on, nothing is applied and `StoreError.conflict` says who changed what.
    /// Returns the stored records and the history batch that undoes them.
    func apply(_ changes: [StatusChange], planID: String, by user: String) throws -> AppliedChanges
    /// Reverts a batch (restores each status's `from`), recorded in the history as an undo.
    func undo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges
    /// Re-applies a batch that was undone, recorded as a redo. `batch` is either the undo batch or the
    /// batch it undid.
    func redo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges
    /// Undoes this user's latest edit (or redo) of the plan not yet undone, in one transaction.
    /// Throws `StoreError.nothingToUndo` when there is none.
    func undoLast(planID: String, by user: String) throws -> AppliedChanges
    /// Redoes this user's latest undo of the plan, unless they edited the plan since.
    /// Throws `StoreError.nothingToRedo` when there is none.
    func redoLast(planID: String, by user: String) throws -> AppliedChanges
    /// The history of a plan, or of one task, oldest first.
    func history(planID: String, taskCode: String?) throws -> [HistoryEntry]

    /// Actual values recorded against an objective's numeric targets.
    func targetValues(planID: String) throws -> [TargetValue]
    func recordTargetValue(_ value: TargetValue, planID: String, by user: String) throws

    /// The tasks a list asks for (by agency, by standing on a day), in plan order. A store may answer
    /// from its rows; `listTasksFromPlan` is the definition it must agree with.
    func listTasks(planID: String, query: TaskQuery) throws -> TaskListing
    /// Every distinct agency the plan's tasks name (lead or cooperating).
    func agencyMentions(planID: String) throws -> [AgencyMention]

    /// Changes whenever any process commits to the store: cheap to poll every few hundred milliseconds.
    func changeToken() throws -> Int64

    /// The rows of the reporting form written so far, of every period and agency (the latest version of each).
    func results(planID: String) throws -> [TaskResult]
    /// Writes one row in one transaction after `ResultRules.prepare`; `result.version` is the version the
    /// writer read (0 for a new row). Returns the row as stored; the version it replaces stays in the history.
    func saveResult(_ result: TaskResult, planID: String, by user: String) throws -> TaskResult
    /// Every agency's free sections, of every period.
    func agencySections(planID: String) throws -> [AgencySections]
    /// As `saveResult`, for an agency's sections of a period.
    func saveSections(_ sections: AgencySections, planID: String, by user: String) throws -> AgencySections
    /// Every version ever written of the plan's results and sections, oldest first.
    func resultHistory(planID: String) throws -> [ResultRevision]

    /// Small per-store preferences ("last plan viewed").
    func setting(_ name: String) throws -> String?
    func setSetting(_ name: String, to value: String?) throws

    /// Which tasks this store's login may change (`EditRights`); every task unless the store has logins.
    var editRights: EditRights { get }
}

extension Store {
    public var editRights: EditRights { .everyTask }
}

public struct PlanSummary: Sendable, Equatable, Codable {
    /// Short and typeable: province and number ("kon-tum-3785").
    public var id: String
    public var number: String?
    public var title: String
    public var issuer: String
    public var taskCount: Int
    public var importedAt: Date

    public init(id: String, number: String?, title: String, issuer: String, taskCount: Int, importedAt: Date) {
        self.id = id
        self.number = number
        self.title = title
        self.issuer = issuer
        self.taskCount = taskCount
        self.importedAt = importedAt
    }
}

/// One status edit, based on the version the editor last saw (0 when the task had no record).
public struct StatusChange: Sendable, Equatable {
    public var key: StatusKey
    public var status: TaskStatus
    public var progress: Int?
    public var note: String?
    public var doneOn: CalendarDate?
    public var basedOnVersion: Int

    public init(key: StatusKey, status: TaskStatus, progress: Int? = nil, note: String? = nil,
                doneOn: CalendarDate? = nil, basedOnVersion: Int) {
        self.key = key
        self.status = status
        self.progress = progress
        self.note = note
        self.doneOn = doneOn
        self.basedOnVersion = basedOnVersion
    }
}

public struct AppliedChanges: Sendable, Equatable {
    public var records: [StatusRecord]
    /// The history batch these changes were written as.
    public var batch: Int64

    public init(records: [StatusRecord], batch: Int64) {
        self.records = records
        self.batch = batch
    }
}

/// One line of the history: who changed what, from what, to what.
public struct HistoryEntry: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case edit, undo, redo, importPlan = "import" }

    public var id: Int64
    public var batch: Int64
    public var key: StatusKey
    public var at: Date
    public var who: String
    public var kind: Kind
    /// nil where the task had no record before.
    public var from: StatusRecord?
    public var to: StatusRecord
    /// For undo and redo: the batch this entry replays.
    public var replayOf: Int64?
    /// On a shared store, the server login that wrote it (stamped by the server; `who` is the name the
    /// writer gave). nil on SQLite and for lines written before the server stamped them.
    public var login: String?

    public init(id: Int64, batch: Int64, key: StatusKey, at: Date, who: String, kind: Kind,
                from: StatusRecord?, to: StatusRecord, replayOf: Int64? = nil, login: String? = nil) {
        self.id = id
        self.batch = batch
        self.key = key
        self.at = at
        self.who = who
        self.kind = kind
        self.from = from
        self.to = to
        self.replayOf = replayOf
        self.login = login
    }

    /// The name the writer gave and, where it differs, the server login that wrote the line: "an (so_tc)".
    /// Both the command line and the dashboard name a writer this way.
    public var writerWithLogin: String {
        guard let login, !login.isEmpty, login != who else { return who }
        return "\(who) (\(login))"
    }
}


/// What an import did.
/// The file a plan's text was extracted from: its kind ("docx", "pdf", "text", …) and the SHA-256 of
/// its bytes (nil for plans stored before kehoach recorded it).
public struct OriginalFile: Sendable, Equatable {
    public var kind: String
    public var digest: String?

    public init(kind: String, digest: String?) {
        self.kind = kind
        self.digest = digest
    }
}

public struct ImportOutcome: Sendable, Equatable {
    public var planID: String
    public var isNew: Bool
    /// Nothing changed: the same text was imported again.
    public var unchanged: Bool
    public var addedTasks: [String]
    public var removedTasks: [String]
    public var changedTasks: [String]

    public init(planID: String, isNew: Bool, unchanged: Bool, addedTasks: [String], removedTasks: [String],
                changedTasks: [String]) {
        self.planID = planID
        self.isNew = isNew
        self.unchanged = unchanged
        self.addedTasks = addedTasks
        self.removedTasks = removedTasks
        self.changedTasks = changedTasks
    }
}

/// Why a change is refused before versions are looked at.
public enum ChangeProblem: Equatable, Sendable {
    /// A yearly task takes one status per year: the change must name the year.
    case yearNeeded
    /// Only yearly tasks take a year.
    case yearNotTaken
    case progressOutOfRange(Int)
    /// The store holds a status this kehoach does not know (written by another program or version).
    case unknownStoredStatus(String)
}

public enum StoreError: Error, Equatable, Sendable {
    /// The status moved on since the editor read it.
    case conflict(key: StatusKey, current: StatusRecord, basedOnVersion: Int)
    case planNotFound(String)
    case taskNotFound(plan: String, code: String)
    case nothingToUndo
    case nothingToRedo
    /// A batch that does not exist in this plan, or cannot be replayed that way (redo of a batch never undone).
    case batchNotFound(plan: String, batch: Int64)
    /// A change the store refuses before looking at versions: a yearly task without a year, progress out of 0…100.
    case invalidChange(key: StatusKey, problem: ChangeProblem)
    /// A plan that cannot be stored as given: two tasks with one code (the second one's line in the document).
    case duplicateTaskCode(code: String, line: Int)
    /// A stored plan that cannot be read back (a damaged or foreign row): the decoder's detail.
    case invalidPlan(String)
    /// No such objective or target in the plan (indexes as in `Plan.objectives`).
    case targetNotFound(plan: String, objective: Int, target: Int)
    /// A result or sections for an agency the task (code nil: the plan) does not name.
    case agencyNotOnTask(plan: String, code: String?, agency: String)
    /// A result (code nil: an agency's sections) changed since the writer read it.
    case resultConflict(code: String?, period: String, agency: String, currentVersion: Int, by: String?, basedOnVersion: Int)
    /// The database could not be written (read-only file, disk full, locked past the timeout).
    case writeFailed(path: String, reason: String)
    case openFailed(path: String, reason: String)
    /// The store's file or directory could not be created (`code` is the errno).
    case createFailed(path: String, code: Int32)
    /// An SQLite file that is not a kehoach store: nothing was written to it.
    case foreignDatabase(path: String)
    /// A store written by a newer kehoach: this one does not know its schema and does not touch it.
    case newerSchema(path: String, schema: Int)
    /// The store was opened read-only (its file or directory cannot be written).
    case readOnly(path: String)
    /// A shared store's login may not change this task: it belongs to the agencies named (lead first).
    case notYourTask(key: StatusKey, owners: [String])
    /// The server refused this login the change (an agency importing, a coordinator writing a revision); its words.
    case notPermitted(reason: String)
    /// A shared store's read-only login (a leader's): it changes no status, progress, note or result.
    case readOnlyLogin
}
