import Foundation
import GRDB
import PlanKit

/// The schema, as GRDB migrations: a later version adds a migration, never edits one, so that it
/// opens every older file.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: plans, tasks, statuses, history, targets, settings") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: plans stored in the compact plan codec instead of JSON") { db in
            // Loading a plan of 100,000 tasks from JSON took seconds; the codec reads it in a tenth of that.
            try db.execute(sql: "ALTER TABLE plan ADD COLUMN plan_blob BLOB")
            let rows = try Row.fetchAll(db, sql: "SELECT id, plan_json FROM plan")
            for row in rows {
                let json: String = try row.decode(forColumn: "plan_json")
                let plan = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
                try db.execute(sql: "UPDATE plan SET plan_blob = ? WHERE id = ?",
                               arguments: [Data(PlanCodec.encode(plan)), row["id"] as String])
            }
            try db.execute(sql: "ALTER TABLE plan DROP COLUMN plan_json")
        }
        migrator.registerMigration("v3: the original file's kind and digest") { db in
            // A plan imported from Word or PDF keeps what the file was and its bytes' digest beside the
            // text kehoach extracted from it; plans stored before this were text files.
            try db.execute(sql: "ALTER TABLE plan ADD COLUMN source_file_kind TEXT NOT NULL DEFAULT 'text'")
            try db.execute(sql: "ALTER TABLE plan ADD COLUMN source_file_digest TEXT")
        }
        migrator.registerMigration(v4Name, migrate: v4)
        return migrator
    }

    /// Statuses use year 0 for "not a yearly instance": a NULL in a primary key would allow duplicates.
    /// Times are integer milliseconds since 1970, so a record reads back equal to what was written.
    private static let v1 = """
        CREATE TABLE plan (
            id TEXT PRIMARY KEY NOT NULL,
            identity_key TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL,
            number TEXT,
            title TEXT NOT NULL,
            issuer TEXT NOT NULL,
            province TEXT,
            source_text TEXT NOT NULL,
            source_digest TEXT NOT NULL,
            plan_json TEXT NOT NULL,
            task_count INTEGER NOT NULL,
            imported_at_ms INTEGER NOT NULL,
            imported_by TEXT NOT NULL,
            updated_at_ms INTEGER NOT NULL
        );

        CREATE TABLE task (
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            position INTEGER NOT NULL,
            group_code TEXT NOT NULL,
            text TEXT NOT NULL,
            timeframe_kind TEXT NOT NULL,
            timeframe_end TEXT,
            yearly INTEGER NOT NULL,
            PRIMARY KEY (plan_id, code)
        ) WITHOUT ROWID;

        -- Who leads and who cooperates, one row per agency, so lists by agency are indexable.
        CREATE TABLE task_agency (
            plan_id TEXT NOT NULL,
            task_code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
            position INTEGER NOT NULL,
            printed TEXT NOT NULL,
            canonical TEXT NOT NULL,
            agency_id TEXT,
            search_key TEXT NOT NULL,
            PRIMARY KEY (plan_id, task_code, role, position),
            FOREIGN KEY (plan_id, task_code) REFERENCES task(plan_id, code) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX task_agency_by_agency ON task_agency(agency_id, plan_id);

        CREATE TABLE status (
            plan_id TEXT NOT NULL,
            task_code TEXT NOT NULL,
            year INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'suspended')),
            progress INTEGER CHECK (progress BETWEEN 0 AND 100),
            note TEXT,
            done_on TEXT,
            version INTEGER NOT NULL CHECK (version > 0),
            updated_by TEXT,
            updated_at_ms INTEGER,
            PRIMARY KEY (plan_id, task_code, year),
            FOREIGN KEY (plan_id, task_code) REFERENCES task(plan_id, code) ON DELETE CASCADE
        ) WITHOUT ROWID;

        -- One row per write call: the unit of undo and redo.
        CREATE TABLE batch (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            who TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
            replay_of INTEGER,
            undone_by INTEGER,
            redone_by INTEGER
        );
        CREATE INDEX batch_by_plan_who ON batch(plan_id, who, id);

        -- History outlives the tasks it names: a task removed by an amendment keeps its past.
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            task_code TEXT NOT NULL,
            year INTEGER NOT NULL DEFAULT 0,
            at_ms INTEGER NOT NULL,
            who TEXT NOT NULL,
            kind TEXT NOT NULL,
            replay_of INTEGER,
            from_json TEXT,
            to_json TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX history_by_task ON history(plan_id, task_code, year, id);
        CREATE INDEX history_by_batch ON history(batch_id);

        CREATE TABLE target_value (
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            objective_index INTEGER NOT NULL,
            target_index INTEGER NOT NULL,
            year INTEGER NOT NULL,
            value REAL NOT NULL,
            note TEXT,
            updated_by TEXT NOT NULL,
            updated_at_ms INTEGER NOT NULL,
            PRIMARY KEY (plan_id, objective_index, target_index, year)
        ) WITHOUT ROWID;

        CREATE TABLE setting (
            name TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """
}
