import Foundation
import GRDB
import PlanKit

/// Version 4's rows in a SQLite file: each plan's distinct agencies, in first-mention order; the plan's
/// two large values moved to `plan_payload`; each task's timeframe text and first day, from its plan.
extension SQLiteSchema {
    static func v4MoveRows(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO plan_agency(plan_id, printed, canonical, agency_id, search_key)
                SELECT plan_id, printed, canonical, agency_id, search_key FROM task_agency
                ORDER BY plan_id, task_code, role DESC, position;
            INSERT INTO plan_payload(plan_id, plan_blob, source_text) SELECT id, plan_blob, source_text FROM plan;
            """)
        try v4Backfill(db)
    }

    /// Each task's timeframe text and first day, from its plan.
    static func v4Backfill(_ db: Database) throws {
        let update = try db.makeStatement(sql: """
            UPDATE task SET timeframe_text = ?, timeframe_start = ? WHERE plan_id = ? AND code = ?
            """)
        for id in try String.fetchAll(db, sql: "SELECT id FROM plan") {
            guard let plan = try SQLiteStore.storedPlan(id: id, db: db) else { continue }
            for task in plan.tasks {
                try update.execute(arguments: [task.timeframe.text, task.timeframe.start?.iso, id, task.code])
            }
        }
    }
}
