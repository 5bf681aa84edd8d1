import Foundation
import PlanKit
import PostgresNIO

/// Who may do what on a shared store, enforced by the server (roles, grants, row-level security),
/// so that plain SQL from an agency's login is held to the same rules as kehoach:
/// - `kehoach_coordinator` (the leading department) imports, edits and removes plans and every status;
/// - `kehoach_agency` reads everything and writes statuses, history and batches only of tasks its
///   agency leads or cooperates on (the agency of a login is a row of `agency_login`);
/// - `kehoach_leader` reads everything and writes nothing but its own preferences;
/// - no role writes `result_history`: the server records each result revision itself.
/// Results: the lead agency of a task writes every row of it (it compiles the report), a cooperating
/// agency only its own contribution, and each agency only its own sections.
public enum PostgresRights {
    public static let coordinatorRole = "kehoach_coordinator"
    public static let agencyRole = "kehoach_agency"
    public static let leaderRole = "kehoach_leader"

    /// Tasks the current login's agency is named on (lead or cooperating), by directory id or by name
    /// (`ta`: the plan's agency row a link names).
    static let ownsTask = """
        EXISTS (SELECT 1 FROM task_mention tm JOIN plan_agency ta ON ta.seq = tm.agency
                JOIN agency_login al ON al.login = current_user
                WHERE tm.plan_id = %@.plan_id AND tm.task_code = %@.task_code
                  AND (ta.agency_id = al.agency OR ta.canonical = al.agency OR ta.printed = al.agency))
        """

    static func owns(_ table: String) -> String {
        ownsTask.replacingOccurrences(of: "%@", with: table)
    }

    /// The agency's key in result rows is the mention's directory id, else the slug of its name: the login's
    /// `agency_key` (the slug of what `admin grant` was given) stands for the latter.
    private static let ownKey = "coalesce(ta.agency_id, al.agency_key)"

    /// A result row the login may write: on a task it leads, any agency's row; on one it cooperates on, its own.
    static let writesResult = """
        EXISTS (SELECT 1 FROM task_mention tm JOIN plan_agency ta ON ta.seq = tm.agency
                JOIN agency_login al ON al.login = current_user
                WHERE tm.plan_id = task_result.plan_id AND tm.task_code = task_result.task_code
                  AND (ta.agency_id = al.agency OR ta.canonical = al.agency OR ta.printed = al.agency)
                  AND (tm.role = 'lead' OR task_result.agency = \(ownKey)))
        """

    /// An agency's sections of a period: only its own, on a plan that names it.
    static let writesSections = """
        EXISTS (SELECT 1 FROM plan_agency ta JOIN agency_login al ON al.login = current_user
                WHERE ta.plan_id = agency_section.plan_id
                  AND (ta.agency_id = al.agency OR ta.canonical = al.agency OR ta.printed = al.agency)
                  AND agency_section.agency = \(ownKey))
        """

    /// A batch the current login wrote, or one from before the server stamped logins.
    static let ownBatch = "login IS NULL OR login = session_user"

    /// Preferences of a managed login are rows named `NAME@LOGIN` (`PostgresStore.settingSuffix`): its own only.
    static let ownSetting = "right(name, length(current_user) + 1) = '@' || current_user"

    /// Row-level security on a table: everyone reads, the coordinator writes all, `others` as given.
    private static func policies(_ table: String, _ others: [(name: String, rule: String)]) -> [String] {
        [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "DROP POLICY IF EXISTS everyone_reads ON \(table)",
            "CREATE POLICY everyone_reads ON \(table) FOR SELECT USING (true)",
            "DROP POLICY IF EXISTS coordinator_writes ON \(table)",
            "CREATE POLICY coordinator_writes ON \(table) FOR ALL TO \(coordinatorRole) USING (true) WITH CHECK (true)",
        ] + others.flatMap { ["DROP POLICY IF EXISTS \($0.name) ON \(table)", $0.rule] }
    }

    /// A batch only groups history lines; what it may touch is judged on status and history. Marking one
    /// undone or redone is its writer's (the login the server stamped, `PostgresSchema.v9`); one written
    /// before the stamps existed stays open to every agency, as it was.
    static var batchPolicies: [String] {
        ["DROP POLICY IF EXISTS agency_batches ON batch"] + policies("batch", [
            ("agency_opens_batch", "CREATE POLICY agency_opens_batch ON batch FOR INSERT TO \(agencyRole) WITH CHECK (true)"),
            ("agency_marks_own_batch", "CREATE POLICY agency_marks_own_batch ON batch FOR UPDATE TO \(agencyRole) USING (\(ownBatch)) WITH CHECK (\(ownBatch))"),
        ])
    }

    private static var resultPolicies: [String] {
        policies("task_result", [
            ("agency_inserts_result", "CREATE POLICY agency_inserts_result ON task_result FOR INSERT TO \(agencyRole) WITH CHECK (\(writesResult))"),
            ("agency_updates_result", "CREATE POLICY agency_updates_result ON task_result FOR UPDATE TO \(agencyRole) USING (\(writesResult)) WITH CHECK (\(writesResult))"),
        ]) + policies("agency_section", [
            ("agency_inserts_sections", "CREATE POLICY agency_inserts_sections ON agency_section FOR INSERT TO \(agencyRole) WITH CHECK (\(writesSections))"),
            ("agency_updates_sections", "CREATE POLICY agency_updates_sections ON agency_section FOR UPDATE TO \(agencyRole) USING (\(writesSections)) WITH CHECK (\(writesSections))"),
        ]) + policies("result_history", []) + [
            // Revisions are the server's own record of result writes (`PostgresSchema.v6`): no role writes one.
            // `copy` into a shared store brings its revisions as they are, which only the schema's owner may.
            "DROP POLICY IF EXISTS agency_records_result ON result_history",
            "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON result_history FROM \(coordinatorRole), \(agencyRole), \(leaderRole)",
        ] + policies("setting", [
            ("login_keeps_own", "CREATE POLICY login_keeps_own ON setting FOR ALL TO \(agencyRole), \(leaderRole) USING (\(ownSetting)) WITH CHECK (\(ownSetting))"),
        ])
    }

