import Foundation
import PlanKit
import PostgresNIO

/// Statuses, undo and redo: the same rules as `SQLiteStore+Statuses`, in PostgreSQL's dialect.
extension PostgresStore {
    typealias Transaction = PostgresSession.Transaction

    static let statusColumns = "task_code, year, status, progress, note, done_on, version, updated_by, updated_at_ms"

    public func statuses(planID: String) throws -> [StatusKey: StatusRecord] {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            var result: [StatusKey: StatusRecord] = [:]
            for row in try transaction.rows("SELECT \(Self.statusColumns) FROM status WHERE plan_id = $1", [.text(planID)]) {
                let record = try Self.record(row)
                result[record.key] = record
            }
            return result
        }
    }

    /// The server store is never opened read-only: a login's rights decide what it may write.
    public var isReadOnly: Bool { false }

    /// Read, then write based on what was read; writes are serialised on the server, so a conflict can
    /// only be another writer between the two, and the edit is made again on what they wrote.
    public func applyToCurrent(_ key: StatusKey, planID: String, by user: String,
                               change make: (StatusRecord?) throws -> StatusChange) throws
        -> (previous: StatusRecord?, applied: AppliedChanges) {
        var attempts = 0
        while true {
            let current = try statuses(planID: planID)[key]
            var change = try make(current)
            change.key = key
            change.basedOnVersion = current?.version ?? 0
            do {
                return (current, try apply([change], planID: planID, by: user))
            } catch let error as StoreError {
                guard case .conflict = error, attempts < 50 else { throw error }
                attempts += 1
            }
        }
    }

    public func apply(_ changes: [StatusChange], planID: String, by user: String) throws -> AppliedChanges {
        if changes.isEmpty { return AppliedChanges(records: [], batch: 0) }
        let who = user.cleaned
        let now = Millis.now()
        return try write { transaction in
            try requirePlan(planID, transaction: transaction)
            let batch = try Self.insertBatch(planID: planID, who: who, at: now.ms, kind: .edit, replayOf: nil, transaction)
            var records: [StatusRecord] = []
            for change in changes {
                try Self.validate(change, planID: planID, transaction)
                try requireOwnership(change.key, planID: planID, transaction)
                let current = try Self.currentRecord(change.key, planID: planID, transaction)
                let next = try StatusRules.edited(change, current: current, who: who, at: now.date)
                try Self.store(next, planID: planID, transaction)
                try Self.appendHistory(batch: batch, planID: planID, kind: .edit, replayOf: nil, from: current, to: next, transaction)
                records.append(next)
            }
            return AppliedChanges(records: records, batch: batch)
        }
    }

    public func undo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges {
        try write { try Self.undo(batch: batch, planID: planID, who: user.cleaned, $0) }
    }

    public func redo(batch: Int64, planID: String, by user: String) throws -> AppliedChanges {
        try write { try Self.redo(batch: batch, planID: planID, who: user.cleaned, $0) }
    }

    public func undoLast(planID: String, by user: String) throws -> AppliedChanges {
        let who = user.cleaned
        return try write { transaction in
            try requirePlan(planID, transaction: transaction)
            guard let row = try transaction.row("""
                SELECT id FROM batch WHERE plan_id = $1 AND who = $2 AND kind IN ('edit', 'redo') AND undone_by IS NULL
                ORDER BY id DESC LIMIT 1
                """, [.text(planID), .text(who)]) else { throw StoreError.nothingToUndo }
            return try Self.undo(batch: try row.value(0), planID: planID, who: who, transaction)
        }
    }

    public func redoLast(planID: String, by user: String) throws -> AppliedChanges {
        let who = user.cleaned
        return try write { transaction in
            try requirePlan(planID, transaction: transaction)
            // A new edit after an undo ends the redo chain, as in any editor.
            guard let row = try transaction.row("""
                SELECT u.id FROM batch u
                WHERE u.plan_id = $1 AND u.who = $2 AND u.kind = 'undo' AND u.redone_by IS NULL
                  AND NOT EXISTS (SELECT 1 FROM batch e WHERE e.plan_id = u.plan_id AND e.who = u.who
                                  AND e.kind = 'edit' AND e.id > u.id)
                ORDER BY u.id DESC LIMIT 1
                """, [.text(planID), .text(who)]) else { throw StoreError.nothingToRedo }
            return try Self.redo(batch: try row.value(0), planID: planID, who: who, transaction)
        }
    }

    public func history(planID: String, taskCode: String?) throws -> [HistoryEntry] {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            var sql = "SELECT \(Self.historyColumns) FROM history WHERE plan_id = $1"
            var values: [PGValue] = [.text(planID)]
            if let taskCode {
                sql += " AND task_code = $2"
                values.append(.text(taskCode))
            }
            return try transaction.rows(sql + " ORDER BY id", values).map(Self.historyEntry)
        }
    }

    // MARK: Replays

    private static func undo(batch: Int64, planID: String, who: String, _ transaction: Transaction) throws -> AppliedChanges {
        try StatusRules.checkUndo(try batchRow(batch, planID: planID, transaction), id: batch, planID: planID)
        let applied = try replay(batch: batch, planID: planID, who: who, kind: .undo, transaction)
        try transaction.execute("UPDATE batch SET undone_by = $1 WHERE id = $2", [.int(applied.batch), .int(batch)])
        return applied
    }

    private static func redo(batch: Int64, planID: String, who: String, _ transaction: Transaction) throws -> AppliedChanges {
        let undoBatch = try StatusRules.undoToRedo(try batchRow(batch, planID: planID, transaction), id: batch, planID: planID)
        try StatusRules.checkRedo(try batchRow(undoBatch, planID: planID, transaction))
        let applied = try replay(batch: undoBatch, planID: planID, who: who, kind: .redo, transaction)
        try transaction.execute("UPDATE batch SET redone_by = $1 WHERE id = $2", [.int(applied.batch), .int(undoBatch)])
        return applied
    }

    /// Restores what each status held before the batch (`StatusRules.replayed`).
    private static func replay(batch: Int64, planID: String, who: String, kind: HistoryEntry.Kind,
                               _ transaction: Transaction) throws -> AppliedChanges {
        let entries = try transaction.rows("SELECT \(historyColumns) FROM history WHERE batch_id = $1 ORDER BY id",
                                           [.int(batch)]).map(historyEntry)
        let now = Millis.now()
        let newBatch = try insertBatch(planID: planID, who: who, at: now.ms, kind: kind, replayOf: batch, transaction)
        var records: [StatusRecord] = []
        for step in StatusRules.replaySteps(entries) {
            let key = step.key
            guard try transaction.row("SELECT 1 FROM task WHERE plan_id = $1 AND code = $2",
                                      [.text(planID), .text(key.taskCode)]) != nil else {
                throw StoreError.taskNotFound(plan: planID, code: key.taskCode)
            }
            let current = try currentRecord(key, planID: planID, transaction)
            let next = try StatusRules.replayed(step, current: current, who: who, at: now.date)
            try store(next, planID: planID, transaction)
            try appendHistory(batch: newBatch, planID: planID, kind: kind, replayOf: batch, from: current, to: next, transaction)
            records.append(next)
        }
        return AppliedChanges(records: records, batch: newBatch)
    }

    // MARK: Rows

    private static func batchRow(_ id: Int64, planID: String, _ transaction: Transaction) throws -> StatusRules.Batch {
        guard let row = try transaction.row("SELECT kind, undone_by, redone_by FROM batch WHERE id = $1 AND plan_id = $2",
                                            [.int(id), .text(planID)]),
              let kind = HistoryEntry.Kind(rawValue: try row.value(0)) else {
            throw StoreError.batchNotFound(plan: planID, batch: id)
        }
        return StatusRules.Batch(kind: kind, undoneBy: try row.value(1), redoneBy: try row.value(2))
    }

    private static func insertBatch(planID: String, who: String, at ms: Int64, kind: HistoryEntry.Kind, replayOf: Int64?,
                                    _ transaction: Transaction) throws -> Int64 {
        guard let row = try transaction.row("""
            INSERT INTO batch(plan_id, who, at_ms, kind, replay_of) VALUES ($1, $2, $3, $4, $5) RETURNING id
            """, [.text(planID), .text(who), .int(ms), .text(kind.rawValue), .int(replayOf)]) else {
            throw StoreError.writeFailed(path: planID, reason: "the new batch has no id")
        }
        return try row.value(0)
    }

    private static func validate(_ change: StatusChange, planID: String, _ transaction: Transaction) throws {
        let yearly = try transaction.row("SELECT yearly FROM task WHERE plan_id = $1 AND code = $2",
                                         [.text(planID), .text(change.key.taskCode)]).map { try $0.value(0, as: Bool.self) }
        try StatusRules.validate(change, yearly: yearly, planID: planID)
    }

    private static func currentRecord(_ key: StatusKey, planID: String, _ transaction: Transaction) throws -> StatusRecord? {
        try transaction.row("SELECT \(statusColumns) FROM status WHERE plan_id = $1 AND task_code = $2 AND year = $3",
                            [.text(planID), .text(key.taskCode), .int(StatusRow.yearColumn(key))]).map(record)
    }

    private static func store(_ record: StatusRecord, planID: String, _ transaction: Transaction) throws {
        try transaction.execute("""
            INSERT INTO status(plan_id, task_code, year, status, progress, note, done_on, version, updated_by, updated_at_ms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT(plan_id, task_code, year) DO UPDATE SET
                status = excluded.status, progress = excluded.progress, note = excluded.note,
                done_on = excluded.done_on, version = excluded.version, updated_by = excluded.updated_by,
                updated_at_ms = excluded.updated_at_ms
            """, [.text(planID), .text(record.key.taskCode), .int(StatusRow.yearColumn(record.key)),
                  .text(record.status.rawValue), .int(record.progress), .text(record.note), .text(record.doneOn?.iso),
                  .int(record.version), .text(record.updatedBy), .int(record.updatedAt.map(Millis.of))])
    }

    private static func appendHistory(batch: Int64, planID: String, kind: HistoryEntry.Kind, replayOf: Int64?,
                                      from: StatusRecord?, to: StatusRecord, _ transaction: Transaction) throws {
        try transaction.execute("""
            INSERT INTO history(batch_id, plan_id, task_code, year, at_ms, who, kind, replay_of, from_json, to_json, note)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """, [.int(batch), .text(planID), .text(to.key.taskCode), .int(StatusRow.yearColumn(to.key)),
                  .int(to.updatedAt.map(Millis.of) ?? 0), .text(to.updatedBy ?? ""), .text(kind.rawValue),
                  .int(replayOf), .text(try from.map(StatusRow.json)), .text(try StatusRow.json(to)), .text(to.note)])
    }

    static func record(_ row: PostgresRandomAccessRow) throws -> StatusRecord {
        let key = StatusRow.key(code: try row.value(0), year: try row.value(1))
        let statusText: String = try row.value(2)
        guard let status = TaskStatus(rawValue: statusText) else {
            throw StoreError.invalidChange(key: key, problem: .unknownStoredStatus(statusText))
        }
        let doneOn: String? = try row.value(5)
        let updatedAt: Int64? = try row.value(8)
        return StatusRecord(key: key, status: status, progress: try row.value(3), note: try row.value(4),
                            doneOn: doneOn.flatMap(CalendarDate.init(iso:)), version: try row.value(6),
                            updatedBy: try row.value(7), updatedAt: updatedAt.map(Millis.date))
    }

    static let historyColumns = "id, batch_id, task_code, year, at_ms, who, kind, replay_of, from_json, to_json, login"

    private static func historyEntry(_ row: PostgresRandomAccessRow) throws -> HistoryEntry {
        let key = StatusRow.key(code: try row.value(2), year: try row.value(3))
        let kindText: String = try row.value(6)
        let fromJSON: String? = try row.value(8)
        return HistoryEntry(
            id: try row.value(0), batch: try row.value(1), key: key, at: Millis.date(try row.value(4)),
            who: (try row.value(5) as String).cleaned, kind: HistoryEntry.Kind(rawValue: kindText) ?? .edit,
            from: try fromJSON.map { try StatusRow.record(json: $0, key: key) },
            to: try StatusRow.record(json: try row.value(9), key: key), replayOf: try row.value(7),
            login: (try row.value(10) as String?)?.cleaned)
    }
}
