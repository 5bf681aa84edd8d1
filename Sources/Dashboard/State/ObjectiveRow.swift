import PlanKit

/// A line of the objectives pane: a heading, an objective, or one of its numeric targets.
public struct ObjectiveRow: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case heading(String)
        case objective(Int)
        case target(objective: Int, target: Int)
    }

    public var kind: Kind
    public var searchKey: String

    /// Objectives under their headings as printed, each followed by its targets.
    static func rows(of plan: Plan) -> [ObjectiveRow] {
        var rows: [ObjectiveRow] = []
        var lastHeading: String?
        for (index, objective) in plan.objectives.enumerated() {
            if objective.heading != lastHeading {
                rows.append(ObjectiveRow(kind: .heading(objective.heading), searchKey: SearchKey.make(objective.heading)))
                lastHeading = objective.heading
            }
            rows.append(ObjectiveRow(kind: .objective(index), searchKey: SearchKey.make(objective.text)))
            for (targetIndex, target) in objective.targets.enumerated() {
                rows.append(ObjectiveRow(kind: .target(objective: index, target: targetIndex),
                                         searchKey: SearchKey.make(target.phrase)))
            }
        }
        return rows
    }
}
