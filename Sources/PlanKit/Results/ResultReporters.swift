/// Who writes a task's row of the reporting form for a period. The task's lead agencies report, a
/// collective lead too ("Các sở, ban, ngành" report that row together), and each named cooperating agency
/// records its own contribution; enterprises and collective cooperators send no report. An agency that was
/// merged into another (the 2025 restructuring: Sở Kế hoạch và Đầu tư → Sở Tài chính) is asked through its
/// successor for the periods after the merger: the agency directory knows who that is.
public struct ResultReporter: Sendable, Equatable {
    /// `ResultKey.agency`: the reporting agency's key, the successor's where there is one.
    public var key: String
    public var name: String
    public var role: ResultRole
    /// The agency as the plan names it.
    public var named: AgencyRef
}

extension AgencyRef {
    /// The key and name the agency reports under in a period: its successor's when the directory has one
    /// on the period's last day, else its own.
    public func reporting(in period: ReportingPeriod, directory: AgencyDirectory?) -> (key: String, name: String) {
        if let id = agencyID, let current = directory?.current(id, on: period.lastDay), current.id != id {
            return (current.id, current.name)
        }
        return (reportingKey, canonical)
    }
}

extension PlanTask {
    /// The rows this task has in a period's form, lead agencies first, each reporting agency once.
    public func reporters(in period: ReportingPeriod, directory: AgencyDirectory?) -> [ResultReporter] {
        var out: [ResultReporter] = []
        for (role, refs) in [(ResultRole.lead, lead), (.cooperating, cooperating)] {
            for ref in refs where ref.kind != .enterprise && (role == .lead || ref.kind != .collective) {
                let reporting = ref.reporting(in: period, directory: directory)
                guard !out.contains(where: { $0.key == reporting.key }) else { continue }
                out.append(ResultReporter(key: reporting.key, name: reporting.name, role: role, named: ref))
            }
        }
        return out
    }

    /// The role an agency reports under in a period, through a successor too; nil when it has no row.
    public func role(of agencyKey: String, in period: ReportingPeriod, directory: AgencyDirectory?) -> ResultRole? {
        reporters(in: period, directory: directory).first { $0.key == agencyKey }?.role ?? role(of: agencyKey)
    }
}
