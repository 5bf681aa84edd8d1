import Foundation
import PlanKit
import PostgresNIO

extension PostgresStore {
    public func plans() throws -> [PlanSummary] {
        try read { transaction in
            try transaction.rows("""
                SELECT id, number, title, issuer, task_count, imported_at_ms FROM plan ORDER BY position
                """).map { row in
                PlanSummary(id: try row.value(0), number: try row.value(1), title: try row.value(2),
                            issuer: try row.value(3), taskCount: try row.value(4),
                            importedAt: Millis.date(try row.value(5)))
            }
        }
    }

    public func plan(id: String) throws -> Plan? {
        try read { try Self.storedPlan(id: id, transaction: $0) }
    }

    public func sourceText(planID: String) throws -> String? {
        try read { try $0.row("SELECT source_text FROM plan_payload WHERE plan_id = $1", [.text(planID)])?.value(0) }
    }

    public func originalFile(planID: String) throws -> OriginalFile? {
        try read { transaction in
            try transaction.row("SELECT source_file_kind, source_file_digest FROM plan WHERE id = $1",
                                [.text(planID)]).map { OriginalFile(kind: try $0.value(0), digest: try $0.value(1)) }
        }
    }

    public func removePlan(id: String) throws {
        try write { transaction in
            // Foreign keys cascade to tasks, statuses, batches, history and target values.
            if try transaction.execute("DELETE FROM plan WHERE id = $1", [.text(id)]) == 0 {
                throw StoreError.planNotFound(id)
            }
        }
    }

    public func importPlan(_ plan: Plan, sourceText: String, by user: String) throws -> ImportOutcome {
        try importPlan(plan, sourceText: sourceText, original: nil, by: user)
    }

    /// As `SQLiteStore.importPlan`: a new plan, an unchanged one, or an amendment keeping the statuses
    /// and history of every task whose code remains.
    public func importPlan(_ plan: Plan, sourceText: String, original: OriginalFile?, by user: String) throws -> ImportOutcome {
        let fileKind = original?.kind ?? "text"
        let fileDigest = original?.digest
        let identityKey = PlanMatching.identityKey(of: plan.identity)
        let sourceText = sourceText.nfc  // once: at 100,000 tasks it is 60 MB
        let digest = plan.sourceDigest.isEmpty ? SHA256.hex(of: sourceText) : plan.sourceDigest
        let blob = Data(PlanCodec.encode(plan))
        let now = Millis.now()
        // The same text again writes nothing, so it wakes no dashboard.
        if let stored = try read({ try $0.row("SELECT id, source_digest FROM plan WHERE identity_key = $1",
                                              [.text(identityKey)]) }),
           try stored.value(1, as: String.self) == digest {
            return ImportOutcome(planID: try stored.value(0), isNew: false, unchanged: true,
                                 addedTasks: [], removedTasks: [], changedTasks: [])
        }
        return try write { transaction in
            let existing = try transaction.row("SELECT id, source_digest FROM plan WHERE identity_key = $1",
                                               [.text(identityKey)])
            guard let existing else {
                let id = try PlanMatching.uniqueID(base: PlanMatching.baseID(of: plan.identity)) { candidate in
                    try transaction.row("SELECT 1 FROM plan WHERE id = $1", [.text(candidate)]) != nil
                }
                let position = (try transaction.row("SELECT max(position) FROM plan")?.value(0, as: Int?.self) ?? 0) + 1
                try transaction.execute("""
                    INSERT INTO plan(id, identity_key, position, number, title, issuer, province, source_digest,
                                     task_count, imported_at_ms, imported_by, updated_at_ms, source_file_kind, source_file_digest)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                    """, [.text(id), .text(identityKey), .int(position), .text(plan.identity.number),
                          .text(plan.identity.title), .text(plan.identity.issuer), .text(plan.identity.province),
                          .text(digest), .int(plan.tasks.count), .int(now.ms), .text(user.cleaned), .int(now.ms),
                          .text(fileKind), .text(fileDigest)])
                try transaction.execute("INSERT INTO plan_payload(plan_id, plan_blob, source_text) VALUES ($1, $2, $3)",
                                        [.text(id), .bytes(blob), .text(sourceText)])
                try Self.insertTasks(plan.tasks, planID: id, transaction: transaction)
                return ImportOutcome(planID: id, isNew: true, unchanged: false,
                                     addedTasks: plan.tasks.map(\.code), removedTasks: [], changedTasks: [])
            }
            let id: String = try existing.value(0)
            let storedDigest: String = try existing.value(1)
            if storedDigest == digest {
                return ImportOutcome(planID: id, isNew: false, unchanged: true, addedTasks: [], removedTasks: [], changedTasks: [])
            }
            guard let old = try Self.storedPlan(id: id, transaction: transaction) else { throw StoreError.planNotFound(id) }
            let diff = PlanMatching.diff(old: old.tasks, new: plan.tasks)
            try transaction.execute("""
                UPDATE plan SET number = $1, title = $2, issuer = $3, province = $4, source_digest = $5,
                                task_count = $6, updated_at_ms = $7, source_file_kind = $8, source_file_digest = $9
                WHERE id = $10
                """, [.text(plan.identity.number), .text(plan.identity.title), .text(plan.identity.issuer),
                      .text(plan.identity.province), .text(digest), .int(plan.tasks.count), .int(now.ms),
                      .text(fileKind), .text(fileDigest), .text(id)])
            try transaction.execute("UPDATE plan_payload SET plan_blob = $1, source_text = $2 WHERE plan_id = $3",
                                    [.bytes(blob), .text(sourceText), .text(id)])
            // Statuses of removed tasks go with them (cascade); their history stays.
            for code in diff.removed {
                try transaction.execute("DELETE FROM task WHERE plan_id = $1 AND code = $2", [.text(id), .text(code)])
            }
            try transaction.execute("DELETE FROM task_mention WHERE plan_id = $1", [.text(id)])
            try transaction.execute("DELETE FROM plan_agency WHERE plan_id = $1", [.text(id)])
            try Self.insertTasks(plan.tasks, planID: id, transaction: transaction, upsert: true)
            try Self.dropStaleTargetValues(of: plan, planID: id, transaction: transaction)
            return ImportOutcome(planID: id, isNew: false, unchanged: false, addedTasks: diff.added,
                                 removedTasks: diff.removed, changedTasks: diff.changed)
        }
    }

