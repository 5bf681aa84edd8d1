import PlanKit

/// An agency of the plan with how often it leads, cooperates, and has a duty of its own.
public struct AgencyRow: Sendable, Hashable {
    public var key: String
    public var name: String
    public var kind: AgencyKind
    /// One of the references, kept to ask the successor provider about it.
    public var reference: AgencyRef
    public var leadCount: Int
    public var cooperatingCount: Int
    public var dutyCount: Int
    public var searchKey: String

    /// The directory's identifier where resolved, else the canonical name: one row per agency.
    static func identity(_ agency: AgencyRef) -> String { agency.agencyID ?? agency.canonical }

    /// Every agency named in tasks or duties, in Vietnamese order.
    static func rows(of plan: Plan) -> [AgencyRow] {
        var rows: [String: AgencyRow] = [:]
        func touch(_ agency: AgencyRef, _ change: (inout AgencyRow) -> Void) {
            let key = identity(agency)
            var row = rows[key] ?? AgencyRow(key: key, name: agency.canonical, kind: agency.kind, reference: agency,
                                             leadCount: 0, cooperatingCount: 0, dutyCount: 0,
                                             searchKey: SearchKey.make("\(agency.canonical) \(agency.printed)"))
            change(&row)
            rows[key] = row
        }
        for task in plan.tasks {
            // A task that names an agency twice still counts once for it.
            var seen: Set<String> = []
            for agency in task.lead where seen.insert(identity(agency)).inserted { touch(agency) { $0.leadCount += 1 } }
            for agency in task.cooperating where seen.insert(identity(agency)).inserted {
                touch(agency) { $0.cooperatingCount += 1 }
            }
        }
        for duty in plan.duties {
            for agency in duty.agencies { touch(agency) { $0.dutyCount += 1 } }
        }
        return VietnameseCollation.sorted(Array(rows.values)) { $0.name }
    }
}
