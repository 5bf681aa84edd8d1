extension CommandMessage {
    public var english: String {
        switch self {
        case .adminSharedPostgresqlStore(let locationPath):
            return "admin is for a shared PostgreSQL store (--db postgres://…); \(locationPath) is a SQLite file"
        case .adminNotValidPostgresqlUrl(let error): return "not a valid PostgreSQL URL: \(error)"
        case .adminInitCreatedSchemaRoles(let displayURL): return "Created the schema and the roles in \(displayURL)"
        case .adminGrantLoginSpeaks(let login, let roleRawValue, let nfc): return "Login \(login) (\(roleRawValue)) speaks for \(nfc)"
        case .dashboardCannotReadDateWrite(let asOf):
            return "--as-of: cannot read the date \"\(asOf)\": write 31/12/2026, 2026-12-31, today or end of quarter"
        case .dashboardNeedsTerminal:
            return "the dashboard needs a terminal (standard input and output must not be redirected); "
                + "without one, use kehoach list, report or export"
        case .dashboardCannotOpenTerminal(let term):
            return "cannot open the terminal (TERM=\(term.isEmpty ? "unset" : term)); set TERM to a known terminal type, such as xterm-256color"
        case .statusSetUnknownStatusUseNot(let status):
            return "unknown status \"\(status)\"; use: not-started, in-progress, done, suspended"
        case .statusSetProgressMustWithin(let progress): return "--progress \(progress): must be within 0–100"
        case .statusSetDoneNotDate(let doneOn): return "--done-on \(doneOn): not a date (30/06/2025 or 2025-06-30)"
        case .statusSetTaskNotYearlyTimeframe(let taskCode, let timeframeText, let year):
            return "task \(taskCode) is not yearly (timeframe: \(timeframeText)); drop --year \(year)"
        case .statusSetSaved(let version, let user): return " · version \(version) · \(user)"
        case .replayDone(let version): return " · version \(version)"
        case .storeContextCouldNotImportBundled(let error): return "could not import the bundled plans: \(error)"
        case .storeContextPlanHasNoTask(let planID, let typed, let plan):
            return "plan \(planID) has no task \"\(typed)\" (codes as printed, e.g. \(plan))"
        case .exportImportNotUtfText(let path): return "\(path): not UTF-8 text"
        case .exportImportStoredTasksFrom(let planID, let tasksCount, let path, let locationPath):
            return "Stored \(planID) (\(tasksCount) tasks) from \(path) in \(locationPath)"
        case .exportImportPlanUnchanged(let planID): return "\(planID): the plan is unchanged"
        case .exportImportStatusesUpdatedTargetValues(let changesCount, let batchText, let valueCount):
            return "\(changesCount) statuses updated\(batchText); \(valueCount) target values recorded"
        case .storeImportStoredTasks(let planID, let addedTasksCount, let locationPath):
            return "Stored \(planID) (\(addedTasksCount) tasks) in \(locationPath)"
        case .storeImportSameTextNothingChanged(let planID): return "\(planID): same text, nothing changed"
        case .resultSetSaved(let version, let user): return " · version \(version) · \(user)"
        case .noAgencyMatches(let planID, let agency): return "no agency in \(planID) matches \"\(agency)\""
        case .dueNotDate(let asOf): return "--as-of \(asOf): not a date (23/11/2026 or 2026-11-23)"
        case .dueRowsWithoutResult(let missingRows, let rowsCount): return "\(missingRows) of \(rowsCount) rows without a result"
        case .dueNoAgencyMatches(let agency): return "  no agency matches \"\(agency)\""
        case .resultSectionsSaved(let version, let user): return " · version \(version) · \(user)"
        case .resultPeriodNotReportingPeriod(let typed):
            return "--period \(typed): not a reporting period (2026, 2026-H2, 2026-Q4, 2026-11)"
        case .resultAssessmentUseAheadMet(let typed): return "--assessment \(typed): use ahead, met or behind (vượt, đạt, chậm)"
        case .resultQuantityNumberThenUnit(let typed): return "--quantity \(typed): a number then its unit (\"120 nhân lực\")"
        case .resultTargetWriteObjectiveTarget(let target): return "--target \(target): write OBJECTIVE.TARGET (\"6.0\")"
        case .resultTaskNotAssignedAssigned(let taskCode, let planID, let typed, let list):
            return "task \(taskCode) of \(planID) is not assigned to \"\(typed)\" (assigned to: \(list))"
        case .resultTaskHasNoLead(let taskCode): return "task \(taskCode) has no lead agency; use --agency"
        case .configFileLine(let path, let value): return "\(path), line \(value)"
        case .configFileCannotReadConfigFile(let place): return "cannot read the config file \(place)"
        case .configFileNotValid(let place, let detail): return "config file \(place): not valid TOML (\(detail))"
        case .configFileUnknownKey(let place, let key, let known): return "config file \(place): unknown key “\(key)” (keys: \(known))"
        case .configFileMustQuoted(let place, let key): return "config file \(place): “\(key)” must be a quoted string"
        case .configFileMustTrue(let place, let key): return "config file \(place): “\(key)” must be true or false"
        case .configFileCannotOne(let place, let key, let value, let list):
            return "config file \(place): “\(key)” cannot be “\(value)” (one of: \(list))"
        case .planSummaryTasks(let tasksCount): return "\(tasksCount) tasks"
        case .importReading(let file): return "Reading \(file)…"
        case .importWarningsNotStoredStrict(let file, let warningsCount): return "\(file): \(warningsCount) warnings, not stored (--strict)"
        case .importStoringTasks(let tasksCount): return "Storing \(tasksCount) tasks…"
        case .agenciesAddNamesSpellingsAgencies(let agencyDirectory): return "Add names or spellings in \(agencyDirectory)."
        case .removeNoTerminalConfirmAdd(let summaryId): return "no terminal to confirm on; add --yes to remove \(summaryId)"
        case .removePlanTasksStatus(let summaryId, let taskCount, let changes, let locationPath):
            return "Remove plan \(summaryId) (\(taskCount) tasks, \(changes) status changes) from \(locationPath)? [y/N] "
        case .removeD(let summaryId): return "Removed \(summaryId)."
        case .reportYearNotYear(let year): return "--year \(year): not a year"
        case .reportCannotBuildWordFile(let error): return "cannot build the Word file: \(error)"
        case .copyNoSourceStore(let sourceName): return "no source store \(sourceName)"
        case .copyCopied(let sourceName, let destinationName): return "Copied \(sourceName) → \(destinationName):"
        case .copyDestinationHoldsDataTable(let destination, let table, let rows):
            return "the destination \(destination) holds data (table \(table): \(rows) rows); nothing was written — add --replace to replace it all"
        case .copyTableSourceHasRows(let table, let source, let found):
            return "table \(table): the source has \(source) rows, the destination counted \(found); nothing was written"
        case .exportIng(let summaryId): return "Exporting \(summaryId)…"
        case .listNotDate(let asOf): return "--as-of \(asOf): not a date (15/01/2026 or 2026-01-15)"
        case .listStandingUnknownUse(let text, let codes): return "--standing \(text): unknown; use: \(codes)"
        case .unknownCommand(let word): return "unknown command '\(word)'"
        case .unknownDidYouMean(let near): return ", did you mean '\(near)'?"
        case .importWarningAgencyNotDirectory(let printed): return "agency \"\(printed)\" is not in the directory"
        case .importWarningTaskTimeframeNotUnderstood(let task, let text): return "task \(task): timeframe \"\(text)\" not understood"
        case .importWarningTaskNamesNoLead(let task): return "task \(task) names no lead agency"
        case .importWarningTaskHasNoTimeframe(let task): return "task \(task) has no timeframe"
        case .importWarningRowHasCellsHeader(let row, let cells, let header):
            return "row \(row) has \(cells) cells; the header has \(header)"
        case .importWarningTableRowCodeWas(let code): return "table row with code \"\(code)\" was not read"
        case .importWarningTextAfterTask(let text): return "text after a task's fields was not read: \(text)"
        case .importWarningParagraphNotUnderstood(let excerpt): return "paragraph not understood: \"\(excerpt)\""
        case .importWarningTaskLead(let task): return "task \(task) lead"
        case .importWarningTaskCooperating(let task): return "task \(task) cooperating"
        case .inputErrorNoSuchFile(let path): return "\(path): no such file"
        case .inputErrorFileOverLimit(let path, let size, let limit):
            return "\(path): the file is \(size) MB, over a plan's limit of \(limit) MB; not read"
        case .inputErrorCannotRead(let path, let reason): return "cannot read \(path): \(reason)"
        case .inputErrorUTF16(let path): return "\(path): the file is UTF-16, not UTF-8; save it as UTF-8 and try again"
        case .inputErrorTextOverLimit(let size, let limit):
            return "the file is \(size) MB; a plan's text is at most \(limit) MB"
        case .inputErrorNotUTF8(let offset):
            return "the file is not UTF-8 text (invalid byte sequence at byte \(offset)); save it as UTF-8 and try again"
        case .inputErrorFileLooksBinaryNot(let offset): return "the file looks binary, not text (control byte at byte \(offset))"
        case .inputErrorDoesNotLookLike(let reason): return "this does not look like a plan: \(reason)"
        case .outputFileExistsAddForce(let path): return "\(path): the file exists; add --force to overwrite it"
        case .outputCannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .outputWrote(let path): return "Wrote \(path)"
        case .asOfDateNotDate(let text): return "--as-of \(text): not a date (23/11/2026 or 2026-11-23)"
        case .standardOutputCannotWriteStandardOutput(let reason): return "cannot write to the standard output: \(reason)"
        case .importExplainTasksParagraphsNotUnderstood(let tasksCount, let unread):
            return "\(tasksCount) " + (tasksCount == 1 ? "task" : "tasks") + "; \(unread) " + (unread == 1 ? "paragraph" : "paragraphs") + " not understood."
        case .planNotInStore(let typed, let store, let known):
            return "no plan \"\(typed)\" in \(store); there are: \(known.isEmpty ? "(none)" : known)"
        case .invalidExport(let reason): return "invalid export: " + reason
        case .planUpdatedFromFile(let plan, let path, let added, let removed, let changed):
            return "Updated \(plan) from \(path): added \(added); removed \(removed); changed \(changed)"
        case .planUpdated(let plan, let added, let removed, let changed):
            return "Updated \(plan): added \(added); removed \(removed); changed \(changed); statuses of the other tasks kept"
        case .sameDocumentStored(let number, let plan, let before, let now):
            return "document \(number) of the same date is already stored: plan \(plan) (issuer read last time: "
                + "\"\(before)\", this time: \"\(now)\"); not stored as a second plan. "
                + "Remove the old plan (kehoach remove \(plan)) and import again, or use --as-new if this is another document"
        case .dueLate(let days, let due): return "LATE by \(days) days (due \(due.iso))"
        case .dueIn(let days, let due): return "due \(due.iso), \(days) days left"
        case .planCounts(let objectives, let targets, let groups, let tasks, let duties, let reporting):
            return "objectives: \(objectives) (targets: \(targets)) · groups: \(groups) · "
                + "tasks: \(tasks) · duties: \(duties) · reporting: \(reporting)"
        case .listFooter(let tasks, let asOf, let onTime):
            return "tasks: \(tasks) · as of \(asOf.iso) · on time \(onTime) (continuous excluded)"
        case .importWarningParagraphsNotUnderstood(let count, let lines):
            return "warning: \(count) " + (count == 1 ? "paragraph not understood: line " : "paragraphs not understood: lines ")
                + "\(lines) (see each line with --explain)"
        }
    }
}