    /// Task rows, their agency links and the plan's distinct agencies; with `upsert`, a task whose code
    /// exists is updated in place so the statuses referring to it stay.
    private static func insertTasks(_ tasks: [PlanTask], planID: String, transaction: PostgresSession.Transaction,
                                    upsert: Bool = false) throws {
        let conflictClause = upsert ? """
            ON CONFLICT(plan_id, code) DO UPDATE SET position = excluded.position, group_code = excluded.group_code,
                text = excluded.text, timeframe_kind = excluded.timeframe_kind, timeframe_text = excluded.timeframe_text,
                timeframe_start = excluded.timeframe_start, timeframe_end = excluded.timeframe_end, yearly = excluded.yearly
            """ : ""
        // Each distinct agency gets its row at its first mention; every link names the row's number.
        var numbers: [AgencyMention: Int] = [:]
        var seen = Set<String>()
        for (position, task) in tasks.enumerated() {
            guard seen.insert(task.code).inserted else {
                throw StoreError.duplicateTaskCode(code: task.code, line: task.sourceLine)
            }
            try transaction.execute("""
                INSERT INTO task(plan_id, code, position, group_code, text, timeframe_kind, timeframe_text,
                                 timeframe_start, timeframe_end, yearly)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \(conflictClause)
                """, [.text(planID), .text(task.code), .int(position), .text(task.groupCode), .text(task.text),
                      .text(task.timeframe.kind.rawValue), .text(task.timeframe.text), .text(task.timeframe.start?.iso),
                      .text(task.timeframe.end?.iso), .bool(task.timeframe.hasYearlyInstances)])
            for (role, agencies) in [("lead", task.lead), ("cooperating", task.cooperating)] {
                for (index, agency) in agencies.enumerated() {
                    let mention = AgencyMention(agency)
                    let number: Int
                    if let known = numbers[mention] {
                        number = known
                    } else {
                        let row = try transaction.row("""
                            INSERT INTO plan_agency(plan_id, printed, canonical, agency_id, search_key)
                            VALUES ($1, $2, $3, $4, $5) RETURNING seq
                            """, [.text(planID), .text(agency.printed), .text(agency.canonical),
                                  .text(agency.agencyID), .text(SearchKey.make(agency.printed + " " + agency.canonical))])
                        guard let seq = try row?.value(0, as: Int.self) else {
                            throw StoreError.writeFailed(path: "plan_agency", reason: "no seq returned")
                        }
                        number = seq
                        numbers[mention] = number
                    }
                    try transaction.execute("""
                        INSERT INTO task_mention(plan_id, task_code, role, position, agency) VALUES ($1, $2, $3, $4, $5)
                        """, [.text(planID), .text(task.code), .text(role), .int(index), .int(number)])
                }
            }
        }
    }

    private static func dropStaleTargetValues(of plan: Plan, planID: String, transaction: PostgresSession.Transaction) throws {
        let rows = try transaction.rows("""
            SELECT DISTINCT objective_index, target_index FROM target_value WHERE plan_id = $1
            """, [.text(planID)])
        for row in rows {
            let objective: Int = try row.value(0)
            let target: Int = try row.value(1)
            let exists = plan.objectives.indices.contains(objective) && plan.objectives[objective].targets.indices.contains(target)
            if !exists {
                try transaction.execute("""
                    DELETE FROM target_value WHERE plan_id = $1 AND objective_index = $2 AND target_index = $3
                    """, [.text(planID), .int(objective), .int(target)])
            }
        }
    }

    static func storedPlan(id: String, transaction: PostgresSession.Transaction) throws -> Plan? {
        guard let row = try transaction.row("SELECT plan_blob FROM plan_payload WHERE plan_id = $1", [.text(id)]) else {
            return nil
        }
        let blob: Data = try row.value(0)
        do {
            return try PlanCodec.decode(blob)
        } catch {
            throw StoreError.invalidPlan("\(id): \(error)")
        }
    }

    func requirePlan(_ id: String, transaction: PostgresSession.Transaction) throws {
        guard try transaction.row("SELECT 1 FROM plan WHERE id = $1", [.text(id)]) != nil else {
            throw StoreError.planNotFound(id)
        }
    }
}