    /// Statements of `kehoach admin init`, after the schema: each may run again harmlessly.
    static var setup: [String] {
        let roles = [coordinatorRole, agencyRole, leaderRole].map { role in
            // Roles belong to the whole server: two databases set up at once may race to create one.
            "DO $$ BEGIN CREATE ROLE \(role) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        }
        let tables = StoreSchema.latestTables.map(\.name) + ["agency_login", "schema_version"]
        let everyTable = tables.joined(separator: ", ")
        let writtenTables = tables.filter { $0 != "result_history" }.joined(separator: ", ")
        return roles + [
            "CREATE TABLE IF NOT EXISTS agency_login (login TEXT PRIMARY KEY, agency TEXT NOT NULL)",
            "ALTER TABLE agency_login ADD COLUMN IF NOT EXISTS agency_key TEXT",
            "GRANT SELECT ON \(everyTable) TO \(coordinatorRole), \(agencyRole), \(leaderRole)",
            "GRANT INSERT, UPDATE, DELETE ON \(writtenTables) TO \(coordinatorRole)",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO \(coordinatorRole), \(agencyRole)",
            "GRANT INSERT, UPDATE ON status, batch, history, task_result, agency_section TO \(agencyRole)",
            // Preferences ("last plan viewed") are not statuses: every login keeps its own, a leader's too.
            "GRANT INSERT, UPDATE, DELETE ON setting TO \(agencyRole), \(leaderRole)",
        ] + statusPolicies + batchPolicies + resultPolicies
    }

    private static var statusPolicies: [String] {
        policies("status", [
            ("agency_inserts_own", "CREATE POLICY agency_inserts_own ON status FOR INSERT TO \(agencyRole) WITH CHECK (\(owns("status")))"),
            ("agency_updates_own", "CREATE POLICY agency_updates_own ON status FOR UPDATE TO \(agencyRole) USING (\(owns("status"))) WITH CHECK (\(owns("status")))"),
        ]) + policies("history", [
            ("agency_records_own", "CREATE POLICY agency_records_own ON history FOR INSERT TO \(agencyRole) WITH CHECK (\(owns("history")))"),
        ])
    }

    /// The policies that judge a write by the agencies a plan names (`ownsTask`, `writesResult`,
    /// `writesSections`): made again when those move (`PostgresSchema.v10`).
    static var agencyPolicies: [String] { statusPolicies + resultPolicies }

    /// The grants on a table a later version adds, where `admin init` has set up the roles.
    static func grants(onNewTable table: String) -> [String] {
        [
            "GRANT SELECT ON \(table) TO \(coordinatorRole), \(agencyRole), \(leaderRole)",
            "GRANT INSERT, UPDATE, DELETE ON \(table) TO \(coordinatorRole)",
        ]
    }

    /// Runs `admin init`: the schema (migrations) and the roles and policies, in one transaction.
    public static func initialize(_ info: PostgresConnectionInfo) throws {
        let store = try PostgresStore(info: info)
        defer { store.close() }
        try store.administer { transaction in
            for statement in setup { try transaction.execute(statement) }
        }
    }

    public enum Role: String, Sendable, CaseIterable {
        case coordinator, agency, leader
    }

    /// `admin grant AGENCY LOGIN`: a login for an agency (created when missing, with the password
    /// given), its role, and which agency it speaks for. Names are quoted by the server (`format %I`).
    public static func grant(agency: String, login: String, password: String?, role: Role,
                             _ info: PostgresConnectionInfo) throws {
        let store = try PostgresStore(info: info)
        defer { store.close() }
        let group = switch role {
        case .coordinator: coordinatorRole
        case .agency: agencyRole
        case .leader: leaderRole
        }
        try store.administer { transaction in
            let name = quoteIdentifier(login)
            let passwordClause = password.map { " PASSWORD " + quoteLiteral($0) } ?? ""
            if try transaction.row("SELECT 1 FROM pg_roles WHERE rolname = $1", [.text(login)]) == nil {
                try transaction.execute("CREATE ROLE \(name) LOGIN" + passwordClause)
            } else if !passwordClause.isEmpty {
                try transaction.execute("ALTER ROLE \(name)" + passwordClause)
            }
            for other in [coordinatorRole, agencyRole, leaderRole] where other != group {
                try transaction.execute("REVOKE \(other) FROM \(name)")
            }
            try transaction.execute("GRANT \(group) TO \(name)")
            if role == .agency {
                try transaction.execute("""
                    INSERT INTO agency_login(login, agency, agency_key) VALUES ($1, $2, $3)
                    ON CONFLICT (login) DO UPDATE SET agency = excluded.agency, agency_key = excluded.agency_key
                    """, [.text(login), .text(agency.nfc), .text(SearchKey.slug(agency))])
            } else {
                try transaction.execute("DELETE FROM agency_login WHERE login = $1", [.text(login)])
            }
        }
    }

    /// `"name"` with inner quotes doubled: a role name is an identifier, never spliced raw.
    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `'text'` with inner quotes doubled (standard_conforming_strings, the default since 9.1).
    static func quoteLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
