import Foundation
import GRDB
import PlanKit

/// Migration v4: commands ask rows instead of decoding plans. The task rows carry all a list needs (the
/// timeframe as printed and its first day); each plan's distinct agencies are rows of their own
/// (`plan_agency`), so a filter judges a few hundred names instead of every mention; indexes serve lists
/// by agency and in plan order. The plan's two large values move to `plan_payload`: every command reads
/// a plan's summary row, and SQLite walks every overflow page of a large column to reach the columns
/// after it (tens of megabytes at 100,000 tasks). Independent of v3: either may be applied first.
extension SQLiteSchema {
    static let v4Name = "v4: task rows with their timeframe, plan agencies as rows, plan payloads apart, indexes for lists"

    static func v4(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE task ADD COLUMN timeframe_text TEXT NOT NULL DEFAULT '';
            ALTER TABLE task ADD COLUMN timeframe_start TEXT;
            CREATE INDEX task_by_position ON task(plan_id, position);
            CREATE INDEX task_agency_by_mention ON task_agency(plan_id, printed, canonical, agency_id);

            CREATE TABLE plan_agency (
                plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                printed TEXT NOT NULL,
                canonical TEXT NOT NULL,
                agency_id TEXT,
                search_key TEXT NOT NULL
            );
            CREATE UNIQUE INDEX plan_agency_by_name ON plan_agency(plan_id, printed, canonical, coalesce(agency_id, ''));
            INSERT OR IGNORE INTO plan_agency(plan_id, printed, canonical, agency_id, search_key)
                SELECT plan_id, printed, canonical, agency_id, search_key FROM task_agency
                ORDER BY plan_id, task_code, role DESC, position;

            CREATE TABLE plan_payload (
                plan_id TEXT PRIMARY KEY NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                plan_blob BLOB NOT NULL,
                source_text TEXT NOT NULL
            );
            INSERT INTO plan_payload(plan_id, plan_blob, source_text) SELECT id, plan_blob, source_text FROM plan;
            ALTER TABLE plan DROP COLUMN plan_blob;
            ALTER TABLE plan DROP COLUMN source_text;
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
