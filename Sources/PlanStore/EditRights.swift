import PlanKit

/// Which tasks the store's login may change the status of: every task (a SQLite file, the coordinator,
/// the owner), none (a leader's read-only login), or those an agency leads or cooperates on. The same
/// rule the server's row-level security applies (`PostgresRights.ownsTask`), so kehoach can refuse first
/// and say whose a task is, and the dashboard can mark the rows a login may edit.
public struct EditRights: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        case everyTask
        case noTask
        /// The agency a login speaks for, as `admin grant` was given it: a directory id or a name.
        case agency(String)
    }

    public var scope: Scope

    public init(_ scope: Scope) { self.scope = scope }

    public static let everyTask = EditRights(.everyTask)

    /// Whether some tasks are not this login's: only then are rows marked.
    public var isRestricted: Bool { scope != .everyTask }

    /// The agency the login speaks for, nil for every other scope.
    public var agency: String? {
        if case .agency(let agency) = scope { return agency }
        return nil
    }

    /// Whether a mention is the login's agency: by directory id, by canonical or by printed name.
    public static func names(_ agency: String, printed: String, canonical: String, agencyID: String?) -> Bool {
        agency == printed || agency == canonical || agency == agencyID
    }

    public func mayEdit(_ task: PlanTask) -> Bool {
        switch scope {
        case .everyTask: return true
        case .noTask: return false
        case .agency(let agency):
            return (task.lead + task.cooperating).contains {
                Self.names(agency, printed: $0.printed, canonical: $0.canonical, agencyID: $0.agencyID)
            }
        }
    }

    /// Whose a task is, for "this task belongs to …": its lead agencies first, then the cooperating ones.
    public static func owners(of task: PlanTask) -> [String] {
        var seen = Set<String>()
        return (task.lead + task.cooperating).map(\.printed).filter { seen.insert($0).inserted }
    }
}
