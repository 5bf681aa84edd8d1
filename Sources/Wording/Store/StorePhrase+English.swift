extension StorePhrase {
    public var english: String {
        switch self {
        case .conflict(let task, let who, let status, let version, let based):
            return "conflict: task \(task) was changed by \(who) to \"\(StatusWord(status).english)\" "
                + "(version \(version), your edit was based on \(based)); nothing was written — review and retry"
        case .planNotFound(let plan): return "no plan \(plan)"
        case .taskNotFound(let plan, let code): return "plan \(plan) has no task \(code)"
        case .nothingToUndo: return "nothing to undo"
        case .nothingToRedo: return "nothing to redo"
        case .batchNotFound(let plan, let batch): return "plan \(plan) has no batch #\(batch) that can be replayed that way"
        case .invalidChange(let task, let why): return "task \(task): \(why)"
        case .yearNeeded: return "a yearly task takes one status per year: give the year"
        case .yearNotTaken: return "only yearly tasks take a year"
        case .progressOutOfRange(let progress): return "progress \(progress) is not within 0–100"
        case .unknownStoredStatus(let status): return "the database holds a status \"\(status)\" this kehoach does not know"
        case .duplicateTaskCode(let code, let line):
            return "the plan cannot be stored: task code \(code) appears twice (line \(line)); nothing was written"
        case .invalidPlan(let reason): return "the plan cannot be stored: \(reason)"
        case .targetNotFound(let plan, let objective, let target): return "plan \(plan) has no target \(objective).\(target)"
        case .agencyNotOnTask(let plan, let code, let agency): return "task \(code) of plan \(plan) is not assigned to \(agency)"
        case .agencyOnNoTask(let plan, let agency): return "plan \(plan) assigns no task to \(agency)"
        case .resultConflict(let row, let period, let agency, let who, let version, let based):
            return "conflict: \(row) for \(period) of \(agency) was changed by \(who) (version \(version), your edit was based on \(based)); nothing was written"
        case .resultOfTask(let code): return "the result of task \(code)"
        case .reportSections: return "the report's sections"
        case .writeFailed(let path, let why): return "cannot write to \(path): \(why)"
        case .openFailed(let path, let why): return "cannot open the database \(path): \(why)"
        case .createFailed(let path, let why): return "cannot create \(path): \(why)"
        case .foreignDatabase(let path):
            return "\(path) is another program's database, not a kehoach store; nothing was written to it — give --db another file"
        case .newerSchema(let path, let schema):
            return "\(path) was made by a newer kehoach (schema \(schema)); update kehoach — the file was left as it is"
        case .readOnly(let path):
            return "\(path) is read-only (the file or its directory cannot be written); nothing was written"
        case .notYourTask(let task, let owners): return "this task belongs to \(owners) (task \(task)); nothing was written"
        case .readOnlyLogin:
            return "this login is read-only (a leader's login): it cannot change statuses, progress, notes or results; nothing was written"
        case .notPermitted(let reason): return "this login may not make this change (server: \(reason)); nothing was written"
        case .databaseReadOnly: return "the database file is read-only"
        case .diskFull: return "the disk is full"
        case .writeLockHeld: return "another process held the write lock too long"
        case .notSQLite: return "the file is not an SQLite database"
        case .databaseDamaged: return "the database file is damaged"
        case .cannotOpenFile: return "the file cannot be opened (a missing directory, no permission, or it is a directory)"
        case .diskInputOutput: return "a disk input/output error"
        case .databaseReports: return "the database reports an error"
        }
    }
}
