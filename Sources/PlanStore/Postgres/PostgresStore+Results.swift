import Foundation
import PlanKit
import PostgresNIO

/// Results per reporting period on the shared server: the same rules (`ResultRules`) and the same
/// records (`ResultRecordCoding`) as the SQLite store, each write one transaction.
extension PostgresStore {
    public func results(planID: String) throws -> [TaskResult] {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            return try transaction.rows("""
                SELECT record_json FROM task_result WHERE plan_id = $1 ORDER BY period, task_code, agency
                """, [.text(planID)]).map { try ResultRecordCoding.decode(try $0.value(0, as: String.self), planID: planID) }
        }
    }

    public func saveResult(_ result: TaskResult, planID: String, by user: String) throws -> TaskResult {
        let now = Millis.now()
        return try write { transaction in
            guard let plan = try Self.storedPlan(id: planID, transaction: transaction) else { throw StoreError.planNotFound(planID) }
            let key = result.key
            try requireResultRight(result, planID: planID, transaction)
            let current: TaskResult? = try transaction.row("""
                SELECT record_json FROM task_result WHERE plan_id = $1 AND period = $2 AND task_code = $3 AND agency = $4
                """, [.text(planID), .text(key.period.code), .text(key.taskCode), .text(key.agency)])
                .map { try ResultRecordCoding.decode(try $0.value(0, as: String.self), planID: planID) }
            let stored = try ResultRules.prepare(result, plan: plan, planID: planID, current: current, by: user, at: now.date)
            let json = try ResultRecordCoding.encode(stored)
            try Self.nameRevision(user: stored.updatedBy ?? user, ms: now.ms, transaction: transaction)
            try transaction.execute("""
                INSERT INTO task_result(plan_id, period, task_code, agency, version, record_json) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT(plan_id, period, task_code, agency) DO UPDATE SET
                    version = excluded.version, record_json = excluded.record_json
                """, [.text(planID), .text(key.period.code), .text(key.taskCode), .text(key.agency), .int(stored.version),
                      .text(json)])
            return stored
        }
    }

    public func agencySections(planID: String) throws -> [AgencySections] {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            return try transaction.rows("""
                SELECT record_json FROM agency_section WHERE plan_id = $1 ORDER BY period, agency
                """, [.text(planID)]).map { try ResultRecordCoding.decode(try $0.value(0, as: String.self), planID: planID) }
        }
    }

    public func saveSections(_ sections: AgencySections, planID: String, by user: String) throws -> AgencySections {
        let now = Millis.now()
        return try write { transaction in
            guard let plan = try Self.storedPlan(id: planID, transaction: transaction) else { throw StoreError.planNotFound(planID) }
            let current: AgencySections? = try transaction.row("""
                SELECT record_json FROM agency_section WHERE plan_id = $1 AND period = $2 AND agency = $3
                """, [.text(planID), .text(sections.period.code), .text(sections.agency)])
                .map { try ResultRecordCoding.decode(try $0.value(0, as: String.self), planID: planID) }
            let stored = try ResultRules.prepare(sections, plan: plan, planID: planID, current: current, by: user, at: now.date)
            let json = try ResultRecordCoding.encode(stored)
            try Self.nameRevision(user: stored.updatedBy ?? user, ms: now.ms, transaction: transaction)
            try transaction.execute("""
                INSERT INTO agency_section(plan_id, period, agency, version, record_json) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT(plan_id, period, agency) DO UPDATE SET
                    version = excluded.version, record_json = excluded.record_json
                """, [.text(planID), .text(sections.period.code), .text(sections.agency), .int(stored.version), .text(json)])
            return stored
        }
    }

    public func resultHistory(planID: String) throws -> [ResultRevision] {
        try read { transaction in
            try requirePlan(planID, transaction: transaction)
            return try transaction.rows("""
                SELECT kind, record_json, who, at_ms FROM result_history WHERE plan_id = $1 ORDER BY id
                """, [.text(planID)]).map { row in
                let kind: String = try row.value(0)
                let json: String = try row.value(1)
                let who: String = try row.value(2)
                let at = Millis.date(try row.value(3, as: Int64.self))
                return kind == "result"
                    ? ResultRevision(at: at, who: who, result: try ResultRecordCoding.decode(json, planID: planID))
                    : ResultRevision(at: at, who: who, sections: try ResultRecordCoding.decode(json, planID: planID))
            }
        }
    }

    /// Who and when for the revision the server writes on the row's write (`PostgresSchema.v6`), for this
    /// transaction only.
    private static func nameRevision(user: String, ms: Int64, transaction: PostgresSession.Transaction) throws {
        try transaction.execute("SELECT set_config('kehoach.who', $1, true), set_config('kehoach.at_ms', $2, true)",
                                [.text(user), .text(String(ms))])
    }
}
