import Foundation
import PlanKit

/// The checks every store makes before it writes a result or an agency's sections, shared so the SQLite
/// store, the PostgreSQL store and test stores refuse the same things the same way.
public enum ResultRules {
    /// The row to store: the task exists, the agency is named on it (its role comes from the plan, not the
    /// caller), quantities name real targets, the write is based on the stored version; text NFC.
    public static func prepare(_ result: TaskResult, plan: Plan, planID: String, current: TaskResult?,
                               by user: String, at date: Date) throws -> TaskResult {
        let key = result.key
        guard let task = plan.task(code: key.taskCode) else {
            throw StoreError.taskNotFound(plan: planID, code: key.taskCode)
        }
        guard let role = task.role(of: key.agency, in: key.period, directory: directory) else {
            throw StoreError.agencyNotOnTask(plan: planID, code: key.taskCode, agency: key.agency)
        }
        for quantity in result.quantities {
            guard let objective = quantity.objectiveIndex else { continue }
            let target = quantity.targetIndex ?? -1
            guard plan.objectives.indices.contains(objective), plan.objectives[objective].targets.indices.contains(target) else {
                throw StoreError.targetNotFound(plan: planID, objective: objective, target: target)
            }
        }
        try checkVersion(result.version, current: current?.version ?? 0, who: current?.updatedBy,
                         key: key.taskCode, period: key.period, agency: key.agency)
        var stored = result
        stored.role = role
        stored.text = result.text.nfc
        stored.difficulties = nonEmpty(result.difficulties)
        stored.proposals = nonEmpty(result.proposals)
        stored.quantities = result.quantities.map {
            ResultQuantity(value: $0.value, unit: $0.unit.nfc, objectiveIndex: $0.objectiveIndex, targetIndex: $0.targetIndex)
        }
        stored.version = (current?.version ?? 0) + 1
        stored.updatedBy = user.nfc
        stored.updatedAt = date
        return stored
    }

    /// The sections to store: the agency is named somewhere in the plan; based on the stored version.
    public static func prepare(_ sections: AgencySections, plan: Plan, planID: String, current: AgencySections?,
                               by user: String, at date: Date) throws -> AgencySections {
        guard plan.tasks.contains(where: { $0.role(of: sections.agency, in: sections.period, directory: directory) != nil }) else {
            throw StoreError.agencyNotOnTask(plan: planID, code: nil, agency: sections.agency)
        }
        try checkVersion(sections.version, current: current?.version ?? 0, who: current?.updatedBy,
                         key: nil, period: sections.period, agency: sections.agency)
        var stored = sections
        stored.shortcomings = nonEmpty(sections.shortcomings)
        stored.direction = nonEmpty(sections.direction)
        stored.proposals = nonEmpty(sections.proposals)
        stored.version = (current?.version ?? 0) + 1
        stored.updatedBy = user.nfc
        stored.updatedAt = date
        return stored
    }

    /// The successors of merged agencies, who report the rows the plan gives their predecessors.
    static let directory: AgencyDirectory? = try? AgencyDirectory.bundled()

    private static func checkVersion(_ based: Int, current: Int, who: String?, key: String?, period: ReportingPeriod,
                                     agency: String) throws {
        guard based == current else {
            throw StoreError.resultConflict(code: key, period: period.code, agency: agency, currentVersion: current,
                                            by: who, basedOnVersion: based)
        }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.nfc, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}

/// One earlier version of a result or of an agency's sections, as the history keeps it.
public struct ResultRevision: Sendable, Equatable {
    public var at: Date
    public var who: String
    /// Exactly one of the two is set.
    public var result: TaskResult?
    public var sections: AgencySections?

    public init(at: Date, who: String, result: TaskResult? = nil, sections: AgencySections? = nil) {
        self.at = at
        self.who = who
        self.result = result
        self.sections = sections
    }
}
