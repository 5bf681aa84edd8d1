import Foundation
import PlanKit
import PostgresNIO

/// Who may do what on a shared store, enforced by the server (roles, grants, row-level security),
/// so that plain SQL from an agency's login is held to the same rules as kehoach:
/// - `kehoach_coordinator` (the leading department) imports, edits and removes plans and every status;
/// - `kehoach_agency` reads everything and writes statuses, history and batches only of tasks its
///   agency leads or cooperates on (the agency of a login is a row of `agency_login`);
/// - `kehoach_leader` reads everything and writes nothing.
public enum PostgresRights {
    public static let coordinatorRole = "kehoach_coordinator"
    public static let agencyRole = "kehoach_agency"
    public static let leaderRole = "kehoach_leader"

    /// Tasks the current login's agency is named on (lead or cooperating), by directory id or by name.
    static let ownsTask = """
        EXISTS (SELECT 1 FROM task_agency ta JOIN agency_login al ON al.login = current_user
                WHERE ta.plan_id = %@.plan_id AND ta.task_code = %@.task_code
                  AND (ta.agency_id = al.agency OR ta.canonical = al.agency OR ta.printed = al.agency))
        """

    static func owns(_ table: String) -> String {
        ownsTask.replacingOccurrences(of: "%@", with: table)
    }

    /// Statements of `kehoach admin init`, after the schema: each may run again harmlessly.
    static var setup: [String] {
        let roles = [coordinatorRole, agencyRole, leaderRole].map { role in
            // Roles belong to the whole server: two databases set up at once may race to create one.
            "DO $$ BEGIN CREATE ROLE \(role) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        }
        let everyTable = "plan, plan_payload, task, task_agency, plan_agency, status, batch, history, target_value, setting, agency_login, schema_version"
        return roles + [
            "CREATE TABLE IF NOT EXISTS agency_login (login TEXT PRIMARY KEY, agency TEXT NOT NULL)",
            "GRANT SELECT ON \(everyTable) TO \(coordinatorRole), \(agencyRole), \(leaderRole)",
            "GRANT INSERT, UPDATE, DELETE ON \(everyTable) TO \(coordinatorRole)",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO \(coordinatorRole), \(agencyRole)",
            "GRANT INSERT, UPDATE ON status, batch, history TO \(agencyRole)",
            // Preferences ("last plan viewed") are not statuses: every editing login keeps its own.
            "GRANT INSERT, UPDATE, DELETE ON setting TO \(agencyRole)",
            "ALTER TABLE status ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE history ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE batch ENABLE ROW LEVEL SECURITY",
            "DROP POLICY IF EXISTS everyone_reads ON status",
            "CREATE POLICY everyone_reads ON status FOR SELECT USING (true)",
            "DROP POLICY IF EXISTS coordinator_writes ON status",
            "CREATE POLICY coordinator_writes ON status FOR ALL TO \(coordinatorRole) USING (true) WITH CHECK (true)",
            "DROP POLICY IF EXISTS agency_inserts_own ON status",
            "CREATE POLICY agency_inserts_own ON status FOR INSERT TO \(agencyRole) WITH CHECK (\(owns("status")))",
            "DROP POLICY IF EXISTS agency_updates_own ON status",
            "CREATE POLICY agency_updates_own ON status FOR UPDATE TO \(agencyRole) USING (\(owns("status"))) WITH CHECK (\(owns("status")))",
            "DROP POLICY IF EXISTS everyone_reads ON history",
            "CREATE POLICY everyone_reads ON history FOR SELECT USING (true)",
            "DROP POLICY IF EXISTS coordinator_writes ON history",
            "CREATE POLICY coordinator_writes ON history FOR ALL TO \(coordinatorRole) USING (true) WITH CHECK (true)",
            "DROP POLICY IF EXISTS agency_records_own ON history",
            "CREATE POLICY agency_records_own ON history FOR INSERT TO \(agencyRole) WITH CHECK (\(owns("history")))",
            "DROP POLICY IF EXISTS everyone_reads ON batch",
            "CREATE POLICY everyone_reads ON batch FOR SELECT USING (true)",
            "DROP POLICY IF EXISTS coordinator_writes ON batch",
            "CREATE POLICY coordinator_writes ON batch FOR ALL TO \(coordinatorRole) USING (true) WITH CHECK (true)",
            // A batch only groups history lines; what it may touch is judged on status and history.
            "DROP POLICY IF EXISTS agency_batches ON batch",
            "CREATE POLICY agency_batches ON batch FOR ALL TO \(agencyRole) USING (true) WITH CHECK (true)",
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
                    INSERT INTO agency_login(login, agency) VALUES ($1, $2)
                    ON CONFLICT (login) DO UPDATE SET agency = excluded.agency
                    """, [.text(login), .text(agency.nfc)])
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
