import PlanKit

/// A line of the objectives pane: a heading, an objective, or one of its numeric targets.
public struct ObjectiveRow: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A level (general, by a year, other) with the heading as the plan prints it.
        case heading(ObjectiveLevel, String)
        case objective(Int)
        case target(objective: Int, target: Int)
    }

    public var kind: Kind
    public var searchKey: String

    /// Objectives grouped by level — general, then by year in order, then any other heading as printed —
    /// each followed by its targets.
    static func rows(of plan: Plan) -> [ObjectiveRow] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        func groupKey(_ objective: Objective) -> String {
            switch objective.level {
            case .general: return "0"
            case .byYear(let year): return "1-\(year)"
            case .other: return "2-\(objective.heading)"
            }
        }
        for (index, objective) in plan.objectives.enumerated() {
            let key = groupKey(objective)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        // General first, years ascending, other headings in the order printed.
        let sorted = order.enumerated().sorted { a, b in
            let ka = a.element.prefix(1), kb = b.element.prefix(1)
            if ka != kb { return ka < kb }
            if ka == "1" { return a.element.count != b.element.count ? a.element.count < b.element.count : a.element < b.element }
            return a.offset < b.offset
        }.map(\.element)
        var rows: [ObjectiveRow] = []
        for key in sorted {
            guard let indexes = members[key], let first = indexes.first else { continue }
            let heading = plan.objectives[first]
            rows.append(ObjectiveRow(kind: .heading(heading.level, heading.heading), searchKey: SearchKey.make(heading.heading)))
            for index in indexes {
                let objective = plan.objectives[index]
                rows.append(ObjectiveRow(kind: .objective(index), searchKey: SearchKey.make(objective.text)))
                for (targetIndex, target) in objective.targets.enumerated() {
                    rows.append(ObjectiveRow(kind: .target(objective: index, target: targetIndex),
                                             searchKey: SearchKey.make(target.phrase)))
                }
            }
        }
        return rows
    }
}
