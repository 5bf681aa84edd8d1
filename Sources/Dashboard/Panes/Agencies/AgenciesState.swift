import PlanKit

/// What the agencies pane remembers: scope, order, view, focus, and the index built from them.
public struct AgenciesState: Sendable {
    public var viewport = Viewport()
    public var scope: AgencyScope = .plan
    public var sort: AgencySort = .name
    public var mode: AgencyPaneMode = .graph
    public var focus: AgencyFocus = .list
    /// The selected item of the graph (tasks led, tasks cooperated on, partner agencies, in that order).
    public var graphSelection = 0
    /// The responsibility matrix's first group column shown (`<` and `>` scroll a matrix wider than the screen).
    public var matrixColumnOffset = 0
    /// The store's other plans, loaded when the scope is all plans.
    public var otherPlans: [LoadedPlan] = []
    public private(set) var index: AgencyIndex = .empty

    public init() {}

    public var nodes: [AgencyNode] { index.nodes }

    /// Rebuilds the index, keeping the selection on the same agency where it is still listed.
    mutating func rebuild(_ document: LoadedPlan) {
        let previous = index.nodes.indices.contains(viewport.selected) ? index.nodes[viewport.selected].key : nil
        var plans = [document]
        if scope == .allPlans { plans += otherPlans.filter { $0.id != document.id } }
        index = AgencyIndex(plans: plans, sort: sort)
        if let previous, let row = index.index(ofKey: previous) { viewport.selected = row }
    }

    /// The graph's selectable items for a node, in drawing order.
    public func graphItems(of nodeIndex: Int) -> [GraphItem] {
        guard index.nodes.indices.contains(nodeIndex) else { return [] }
        let node = index.nodes[nodeIndex]
        return node.led.map { GraphItem.task($0, lead: true) } + node.cooperating.map { GraphItem.task($0, lead: false) }
            + index.partners(of: nodeIndex).map { GraphItem.partner($0.node, shared: $0.shared) }
    }
}

/// Something the graph draws that Enter acts on.
public enum GraphItem: Sendable, Hashable {
    case task(TaskRef, lead: Bool)
    case partner(Int, shared: Int)
}
