import Foundation
import GRDB
import PlanKit

extension SQLiteStore {
    public func plans() throws -> [PlanSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, number, title, issuer, task_count, imported_at_ms FROM plan ORDER BY position
                """).map { row in
                PlanSummary(id: try row.decode(forColumn: "id"), number: try row.decode(forColumn: "number"),
                            title: try row.decode(forColumn: "title"), issuer: try row.decode(forColumn: "issuer"),
                            taskCount: try row.decode(forColumn: "task_count"),
                            importedAt: Millis.date(try row.decode(forColumn: "imported_at_ms")))
            }
        }
    }

    /// Decoded after the read: a large plan's decode then does not hold the connection that another
    /// thread (the dashboard's run loop, while this plan loads in the background) is waiting for.
    public func plan(id: String) throws -> Plan? {
        guard let blob = try read({ db in try Self.storedBlob(id: id, db: db) }) else { return nil }
        return try Self.decodePlan(blob, id: id)
    }

    /// Decodes the stored plan only up to its `taskLimit`-th task, and reads only those tasks' statuses.
    public func firstPage(planID: String, taskLimit: Int) throws -> PlanFirstPage? {
        try read { db in
            guard let blob = try Self.storedBlob(id: planID, db: db) else { return nil }
            let decoded: (plan: Plan, taskCount: Int)
            do {
                decoded = try PlanCodec.decode(blob, taskLimit: taskLimit)
            } catch {
                throw StoreError.invalidPlan("\(planID): \(error)")
            }
            var statuses: [StatusKey: StatusRecord] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT status.* FROM task JOIN status ON status.plan_id = task.plan_id AND status.task_code = task.code
                WHERE task.plan_id = ? AND task.position < ?
                """, arguments: [planID, decoded.plan.tasks.count])
            while let row = try rows.next() {
                let record = try StatusRow.record(from: row)
                statuses[record.key] = record
            }
            return PlanFirstPage(plan: decoded.plan, taskCount: decoded.taskCount, statuses: statuses)
        }
    }

    public func sourceText(planID: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT source_text FROM plan_payload WHERE plan_id = ?", arguments: [planID])
        }
    }

    public func removePlan(id: String) throws {
        try write { db in
            // Foreign keys cascade to tasks, statuses, batches, history and target values.
            try db.execute(sql: "DELETE FROM plan WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.planNotFound(id) }
        }
    }

    public func importPlan(_ plan: Plan, sourceText: String, by user: String) throws -> ImportOutcome {
        try importPlan(plan, sourceText: sourceText, original: nil, by: user)
    }

    /// What the plan was imported from: the file's kind and the digest of its bytes.
    public func originalFile(planID: String) throws -> OriginalFile? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT source_file_kind, source_file_digest FROM plan WHERE id = ?",
                             arguments: [planID]).map { row in
                OriginalFile(kind: try row.decode(forColumn: "source_file_kind"),
                             digest: try row.decode(forColumn: "source_file_digest"))
            }
        }
    }

    /// `importPlan` recording the file the text was extracted from (Word, PDF); nil for plain text.
    public func importPlan(_ plan: Plan, sourceText: String, original: OriginalFile?, by user: String) throws -> ImportOutcome {
        let fileKind = original?.kind ?? "text"
        let fileDigest = original?.digest
        let identityKey = PlanMatching.identityKey(of: plan.identity)
        let sourceText = sourceText.nfc  // once: at 100,000 tasks it is 60 MB
        let digest = plan.sourceDigest.isEmpty ? SHA256.hex(of: sourceText) : plan.sourceDigest
        let blob = PlanCodec.encode(plan)
        let now = Millis.now()
        return try write { db in
            // A large plan's rows and indexes outgrow SQLite's 2 MB page cache many times over, and every page
            // pushed out mid-transaction is written to the WAL and read back again: at 100,000 tasks, a
            // million writes and a million reads of 4 kB. With 32 MB for the import, a quarter of each.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -32768")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            let existing = try Row.fetchOne(db, sql: "SELECT id, source_digest FROM plan WHERE identity_key = ?",
                                            arguments: [identityKey])
            guard let existing else {
                let id = try PlanMatching.uniqueID(base: PlanMatching.baseID(of: plan.identity)) { candidate in
                    try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM plan WHERE id = ?)", arguments: [candidate]) ?? false
                }
                let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM plan") ?? 0) + 1
                try db.execute(sql: """
                    INSERT INTO plan(id, identity_key, position, number, title, issuer, province,
                                     source_digest, task_count, imported_at_ms, imported_by, updated_at_ms,
                                     source_file_kind, source_file_digest)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, identityKey, position, plan.identity.number, plan.identity.title,
                                     plan.identity.issuer, plan.identity.province, digest,
                                     plan.tasks.count, now.ms, user.cleaned, now.ms, fileKind, fileDigest])
                try PlanPayloadRow.write("INSERT INTO plan_payload(plan_blob, source_text, plan_id) VALUES (?, ?, ?)",
                                         blob: blob, sourceText: sourceText, planID: id, db: db)
                try insertTasks(plan.tasks, planID: id, db: db)
                return ImportOutcome(planID: id, isNew: true, unchanged: false,
                                     addedTasks: plan.tasks.map(\.code), removedTasks: [], changedTasks: [])
            }
            let id: String = try existing.decode(forColumn: "id")
            if try existing.decode(String.self, forColumn: "source_digest") == digest {
                return ImportOutcome(planID: id, isNew: false, unchanged: true,
                                     addedTasks: [], removedTasks: [], changedTasks: [])
            }
            guard let old = try Self.storedPlan(id: id, db: db) else { throw StoreError.planNotFound(id) }
            let diff = PlanMatching.diff(old: old.tasks, new: plan.tasks)
            try db.execute(sql: """
                UPDATE plan SET number = ?, title = ?, issuer = ?, province = ?, source_digest = ?,
                                task_count = ?, updated_at_ms = ?, source_file_kind = ?, source_file_digest = ?
                WHERE id = ?
                """, arguments: [plan.identity.number, plan.identity.title, plan.identity.issuer,
                                 plan.identity.province, digest, plan.tasks.count, now.ms, fileKind, fileDigest, id])
            try PlanPayloadRow.write("UPDATE plan_payload SET plan_blob = ?, source_text = ? WHERE plan_id = ?",
                                     blob: blob, sourceText: sourceText, planID: id, db: db)
            // Statuses of removed tasks go with them (cascade); their history stays.
            for code in diff.removed {
                try db.execute(sql: "DELETE FROM task WHERE plan_id = ? AND code = ?", arguments: [id, code])
            }
            // Rewritten rather than updated: positions, texts and agencies may all have moved.
            try db.execute(sql: "DELETE FROM task_mention WHERE plan_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM plan_agency WHERE plan_id = ?", arguments: [id])
            try insertTasks(plan.tasks, planID: id, db: db, upsert: true)
            try dropStaleTargetValues(of: plan, planID: id, db: db)
            return ImportOutcome(planID: id, isNew: false, unchanged: false, addedTasks: diff.added,
                                 removedTasks: diff.removed, changedTasks: diff.changed)
        }
    }

    /// Inserts the task rows; with `upsert`, a task whose code exists is updated in place so its
    /// statuses (which reference it) stay.
    /// Each statement is prepared once and run for every row, all in the caller's transaction.
    private func insertTasks(_ tasks: [PlanTask], planID: String, db: Database, upsert: Bool = false) throws {
        let conflictClause = upsert ? """
            ON CONFLICT(plan_id, code) DO UPDATE SET position = excluded.position, group_code = excluded.group_code,
                text = excluded.text, timeframe_kind = excluded.timeframe_kind, timeframe_text = excluded.timeframe_text,
                timeframe_start = excluded.timeframe_start, timeframe_end = excluded.timeframe_end, yearly = excluded.yearly
            """ : ""
        let insertTask = try db.makeStatement(sql: """
            INSERT INTO task(plan_id, code, position, group_code, text, timeframe_kind, timeframe_text, timeframe_start,
                             timeframe_end, yearly)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \(conflictClause)
            """)
        let insertMention = try db.makeStatement(sql: """
            INSERT INTO task_mention(plan_id, task_code, role, position, agency) VALUES (?, ?, ?, ?, ?)
            """)
        let insertPlanAgency = try db.makeStatement(sql: """
            INSERT INTO plan_agency(plan_id, printed, canonical, agency_id, search_key) VALUES (?, ?, ?, ?, ?)
            """)
        // A plan names a few hundred agencies over and over: each gets its row (and its folded search key)
        // at its first mention, and every link names that row's number.
        var numbers: [AgencyMention: Int64] = [:]
        var seen = Set<String>()
        for (position, task) in tasks.enumerated() {
            // Checked here, mid-transaction, so a bad plan rolls back everything written so far.
            guard seen.insert(task.code).inserted else {
                throw StoreError.duplicateTaskCode(code: task.code, line: task.sourceLine)
            }
            try insertTask.execute(arguments: [planID, task.code, position, task.groupCode, task.text,
                                               task.timeframe.kind.rawValue, task.timeframe.text, task.timeframe.start?.iso,
                                               task.timeframe.end?.iso, task.timeframe.hasYearlyInstances])
            for (role, agencies) in [("lead", task.lead), ("cooperating", task.cooperating)] {
                for (index, agency) in agencies.enumerated() {
                    let mention = AgencyMention(agency)
                    let number: Int64
                    if let known = numbers[mention] {
                        number = known
                    } else {
                        try insertPlanAgency.execute(arguments: [planID, agency.printed, agency.canonical, agency.agencyID,
                                                                 SearchKey.make(agency.printed + " " + agency.canonical)])
                        number = db.lastInsertedRowID
                        numbers[mention] = number
                    }
                    try insertMention.execute(arguments: [planID, task.code, role, index, number])
                }
            }
        }
    }

    /// Values recorded against a target that the amended plan no longer has would attach to the wrong number.
    private func dropStaleTargetValues(of plan: Plan, planID: String, db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT DISTINCT objective_index, target_index FROM target_value WHERE plan_id = ?",
                                    arguments: [planID])
        for row in rows {
            let objective: Int = try row.decode(forColumn: "objective_index")
            let target: Int = try row.decode(forColumn: "target_index")
            let exists = plan.objectives.indices.contains(objective) && plan.objectives[objective].targets.indices.contains(target)
            if !exists {
                try db.execute(sql: "DELETE FROM target_value WHERE plan_id = ? AND objective_index = ? AND target_index = ?",
                               arguments: [planID, objective, target])
            }
        }
    }

    /// The stored plan, nil when there is no such plan; a damaged record is an error that says so.
    static func storedPlan(id: String, db: Database) throws -> Plan? {
        guard let blob = try storedBlob(id: id, db: db) else { return nil }
        return try decodePlan(blob, id: id)
    }

    static func storedBlob(id: String, db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT plan_blob FROM plan_payload WHERE plan_id = ?", arguments: [id])
    }

    static func decodePlan(_ blob: Data, id: String) throws -> Plan {
        do {
            return try PlanCodec.decode(blob)
        } catch {
            throw StoreError.invalidPlan("\(id): \(error)")
        }
    }

    /// Throws `planNotFound` unless the plan exists.
    func requirePlan(_ id: String, db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM plan WHERE id = ?)", arguments: [id]) == true else {
            throw StoreError.planNotFound(id)
        }
    }
}
