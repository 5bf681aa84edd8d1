import Foundation

/// `StoreSchema` on a PostgreSQL server, with what only a server has: the trigger that writes result
/// revisions (`serverSteps`). Roles and row-level security are `PostgresRights` (`admin init`). A new
/// database is made in the latest shape at once; an older one gets each later version in turn; a server
/// holding a newer version than this program knows is refused.
enum PostgresSchema {
    /// Serialises migrations of concurrent first starts (and every write, see `PostgresStore.write`).
    static let writeLockKey: Int64 = 0x6b65_686f_6163_68

    static var latestVersion: Int { StoreSchema.latestVersion }

    /// PostgreSQL stores began at `StoreSchema` version 4 and first numbered their versions 1, 2, 3 for
    /// what are now 4, 5, 6; a store recording no more than 3 is of that numbering. (A store made since
    /// records the version it was made at, never less than 4.)
    static let firstNumberingOffset = 3

    enum MigrationError: Error, Equatable {
        case newerSchema(found: Int, known: Int)
    }

    /// Brings the database to `latestVersion` in one transaction.
    static func migrate(_ transaction: PostgresSession.Transaction) throws {
        try transaction.execute("SELECT pg_advisory_xact_lock($1)", [.int(writeLockKey)])
        // Asked first: an agency's login may not create tables, even "if not exists".
        let exists = try transaction.row("SELECT to_regclass('schema_version') IS NOT NULL")?.value(0, as: Bool.self) ?? false
        if !exists { try transaction.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)") }
        var current = try transaction.row("SELECT max(version) FROM schema_version")?.value(0, as: Int?.self) ?? 0
        if current > latestVersion { throw MigrationError.newerSchema(found: current, known: latestVersion) }
        if current == latestVersion { return }
        if current == 0 {
            try create(at: latestVersion, transaction)
            return
        }
        if current <= firstNumberingOffset {
            try transaction.execute("UPDATE schema_version SET version = version + \(firstNumberingOffset)")
            current += firstNumberingOffset
        }
        try upgrade(from: current, to: latestVersion, transaction)
    }

    /// A new database in the shape of `version`, with the server's steps up to it.
    static func create(at version: Int, _ transaction: PostgresSession.Transaction) throws {
        for statement in SchemaDialect.postgres.create(at: version) { try transaction.execute(statement) }
        for step in StoreSchema.versions where step.number <= version {
            for statement in serverSteps[step.number] ?? [] { try transaction.execute(statement) }
        }
        try transaction.execute("INSERT INTO schema_version(version) VALUES ($1)", [.int(version)])
    }

    /// Each version after `current` up to `target`, in order.
    static func upgrade(from current: Int, to target: Int, _ transaction: PostgresSession.Transaction) throws {
        for step in StoreSchema.versions where step.number > current && step.number <= target {
            let (additions, removals) = SchemaDialect.postgres.migration(step)
            for statement in additions + (serverSteps[step.number] ?? []) + removals { try transaction.execute(statement) }
            try transaction.execute("INSERT INTO schema_version(version) VALUES ($1)", [.int(step.number)])
        }
    }

    /// What a version does on a server beyond its tables.
    static let serverSteps: [Int: [String]] = [6: v6, 8: v8, 9: v9, 10: v10]

