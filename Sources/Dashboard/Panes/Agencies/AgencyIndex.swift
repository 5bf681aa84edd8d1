import PlanKit

/// A task of one of the plans an agency index covers.
public struct TaskRef: Sendable, Hashable {
    /// Index into `AgencyIndex.plans`.
    public var plan: Int
    /// Index into that plan's tasks.
    public var task: Int
}

/// An agency with what it is responsible for, across the plans of the index.
public struct AgencyNode: Sendable {
    public var key: String
    public var name: String
    public var kind: AgencyKind
    /// One of the references, to ask the successor provider about it.
    public var reference: AgencyRef
    public var led: [TaskRef] = []
    public var cooperating: [TaskRef] = []
    /// Duties under *Tổ chức thực hiện*: (plan, duty index).
    public var duties: [(plan: Int, duty: Int)] = []
    /// Tasks it leads that are overdue on the as-of date.
    public var overdue = 0
    public var searchKey: String

    public var load: Int { led.count + cooperating.count }
    /// "các sở, ban, ngành", "UBND các huyện": not one agency, and shown as such.
    public var isCollective: Bool { kind == .collective }
}

/// Who is responsible for what, over one plan or all plans: built once per load, sort or scope change,
/// never per frame.
public struct AgencyIndex: Sendable {
    public let plans: [LoadedPlan]
    public let nodes: [AgencyNode]
    private let position: [String: Int]
    /// For one plan: the node of each of the load's agency numbers.
    private let nodeOfAgency: [Int]

