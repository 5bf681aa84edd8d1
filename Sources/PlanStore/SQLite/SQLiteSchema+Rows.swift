import Foundation
import GRDB
import PlanKit

/// Migration v4: the task rows carry all a list needs (the timeframe as printed and its first day), and
/// the indexes a list by agency and in plan order use, so commands ask rows instead of decoding plans.
/// Independent of v3 (the original file's kind and digest): either may be applied first.
extension SQLiteSchema {
    static let v4Name = "v4: task rows with their timeframe; indexes for lists by agency and in plan order"

    static func v4(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE task ADD COLUMN timeframe_text TEXT NOT NULL DEFAULT '';
            ALTER TABLE task ADD COLUMN timeframe_start TEXT;
            CREATE INDEX task_by_position ON task(plan_id, position);
            CREATE INDEX task_agency_by_mention ON task_agency(plan_id, printed, canonical, agency_id);
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
