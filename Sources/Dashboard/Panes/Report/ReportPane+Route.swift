import PlanKit

/// The report pane's own state, commands, effects, answers and editors: kept in `AppState.panes` and
/// carried by `PaneMessage`/`PaneAnswer`, so the core names none of them.
extension ReportState: PaneState {}

extension AppState {
    public var report: ReportState {
        get { panes[ReportState.self] }
        _modify { yield &panes[ReportState.self] }
    }
}

extension Command {
    public static func report(_ command: ReportCommand) -> Command { .pane(PaneMessage(.report, command)) }
}

extension Effect {
    public static func report(_ effect: ReportEffect) -> Effect { .pane(PaneMessage(.report, effect)) }
}

extension Action {
    public static func report(_ answer: ReportAction) -> Action { .pane(PaneAnswer(.report, answer)) }
}

extension EditorKind {
    public static func report(_ target: ReportEditTarget) -> EditorKind { .pane(PaneMessage(.report, target)) }
}

extension ReportPane {
    /// `:report [AGENCY] [PERIOD]` takes its words; a key runs the command alone.
    static func perform(_ command: PaneMessage, argument: String, _ state: inout AppState) -> [Effect] {
        guard let command = command.value(as: ReportCommand.self) else { return [] }
        return command == .open ? open(argument: argument, &state) : perform(command, &state)
    }

    /// Tab after `:report` offers the agencies that report.
    static func argumentChoices(_ command: PaneMessage, _ state: AppState) -> [String] {
        state.report.agencies.map(\.name)
    }

    static func help(_ command: PaneMessage) -> any Phrase {
        ReportText.command(command.value(as: ReportCommand.self) ?? .open)
    }

    static func run(_ effect: PaneMessage, on runtime: DashboardRuntime) throws -> Action? {
        guard let effect = effect.value(as: ReportEffect.self) else { return nil }
        return .report(runtime.performReport(effect))
    }

    static func receive(_ answer: PaneAnswer, _ state: inout AppState) -> [Effect] {
        guard let answer = answer.value(as: ReportAction.self) else { return [] }
        return answered(answer, &state)
    }

    /// A plan's results and sections come with it.
    static func effects(afterLoading planID: String, _ state: AppState) -> [Effect] {
        [.report(.load(planID: planID))]
    }

    /// The user's agency and the Word heading (config.toml); the directory names merged agencies' successors.
    static func configure(_ configuration: DashboardConfiguration, _ state: inout AppState) {
        state.report.settings = configuration.reporting
        state.report.directory = configuration.agencyDirectory ?? (try? AgencyDirectory.bundled())
    }

    static func accept(_ text: String, _ target: PaneMessage, planID: String, _ state: inout AppState) -> [Effect] {
        guard let target = target.value(as: ReportEditTarget.self) else { return [] }
        return accept(text, target, planID: planID, &state)
    }

    static func editorLabel(_ target: PaneMessage, _ text: Localizer) -> String {
        target.value(as: ReportEditTarget.self).map { text($0.label) } ?? ""
    }
}
