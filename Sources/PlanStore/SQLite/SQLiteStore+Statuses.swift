import Foundation
import GRDB
import PlanKit

extension SQLiteStore {
    public func statuses(planID: String) throws -> [StatusKey: StatusRecord] {
        try read { db in
            try requirePlan(planID, db: db)
            let rows = try Row.fetchCursor(db, sql: "SELECT \(StatusRow.columns) FROM status WHERE plan_id = ?",
                                           arguments: [planID])
            var result: [StatusKey: StatusRecord] = [:]
            while let row = try rows.next() {
                let record = try StatusRow.record(fromColumns: row)
                result[record.key] = record
            }
            return result
        }
    }

    public func apply(_ changes: [StatusChange], planID: String, by user: String) throws -> AppliedChanges {
        if changes.isEmpty { return AppliedChanges(records: [], batch: 0) }
        return try write { db in try apply(changes, planID: planID, who: user.cleaned, db: db) }
    }

    /// One edit that names no version (a command-line `status set`): the current record is read, the
    /// change made from it and written in the same IMMEDIATE transaction, so no other writer can slip
    /// between the read and the write and the edit is never a false conflict. Returns the record it
    /// replaced with what was applied.
    public func applyToCurrent(_ key: StatusKey, planID: String, by user: String,
                               change make: (StatusRecord?) throws -> StatusChange) throws
        -> (previous: StatusRecord?, applied: AppliedChanges) {
        try write { db in
            try requirePlan(planID, db: db)
            let current = try currentRecord(key, planID: planID, db: db)
            var change = try make(current)
            change.key = key
            change.basedOnVersion = current?.version ?? 0
            return (current, try apply([change], planID: planID, who: user.cleaned, db: db))
        }
    }

    private func apply(_ changes: [StatusChange], planID: String, who: String, db: Database) throws -> AppliedChanges {
        let now = Millis.now()
        try requirePlan(planID, db: db)
        let batch = try insertBatch(planID: planID, who: who, at: now.ms, kind: .edit, replayOf: nil, db: db)
        var records: [StatusRecord] = []
        for change in changes {
            try validate(change, planID: planID, db: db)
            let current = try currentRecord(change.key, planID: planID, db: db)
            let next = try StatusRules.edited(change, current: current, who: who, at: now.date)
            try store(next, planID: planID, db: db)
            try appendHistory(batch: batch, planID: planID, kind: .edit, replayOf: nil, from: current, to: next, db: db)
            records.append(next)
        }
        return AppliedChanges(records: records, batch: batch)
    }

    public func undo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges {
        try write { db in try undo(batch: batch, planID: planID, who: user.cleaned, db: db) }
    }

    public func redo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges {
        try write { db in try redo(batch: batch, planID: planID, who: user.cleaned, db: db) }
    }

    public func undoLast(planID: String, by user: String) throws -> AppliedChanges {
        let who = user.cleaned
        return try write { db in
            try requirePlan(planID, db: db)
            guard let batch = try Int64.fetchOne(db, sql: """
                SELECT id FROM batch WHERE plan_id = ? AND who = ? AND kind IN ('edit', 'redo') AND undone_by IS NULL
                ORDER BY id DESC LIMIT 1
                """, arguments: [planID, who]) else { throw StoreError.nothingToUndo }
            return try undo(batch: batch, planID: planID, who: who, db: db)
        }
    }

    public func redoLast(planID: String, by user: String) throws -> AppliedChanges {
        let who = user.cleaned
        return try write { db in
            try requirePlan(planID, db: db)
            // A new edit after an undo ends the redo chain, as in any editor.
            guard let batch = try Int64.fetchOne(db, sql: """
                SELECT u.id FROM batch u
                WHERE u.plan_id = ? AND u.who = ? AND u.kind = 'undo' AND u.redone_by IS NULL
                  AND NOT EXISTS (SELECT 1 FROM batch e WHERE e.plan_id = u.plan_id AND e.who = u.who
                                  AND e.kind = 'edit' AND e.id > u.id)
                ORDER BY u.id DESC LIMIT 1
                """, arguments: [planID, who]) else { throw StoreError.nothingToRedo }
            return try redo(batch: batch, planID: planID, who: who, db: db)
        }
    }

    public func history(planID: String, taskCode: String?) throws -> [HistoryEntry] {
        try read { db in
            try requirePlan(planID, db: db)
            var sql = "SELECT \(Self.historyColumns) FROM history WHERE plan_id = ?"
            var arguments: StatementArguments = [planID]
            if let taskCode {
                sql += " AND task_code = ?"
                arguments += [taskCode]
            }
            sql += " ORDER BY id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.historyEntry)
        }
    }

    // MARK: Replays

    private func undo(batch: Int64, planID: String, who: String, db: Database) throws -> AppliedChanges {
        try StatusRules.checkUndo(try batchRow(batch, planID: planID, db: db), id: batch, planID: planID)
        let applied = try replay(batch: batch, planID: planID, who: who, kind: .undo, db: db)
        try db.execute(sql: "UPDATE batch SET undone_by = ? WHERE id = ?", arguments: [applied.batch, batch])
        return applied
    }

    /// `batch` is the undo batch, or the batch it undid.
    private func redo(batch: Int64, planID: String, who: String, db: Database) throws -> AppliedChanges {
        let undoBatch = try StatusRules.undoToRedo(try batchRow(batch, planID: planID, db: db), id: batch, planID: planID)
        try StatusRules.checkRedo(try batchRow(undoBatch, planID: planID, db: db))
        let applied = try replay(batch: undoBatch, planID: planID, who: who, kind: .redo, db: db)
        try db.execute(sql: "UPDATE batch SET redone_by = ? WHERE id = ?", arguments: [applied.batch, undoBatch])
        return applied
    }