    public init(plans: [LoadedPlan], sort: AgencySort) {
        self.plans = plans
        let list = plans.count == 1 ? Self.nodes(of: plans[0]) : Self.nodes(across: plans)
        nodes = sort == .load ? Self.byLoad(list) : list
        position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.key, $0) })
        let lookup = position
        nodeOfAgency = plans.count == 1 ? plans[0].agencyIdentities.map { lookup[$0] ?? 0 } : []
    }

    /// One plan: its load numbered the agencies and ranked them in Vietnamese order, so the index is built
    /// on integers (a 100,000-task plan in milliseconds, where hashing names per mention took 200 ms).
    private static func nodes(of document: LoadedPlan) -> [AgencyNode] {
        var nodes = document.agencyReferences.indices.map { n in
            let reference = document.agencyReferences[n]
            return AgencyNode(key: document.agencyIdentities[n], name: reference.canonical, kind: reference.kind,
                              reference: reference, searchKey: document.agencyKeys[n])
        }
        for t in document.taskAgencies.indices {
            let ref = TaskRef(plan: 0, task: t)
            let overdue = document.standings[t] == .overdue
            for (position, n) in document.taskAgencies[t].enumerated() {
                if position < document.taskLeadCounts[t] {
                    nodes[Int(n)].led.append(ref)
                    if overdue { nodes[Int(n)].overdue += 1 }
                } else {
                    nodes[Int(n)].cooperating.append(ref)
                }
            }
        }
        let numbers = Dictionary(document.agencyIdentities.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (d, duty) in document.plan.duties.enumerated() {
            var seen: [Int] = []
            for agency in duty.agencies {
                guard let n = numbers[AgencyIdentity.of(agency)], !seen.contains(n) else { continue }
                seen.append(n)
                nodes[n].duties.append((0, d))
            }
        }
        return nodes.sorted { (document.agencyRank[$0.key] ?? Int.max, $0.key) < (document.agencyRank[$1.key] ?? Int.max, $1.key) }
    }

    /// Several plans: agencies are matched by identity across them and collated by name.
    private static func nodes(across plans: [LoadedPlan]) -> [AgencyNode] {
        var byKey: [String: AgencyNode] = [:]
        func touch(_ agency: AgencyRef, _ change: (inout AgencyNode) -> Void) {
            let key = AgencyIdentity.of(agency)
            // Mutated in place: a node copied out and back would copy its task lists on every append.
            change(&byKey[key, default: AgencyNode(key: key, name: agency.canonical, kind: agency.kind, reference: agency,
                                                   searchKey: SearchKey.make("\(agency.canonical) \(agency.printed)"))])
        }
        for (p, document) in plans.enumerated() {
            let tasks = document.plan.tasks
            for t in tasks.indices {
                // An agency named twice in a task (lead and cooperating) counts once, as lead.
                var seen: [String] = []  // a task names few agencies: a list beats a set
                let ref = TaskRef(plan: p, task: t)
                let overdue = document.standings[t] == .overdue
                for agency in tasks[t].lead {
                    let identity = AgencyIdentity.of(agency)
                    guard !seen.contains(identity) else { continue }
                    seen.append(identity)
                    touch(agency) {
                        $0.led.append(ref)
                        if overdue { $0.overdue += 1 }
                    }
                }
                for agency in tasks[t].cooperating {
                    let identity = AgencyIdentity.of(agency)
                    guard !seen.contains(identity) else { continue }
                    seen.append(identity)
                    touch(agency) { $0.cooperating.append(ref) }
                }
            }
            for (d, duty) in document.plan.duties.enumerated() {
                var seen: Set<String> = []
                for agency in duty.agencies where seen.insert(AgencyIdentity.of(agency)).inserted {
                    touch(agency) { $0.duties.append((p, d)) }
                }
            }
        }
        return VietnameseCollation.sorted(Array(byKey.values)) { $0.name }
    }

    /// Most tasks first, then most overdue, then Vietnamese order.
    private static func byLoad(_ list: [AgencyNode]) -> [AgencyNode] {
        let alphabetical = Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1.key, $0) })
        return list.sorted { a, b in
            if a.load != b.load { return a.load > b.load }
            if a.overdue != b.overdue { return a.overdue > b.overdue }
            return (alphabetical[a.key] ?? 0) < (alphabetical[b.key] ?? 0)
        }
    }

    public static let empty = AgencyIndex(plans: [], sort: .name)

    public func index(ofKey key: String) -> Int? { position[key] }

    public func task(_ ref: TaskRef) -> PlanTask { plans[ref.plan].plan.tasks[ref.task] }

    public func standing(_ ref: TaskRef) -> Standing { plans[ref.plan].standings[ref.task] }

    /// The agencies that share tasks with a node, most shared first (then Vietnamese order).
    public func partners(of nodeIndex: Int) -> [(node: Int, shared: Int)] {
        guard nodes.indices.contains(nodeIndex) else { return [] }
        let node = nodes[nodeIndex]
        if plans.count == 1 { return partnersInOnePlan(of: nodeIndex) }
        var counts: [Int: Int] = [:]
        for ref in node.led + node.cooperating {
            let task = self.task(ref)
            var seen: Set<String> = [node.key]
            for agency in task.lead + task.cooperating where seen.insert(AgencyIdentity.of(agency)).inserted {
                if let other = position[AgencyIdentity.of(agency)] { counts[other, default: 0] += 1 }
            }
        }
        return counts.map { (node: $0.key, shared: $0.value) }
            .sorted { $0.shared != $1.shared ? $0.shared > $1.shared : $0.node < $1.node }
    }

    /// One plan: counted on the load's agency numbers (this runs on every frame of the graph, and a busy
    /// agency of a large plan shares thousands of tasks).
    private func partnersInOnePlan(of nodeIndex: Int) -> [(node: Int, shared: Int)] {
        let document = plans[0]
        var counts = [Int](repeating: 0, count: nodes.count)
        for ref in nodes[nodeIndex].led + nodes[nodeIndex].cooperating {
            for n in document.taskAgencies[ref.task] {
                let other = nodeOfAgency[Int(n)]
                if other != nodeIndex { counts[other] += 1 }
            }
        }
        return counts.indices.filter { counts[$0] > 0 }.map { (node: $0, shared: counts[$0]) }
            .sorted { $0.shared != $1.shared ? $0.shared > $1.shared : $0.node < $1.node }
    }

    /// Columns of the responsibility matrix: the task groups of one plan, or one column per plan for all plans.
    public var matrixColumns: [ResponsibilityColumn] {
        if plans.count == 1 {
            return plans[0].plan.groups.map { ResponsibilityColumn(title: $0.code, plan: 0, groupCode: $0.code) }
        }
        return plans.enumerated().map { ResponsibilityColumn(title: $1.plan.identity.number ?? $1.id, plan: $0, groupCode: nil) }
    }

    /// Lead and cooperating counts of a node in a column.
    public func cell(_ nodeIndex: Int, _ column: ResponsibilityColumn) -> (lead: Int, cooperating: Int) {
        let node = nodes[nodeIndex]
        func inColumn(_ ref: TaskRef) -> Bool {
            ref.plan == column.plan && (column.groupCode == nil || task(ref).groupCode == column.groupCode)
        }
        return (node.led.filter(inColumn).count, node.cooperating.filter(inColumn).count)
    }
}

/// A column of the responsibility matrix.
public struct ResponsibilityColumn: Sendable, Hashable {
    public var title: String
    public var plan: Int
    /// nil: every task of the plan.
    public var groupCode: String?
}

public enum AgencySort: Sendable, Hashable { case name, load }
public enum AgencyScope: Sendable, Hashable { case plan, allPlans }
public enum AgencyPaneMode: Sendable, Hashable { case graph, matrix }
public enum AgencyFocus: Sendable, Hashable { case list, graph }
