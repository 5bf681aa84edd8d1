import Foundation

/// The PostgreSQL schema: the same rows and columns as the SQLite store after its v4 (plans, their
/// payloads, tasks, task–agency links, each plan's agencies, statuses, batches, history, target
/// values, settings), so one SQL question reads the same in both. Versions only grow: a later
/// kehoach appends a migration, and a server holding a newer version than this program knows is refused.
enum PostgresSchema {
    /// Serialises migrations of concurrent first starts (and every write, see `PostgresStore.write`).
    static let writeLockKey: Int64 = 0x6b65_686f_6163_68

    static let migrations: [(version: Int, sql: String)] = [(1, v1), (2, v2), (3, v3)]
    static var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    enum MigrationError: Error, Equatable {
        case newerSchema(found: Int, known: Int)
    }

    /// Brings the database to `latestVersion` in one transaction.
    static func migrate(_ transaction: PostgresSession.Transaction) throws {
        try transaction.execute("SELECT pg_advisory_xact_lock($1)", [.int(writeLockKey)])
        // Asked first: an agency's login may not create tables, even "if not exists".
        let exists = try transaction.row("SELECT to_regclass('schema_version') IS NOT NULL")?.value(0, as: Bool.self) ?? false
        if !exists { try transaction.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)") }
        let current = try transaction.row("SELECT max(version) FROM schema_version")?.value(0, as: Int?.self) ?? 0
        if current > latestVersion { throw MigrationError.newerSchema(found: current, known: latestVersion) }
        for migration in migrations where migration.version > current {
            try transaction.executeScript(migration.sql)
            try transaction.execute("INSERT INTO schema_version(version) VALUES ($1)", [.int(migration.version)])
        }
    }

    /// A result revision is written by the server itself whenever a result row or an agency's sections
    /// are written, never by the writer: a login cannot add a made-up revision, and every real change of
    /// a row, through kehoach or plain SQL, leaves one. kehoach names who and when for the transaction
    /// (`kehoach.who`, `kehoach.at_ms`); without them it is the login and the server's clock. `copy`
    /// brings revisions of its own (`kehoach.copying`), which only a login that may write revisions can ask.
    /// The function runs as the schema's owner (SECURITY DEFINER): an agency has no right on the table.
    private static let v3 = """
        CREATE FUNCTION kehoach_record_revision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = public AS $$ \(recordRevisionBody) $$;
        CREATE TRIGGER task_result_revision AFTER INSERT OR UPDATE ON task_result
            FOR EACH ROW EXECUTE FUNCTION kehoach_record_revision('result');
        CREATE TRIGGER agency_section_revision AFTER INSERT OR UPDATE ON agency_section
            FOR EACH ROW EXECUTE FUNCTION kehoach_record_revision('sections')
        """

    /// One line: `executeScript` splits a script at a `;` ending a line.
    private static let recordRevisionBody = [
        "BEGIN",
        "IF current_setting('kehoach.copying', true) = 'on'",
        "AND has_table_privilege(session_user, 'result_history', 'INSERT') THEN RETURN NULL; END IF;",
        "INSERT INTO result_history(plan_id, kind, record_json, who, at_ms) VALUES (NEW.plan_id, TG_ARGV[0], NEW.record_json,",
        "coalesce(nullif(current_setting('kehoach.who', true), ''), session_user),",
        "coalesce(nullif(current_setting('kehoach.at_ms', true), '')::bigint,",
        "(extract(epoch FROM clock_timestamp()) * 1000)::bigint));",
        "RETURN NULL;",
        "END",
    ].joined(separator: " ")

    /// Results per reporting period, as SQLite's v5: the form's rows and each agency's sections keyed by
    /// period code and the agency's reporting key, the record as JSON, every version kept in history.
    private static let v2 = """
        CREATE TABLE task_result (
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            task_code TEXT NOT NULL,
            agency TEXT NOT NULL,
            version BIGINT NOT NULL CHECK (version > 0),
            record_json TEXT NOT NULL,
            PRIMARY KEY (plan_id, period, task_code, agency)
        );
        CREATE TABLE agency_section (
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            agency TEXT NOT NULL,
            version BIGINT NOT NULL CHECK (version > 0),
            record_json TEXT NOT NULL,
            PRIMARY KEY (plan_id, period, agency)
        );
        CREATE TABLE result_history (
            id BIGSERIAL PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('result', 'sections')),
            record_json TEXT NOT NULL,
            who TEXT NOT NULL,
            at_ms BIGINT NOT NULL
        );
        CREATE INDEX result_history_by_plan ON result_history(plan_id, id);
        """