    /// The links move to `task_mention` before `task_agency` goes (a new database has no such rows); where
    /// `admin init` set up the roles, the new table gets its grants and the policies that read the links
    /// are made again over it (they depend on `task_agency`, which could not be dropped under them).
    private static let v10 = [
        "DO $$ BEGIN IF to_regclass('task_agency') IS NOT NULL THEN \(StoreSchema.v10NumberMentions); END IF; END $$",
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema() AND tablename = 'status' AND policyname = 'agency_inserts_own') THEN "
            + (PostgresRights.grants(onNewTable: "task_mention") + PostgresRights.agencyPolicies).map { $0 + ";" }.joined(separator: " ")
            + " END IF; END $$",
    ]

    /// No login writes a revision by hand, the owner included (other roles have no right on the table at
    /// all, `PostgresRights`): only the revision trigger (a trigger's own statement, depth 2), a plan's
    /// removal cascading, and `copy` as a login that may write the table (`kehoach.copying`).
    private static let v8 = [
        """
        CREATE FUNCTION kehoach_guard_revisions() RETURNS trigger LANGUAGE plpgsql AS $$ \(guardRevisionsBody) $$
        """,
        """
        CREATE TRIGGER result_history_written_by_server BEFORE INSERT OR UPDATE OR DELETE ON result_history
            FOR EACH ROW EXECUTE FUNCTION kehoach_guard_revisions()
        """,
    ]

    private static let guardRevisionsBody = [
        "BEGIN",
        "IF pg_trigger_depth() > 1 OR (TG_OP <> 'UPDATE' AND current_setting('kehoach.copying', true) = 'on'",
        "AND has_table_privilege(session_user, 'result_history', 'INSERT')) THEN",
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END IF;",
        "RAISE EXCEPTION 'result_history is written by the server only' USING ERRCODE = '42501';",
        "END",
    ].joined(separator: " ")

    /// A result revision is written by the server itself whenever a result row or an agency's sections
    /// are written, never by the writer: a login cannot add a made-up revision, and every real change of
    /// a row, through kehoach or plain SQL, leaves one. kehoach names who and when for the transaction
    /// (`kehoach.who`, `kehoach.at_ms`); without them it is the login and the server's clock. `copy`
    /// brings revisions of its own (`kehoach.copying`), which only a login that may write revisions can ask.
    /// The function runs as the schema's owner (SECURITY DEFINER): an agency has no right on the table.
    private static let v6 = [
        """
        CREATE FUNCTION kehoach_record_revision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = public AS $$ \(recordRevisionBody(login: false)) $$
        """,
        """
        CREATE TRIGGER task_result_revision AFTER INSERT OR UPDATE ON task_result
            FOR EACH ROW EXECUTE FUNCTION kehoach_record_revision('result')
        """,
        """
        CREATE TRIGGER agency_section_revision AFTER INSERT OR UPDATE ON agency_section
            FOR EACH ROW EXECUTE FUNCTION kehoach_record_revision('sections')
        """,
    ]

    /// The server stamps each batch, history line and result revision with the login that wrote it
    /// (`session_user`, which no `SET ROLE` or setting changes); an update keeps the stamp. `copy` brings
    /// the stamps of the store it copies, as it brings revisions.
    private static let v9 = [
        """
        CREATE FUNCTION kehoach_stamp_login() RETURNS trigger LANGUAGE plpgsql AS $$ \(stampLoginBody) $$
        """,
        """
        CREATE TRIGGER batch_login BEFORE INSERT OR UPDATE ON batch FOR EACH ROW EXECUTE FUNCTION kehoach_stamp_login()
        """,
        """
        CREATE TRIGGER history_login BEFORE INSERT OR UPDATE ON history FOR EACH ROW EXECUTE FUNCTION kehoach_stamp_login()
        """,
        """
        CREATE OR REPLACE FUNCTION kehoach_record_revision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = public AS $$ \(recordRevisionBody(login: true)) $$
        """,
        // A store set up before this version let every agency update every batch (policy `agency_batches`):
        // its rights are brought up to `PostgresRights.setup` here, without waiting for `admin init` again.
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema() AND tablename = 'batch' AND policyname = 'agency_batches') THEN "
            + PostgresRights.batchPolicies.map { $0 + ";" }.joined(separator: " ") + " END IF; END $$",
    ]

    private static let stampLoginBody = [
        "BEGIN",
        "IF TG_OP = 'UPDATE' THEN NEW.login := OLD.login; RETURN NEW; END IF;",
        "IF current_setting('kehoach.copying', true) = 'on'",
        "AND has_table_privilege(session_user, TG_TABLE_NAME::text, 'DELETE') THEN RETURN NEW; END IF;",
        "NEW.login := session_user;",
        "RETURN NEW;",
        "END",
    ].joined(separator: " ")

    /// The function's body in plpgsql; from version 9 the revision names its login.
    private static func recordRevisionBody(login: Bool) -> String {
        let columns = login ? "plan_id, kind, record_json, who, at_ms, login" : "plan_id, kind, record_json, who, at_ms"
        return [
            "BEGIN",
            "IF current_setting('kehoach.copying', true) = 'on'",
            "AND has_table_privilege(session_user, 'result_history', 'INSERT') THEN RETURN NULL; END IF;",
            "INSERT INTO result_history(\(columns)) VALUES (NEW.plan_id, TG_ARGV[0], NEW.record_json,",
            "coalesce(nullif(current_setting('kehoach.who', true), ''), session_user),",
            "coalesce(nullif(current_setting('kehoach.at_ms', true), '')::bigint,",
            "(extract(epoch FROM clock_timestamp()) * 1000)::bigint)\(login ? ", session_user" : ""));",
            "RETURN NULL;",
            "END",
        ].joined(separator: " ")
    }
}