    /// Restores, for every status the batch wrote, the value it had before the batch (`StatusRules.replayed`);
    /// a status whose content is no longer what the batch left is a conflict and nothing is restored.
    private func replay(batch: Int64, planID: String, who: String, kind: HistoryEntry.Kind,
                        db: Database) throws -> AppliedChanges {
        let entries = try Row.fetchAll(db, sql: "SELECT \(Self.historyColumns) FROM history WHERE batch_id = ? ORDER BY id",
                                       arguments: [batch])
            .map(Self.historyEntry)
        let now = Millis.now()
        let newBatch = try insertBatch(planID: planID, who: who, at: now.ms, kind: kind, replayOf: batch, db: db)
        var records: [StatusRecord] = []
        for step in StatusRules.replaySteps(entries) {
            try requireTask(step.key.taskCode, planID: planID, db: db)
            let current = try currentRecord(step.key, planID: planID, db: db)
            let next = try StatusRules.replayed(step, current: current, who: who, at: now.date)
            try store(next, planID: planID, db: db)
            try appendHistory(batch: newBatch, planID: planID, kind: kind, replayOf: batch, from: current, to: next, db: db)
            records.append(next)
        }
        return AppliedChanges(records: records, batch: newBatch)
    }

    // MARK: Rows

    private func batchRow(_ id: Int64, planID: String, db: Database) throws -> StatusRules.Batch {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, undone_by, redone_by FROM batch WHERE id = ? AND plan_id = ?",
                                         arguments: [id, planID]),
              let kind = HistoryEntry.Kind(rawValue: try row.decode(forColumn: "kind")) else {
            throw StoreError.batchNotFound(plan: planID, batch: id)
        }
        return StatusRules.Batch(kind: kind, undoneBy: try row.decode(forColumn: "undone_by"),
                        redoneBy: try row.decode(forColumn: "redone_by"))
    }

    private func insertBatch(planID: String, who: String, at ms: Int64, kind: HistoryEntry.Kind, replayOf: Int64?,
                             db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO batch(plan_id, who, at_ms, kind, replay_of) VALUES (?, ?, ?, ?, ?)",
                       arguments: [planID, who, ms, kind.rawValue, replayOf])
        return db.lastInsertedRowID
    }

    private func validate(_ change: StatusChange, planID: String, db: Database) throws {
        let yearly = try Bool.fetchOne(db.cachedStatement(sql: "SELECT yearly FROM task WHERE plan_id = ? AND code = ?"),
                                       arguments: [planID, change.key.taskCode])
        try StatusRules.validate(change, yearly: yearly, planID: planID)
    }

    private func requireTask(_ code: String, planID: String, db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM task WHERE plan_id = ? AND code = ?)",
                                arguments: [planID, code]) == true else {
            throw StoreError.taskNotFound(plan: planID, code: code)
        }
    }

    private func currentRecord(_ key: StatusKey, planID: String, db: Database) throws -> StatusRecord? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM status WHERE plan_id = ? AND task_code = ? AND year = ?"),
                         arguments: [planID, key.taskCode, StatusRow.yearColumn(key)])
            .map(StatusRow.record(from:))
    }

    private func store(_ record: StatusRecord, planID: String, db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO status(plan_id, task_code, year, status, progress, note, done_on, version, updated_by, updated_at_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(plan_id, task_code, year) DO UPDATE SET
                status = excluded.status, progress = excluded.progress, note = excluded.note,
                done_on = excluded.done_on, version = excluded.version, updated_by = excluded.updated_by,
                updated_at_ms = excluded.updated_at_ms
            """).execute(arguments: [planID, record.key.taskCode, StatusRow.yearColumn(record.key), record.status.rawValue,
                             record.progress, record.note, record.doneOn?.iso, record.version, record.updatedBy,
                             record.updatedAt.map(Millis.of)])
    }

    private func appendHistory(batch: Int64, planID: String, kind: HistoryEntry.Kind, replayOf: Int64?,
                               from: StatusRecord?, to: StatusRecord, db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO history(batch_id, plan_id, task_code, year, at_ms, who, kind, replay_of, from_json, to_json, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [batch, planID, to.key.taskCode, StatusRow.yearColumn(to.key),
                             to.updatedAt.map(Millis.of) ?? 0, to.updatedBy ?? "", kind.rawValue, replayOf,
                             try from.map(StatusRow.json), try StatusRow.json(to), to.note])
    }

    /// The columns `historyEntry` reads, by position: a lookup by name folds the name's case on every
    /// read, which for a history of 100,000 lines cost more than the reading.
    static let historyColumns = "task_code, year, kind, from_json, id, batch_id, at_ms, who, to_json, replay_of, login"

    private static func historyEntry(_ row: Row) throws -> HistoryEntry {
        let key = StatusRow.key(code: try row.decode(atIndex: 0), year: try row.decode(atIndex: 1))
        let kindText: String = try row.decode(atIndex: 2)
        let fromJSON: String? = try row.decode(atIndex: 3)
        return HistoryEntry(
            id: try row.decode(atIndex: 4),
            batch: try row.decode(atIndex: 5),
            key: key,
            at: Millis.date(try row.decode(atIndex: 6)),
            who: (try row.decode(String.self, atIndex: 7)).cleaned,
            kind: HistoryEntry.Kind(rawValue: kindText) ?? .edit,
            from: try fromJSON.map { try StatusRow.record(json: $0, key: key) },
            to: try StatusRow.record(json: try row.decode(atIndex: 8), key: key),
            replayOf: try row.decode(atIndex: 9),
            // Only in a store copied from a server: SQLite has no logins of its own.
            login: (try row.decode(String?.self, atIndex: 10))?.cleaned)
    }
}
