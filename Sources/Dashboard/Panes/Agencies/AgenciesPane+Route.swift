import PlanKit

/// The agencies pane's own state and store work: every plan with its statuses, for the all-plans view.
extension AgenciesState: PaneState {}

extension AppState {
    public var agencies: AgenciesState {
        get { panes[AgenciesState.self] }
        _modify { yield &panes[AgenciesState.self] }
    }
}

/// A plan and its statuses as the store holds them.
public struct PlanSnapshot: Sendable {
    public var id: String
    public var plan: Plan
    public var statuses: [StatusKey: StatusRecord]

    public init(id: String, plan: Plan, statuses: [StatusKey: StatusRecord]) {
        self.id = id
        self.plan = plan
        self.statuses = statuses
    }
}

/// What the pane asks of the store.
enum AgenciesEffect: Hashable, Sendable {
    case loadAllPlans
}

extension AgenciesPane {
    static let loadAllPlans = Effect.pane(PaneMessage(.agencies, AgenciesEffect.loadAllPlans))

    static func run(_ effect: PaneMessage, on runtime: DashboardRuntime) throws -> Action? {
        guard effect.value(as: AgenciesEffect.self) == .loadAllPlans else { return nil }
        let store = runtime.store
        let snapshots: [PlanSnapshot] = try store.plans().compactMap { summary in
            guard let plan = try store.plan(id: summary.id) else { return nil }
            return PlanSnapshot(id: summary.id, plan: plan, statuses: try store.statuses(planID: summary.id))
        }
        return .pane(PaneAnswer(.agencies, snapshots))
    }

    static func receive(_ answer: PaneAnswer, _ state: inout AppState) -> [Effect] {
        guard let snapshots = answer.value(as: [PlanSnapshot].self) else { return [] }
        state.agencies.otherPlans = snapshots.map { LoadedPlan(id: $0.id, plan: $0.plan, statuses: $0.statuses, asOf: state.asOf) }
        DashboardApp.rebuildPanes(&state)
        DashboardApp.clampViewports(&state)
        return []
    }
}
