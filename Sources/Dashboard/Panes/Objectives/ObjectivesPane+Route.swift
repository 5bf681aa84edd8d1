import PlanKit

/// The objectives pane's own state, prompt and store work: the actual values recorded against the targets.
extension ObjectivesState: PaneState {}
extension TargetValuesState: PaneState {}

extension AppState {
    public var objectives: ObjectivesState {
        get { panes[ObjectivesState.self] }
        _modify { yield &panes[ObjectivesState.self] }
    }

    /// Recorded values of the objectives' targets.
    public var targets: TargetValuesState {
        get { panes[TargetValuesState.self] }
        _modify { yield &panes[TargetValuesState.self] }
    }
}

/// What the pane asks of the store.
enum ObjectivesEffect: Hashable, Sendable {
    case loadValues(planID: String)
    /// Records a target's actual value; the new values come back with it.
    case record(TargetValue, planID: String)
}

/// The plan's values as stored, and the one just recorded (nil after a plain load).
struct TargetValuesAnswer: Sendable {
    var planID: String
    var values: [TargetValue]
    var recorded: TargetValue?
}

/// The "YEAR VALUE" prompt of a target (indexes as in `Plan.objectives`).
struct TargetValuePrompt: Hashable, Sendable {
    var objective: Int
    var target: Int
}

extension ObjectivesPane {
    static func effect(_ effect: ObjectivesEffect) -> Effect { .pane(PaneMessage(.objectives, effect)) }

    static func run(_ effect: PaneMessage, on runtime: DashboardRuntime) throws -> Action? {
        let store = runtime.store
        switch effect.value(as: ObjectivesEffect.self) {
        case .loadValues(let planID)?:
            return answer(TargetValuesAnswer(planID: planID, values: try store.targetValues(planID: planID)))
        case .record(let value, let planID)?:
            try store.recordTargetValue(value, planID: planID, by: runtime.configuration.user)
            runtime.acknowledgeOwnWrite()
            return answer(TargetValuesAnswer(planID: planID, values: try store.targetValues(planID: planID), recorded: value))
        case nil:
            return nil
        }
    }

    private static func answer(_ values: TargetValuesAnswer) -> Action { .pane(PaneAnswer(.objectives, values)) }

    static func receive(_ answer: PaneAnswer, _ state: inout AppState) -> [Effect] {
        guard let answer = answer.value(as: TargetValuesAnswer.self), state.document?.id == answer.planID else { return [] }
        state.targets.replace(planID: answer.planID, answer.values)
        if let recorded = answer.recorded {
            state.message = StatusMessage(ObjectivesText.valueRecorded(year: recorded.year,
                                                                       value: TargetProgress.number(recorded.value)))
        }
        return []
    }

    /// The prompt's text, read as "YEAR VALUE".
    static func accept(_ text: String, _ target: PaneMessage, planID: String, _ state: inout AppState) -> [Effect] {
        guard let prompt = target.value(as: TargetValuePrompt.self) else { return [] }
        return acceptTargetValue(text, objective: prompt.objective, target: prompt.target, &state)
    }

    static func editorLabel(_ target: PaneMessage, _ text: Localizer) -> String { text(ObjectivesText.valuePrompt) }
}
