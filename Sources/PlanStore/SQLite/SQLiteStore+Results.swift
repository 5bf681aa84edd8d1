import Foundation
import GRDB
import PlanKit

extension SQLiteStore {
    public func results(planID: String) throws -> [TaskResult] {
        try read { db in
            try requirePlan(planID, db: db)
            return try String.fetchAll(db, sql: """
                SELECT record_json FROM task_result WHERE plan_id = ? ORDER BY period, task_code, agency
                """, arguments: [planID]).map { try ResultRecordCoding.decode($0, planID: planID) }
        }
    }

    public func saveResult(_ result: TaskResult, planID: String, by user: String) throws -> TaskResult {
        let now = Millis.now()
        return try write { db in
            guard let plan = try Self.storedPlan(id: planID, db: db) else { throw StoreError.planNotFound(planID) }
            let key = result.key
            let current: TaskResult? = try String.fetchOne(db, sql: """
                SELECT record_json FROM task_result WHERE plan_id = ? AND period = ? AND task_code = ? AND agency = ?
                """, arguments: [planID, key.period.code, key.taskCode, key.agency]).map { try ResultRecordCoding.decode($0, planID: planID) }
            let stored = try ResultRules.prepare(result, plan: plan, planID: planID, current: current, by: user, at: now.date)
            let json = try ResultRecordCoding.encode(stored)
            try db.execute(sql: """
                INSERT INTO task_result(plan_id, period, task_code, agency, version, record_json) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(plan_id, period, task_code, agency) DO UPDATE SET
                    version = excluded.version, record_json = excluded.record_json
                """, arguments: [planID, key.period.code, key.taskCode, key.agency, stored.version, json])
            try Self.recordRevision(kind: "result", json: json, planID: planID, user: stored.updatedBy ?? user, ms: now.ms, db: db)
            return stored
        }
    }

    public func agencySections(planID: String) throws -> [AgencySections] {
        try read { db in
            try requirePlan(planID, db: db)
            return try String.fetchAll(db, sql: """
                SELECT record_json FROM agency_section WHERE plan_id = ? ORDER BY period, agency
                """, arguments: [planID]).map { try ResultRecordCoding.decode($0, planID: planID) }
        }
    }

    public func saveSections(_ sections: AgencySections, planID: String, by user: String) throws -> AgencySections {
        let now = Millis.now()
        return try write { db in
            guard let plan = try Self.storedPlan(id: planID, db: db) else { throw StoreError.planNotFound(planID) }
            let current: AgencySections? = try String.fetchOne(db, sql: """
                SELECT record_json FROM agency_section WHERE plan_id = ? AND period = ? AND agency = ?
                """, arguments: [planID, sections.period.code, sections.agency]).map { try ResultRecordCoding.decode($0, planID: planID) }
            let stored = try ResultRules.prepare(sections, plan: plan, planID: planID, current: current, by: user, at: now.date)
            let json = try ResultRecordCoding.encode(stored)
            try db.execute(sql: """
                INSERT INTO agency_section(plan_id, period, agency, version, record_json) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(plan_id, period, agency) DO UPDATE SET
                    version = excluded.version, record_json = excluded.record_json
                """, arguments: [planID, sections.period.code, sections.agency, stored.version, json])
            try Self.recordRevision(kind: "sections", json: json, planID: planID, user: stored.updatedBy ?? user, ms: now.ms, db: db)
            return stored
        }
    }

    public func resultHistory(planID: String) throws -> [ResultRevision] {
        try read { db in
            try requirePlan(planID, db: db)
            return try Row.fetchAll(db, sql: """
                SELECT kind, record_json, who, at_ms FROM result_history WHERE plan_id = ? ORDER BY id
                """, arguments: [planID]).map { row in
                let json: String = try row.decode(forColumn: "record_json")
                let kind: String = try row.decode(forColumn: "kind")
                let at = Millis.date(try row.decode(forColumn: "at_ms"))
                let who: String = try row.decode(forColumn: "who")
                return kind == "result"
                    ? ResultRevision(at: at, who: who, result: try ResultRecordCoding.decode(json, planID: planID))
                    : ResultRevision(at: at, who: who, sections: try ResultRecordCoding.decode(json, planID: planID))
            }
        }
    }

    private static func recordRevision(kind: String, json: String, planID: String, user: String, ms: Int64,
                                       db: Database) throws {
        try db.execute(sql: "INSERT INTO result_history(plan_id, kind, record_json, who, at_ms) VALUES (?, ?, ?, ?, ?)",
                       arguments: [planID, kind, json, user, ms])
    }
}