    /// Times are integer milliseconds since 1970 and year 0 stands for "no year", as in SQLite.
    private static let v1 = """
        CREATE TABLE plan (
            id TEXT PRIMARY KEY,
            identity_key TEXT NOT NULL UNIQUE,
            position BIGINT NOT NULL,
            number TEXT,
            title TEXT NOT NULL,
            issuer TEXT NOT NULL,
            province TEXT,
            source_digest TEXT NOT NULL,
            task_count BIGINT NOT NULL,
            imported_at_ms BIGINT NOT NULL,
            imported_by TEXT NOT NULL,
            updated_at_ms BIGINT NOT NULL,
            source_file_kind TEXT NOT NULL DEFAULT 'text',
            source_file_digest TEXT
        );
        CREATE TABLE plan_payload (
            plan_id TEXT PRIMARY KEY REFERENCES plan(id) ON DELETE CASCADE,
            plan_blob BYTEA NOT NULL,
            source_text TEXT NOT NULL
        );
        CREATE TABLE task (
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            position BIGINT NOT NULL,
            group_code TEXT NOT NULL,
            text TEXT NOT NULL,
            timeframe_kind TEXT NOT NULL,
            timeframe_text TEXT NOT NULL DEFAULT '',
            timeframe_start TEXT,
            timeframe_end TEXT,
            yearly BOOLEAN NOT NULL,
            PRIMARY KEY (plan_id, code)
        );
        CREATE INDEX task_by_position ON task(plan_id, position);
        CREATE TABLE task_agency (
            plan_id TEXT NOT NULL,
            task_code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
            position BIGINT NOT NULL,
            printed TEXT NOT NULL,
            canonical TEXT NOT NULL,
            agency_id TEXT,
            search_key TEXT NOT NULL,
            PRIMARY KEY (plan_id, task_code, role, position),
            FOREIGN KEY (plan_id, task_code) REFERENCES task(plan_id, code) ON DELETE CASCADE
        );
        CREATE INDEX task_agency_by_agency ON task_agency(agency_id, plan_id);
        CREATE INDEX task_agency_by_mention ON task_agency(plan_id, printed, canonical, agency_id);
        -- Each plan's distinct agencies, in first-mention order (seq).
        CREATE TABLE plan_agency (
            seq BIGSERIAL PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            printed TEXT NOT NULL,
            canonical TEXT NOT NULL,
            agency_id TEXT,
            search_key TEXT NOT NULL
        );
        CREATE UNIQUE INDEX plan_agency_by_name ON plan_agency(plan_id, printed, canonical, coalesce(agency_id, ''));
        CREATE TABLE status (
            plan_id TEXT NOT NULL,
            task_code TEXT NOT NULL,
            year INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'suspended')),
            progress INTEGER CHECK (progress BETWEEN 0 AND 100),
            note TEXT,
            done_on TEXT,
            version BIGINT NOT NULL CHECK (version > 0),
            updated_by TEXT,
            updated_at_ms BIGINT,
            PRIMARY KEY (plan_id, task_code, year),
            FOREIGN KEY (plan_id, task_code) REFERENCES task(plan_id, code) ON DELETE CASCADE
        );
        CREATE TABLE batch (
            id BIGSERIAL PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            who TEXT NOT NULL,
            at_ms BIGINT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
            replay_of BIGINT,
            undone_by BIGINT,
            redone_by BIGINT
        );
        CREATE INDEX batch_by_plan_who ON batch(plan_id, who, id);
        CREATE TABLE history (
            id BIGSERIAL PRIMARY KEY,
            batch_id BIGINT NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
            plan_id TEXT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            task_code TEXT NOT NULL,
            year INTEGER NOT NULL DEFAULT 0,
            at_ms BIGINT NOT NULL,
            who TEXT NOT NULL,
            kind TEXT NOT NULL,
            replay_of BIGINT,
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
            value DOUBLE PRECISION NOT NULL,
            note TEXT,
            updated_by TEXT NOT NULL,
            updated_at_ms BIGINT NOT NULL,
            PRIMARY KEY (plan_id, objective_index, target_index, year)
        );
        CREATE TABLE setting (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
}
