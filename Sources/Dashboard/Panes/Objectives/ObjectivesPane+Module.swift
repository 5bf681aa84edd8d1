import PlanKit

/// What the objectives pane remembers between frames (in `AppState.panes`).
public struct ObjectivesState: Sendable {
    public var viewport = Viewport()
    public init() {}
}

extension Pane {
    public static let objectives = Pane("objectives")
}

extension ObjectivesPane: PaneModule {
    static var pane: Pane { .objectives }
    static var title: any Phrase { ObjectivesText.title }
    static var viewport: WritableKeyPath<AppState, Viewport> { \.objectives.viewport }

    static var commands: [CommandSpec] {
        [command("record-value", keys: [.char("e")], footer: true, help: ObjectivesText.recordValueHelp) { state in
            promptTargetValue(&state)
        }]
    }

    static func rowCount(_ state: AppState) -> Int { state.document?.objectiveRows.count ?? 0 }

    /// The selected objective's full text takes the lower part of the pane.
    static func listHeight(_ layout: ScreenLayout) -> Int {
        max(1, layout.content.height - 1 - layout.objectiveDetailHeight)
    }

    /// Its items wrap over several lines: a click does not name one row.
    static func row(atX x: Int, y: Int, _ state: AppState) -> Int? { nil }

    static func rowMatches(row: Int, words: [String], _ state: AppState) -> Bool {
        guard let document = state.document, document.objectiveRows.indices.contains(row) else { return false }
        return SearchKey.matches(key: document.objectiveRows[row].searchKey, words: words)
    }

    /// The actual values recorded against a plan's targets come with it.
    static func effects(afterLoading planID: String, _ state: AppState) -> [Effect] {
        [effect(.loadValues(planID: planID))]
    }

    /// `e` on a target opens a prompt for "YEAR VALUE", the as-of year filled in.
    static func promptTargetValue(_ state: inout AppState) -> [Effect] {
        let selected = state.objectives.viewport.selected
        guard let document = state.document, document.objectiveRows.indices.contains(selected),
              case .target(let objective, let target) = document.objectiveRows[selected].kind else {
            state.message = StatusMessage(ObjectivesText.selectTargetFirst)
            return []
        }
        var prompt = PromptState(kind: .pane(PaneMessage(pane, TargetValuePrompt(objective: objective, target: target))), origin: selected)
        for character in "\(state.asOf.year) " { prompt.insert(character) }
        state.overlays.append(.prompt(prompt))
        return []
    }

    static func acceptTargetValue(_ text: String, objective: Int, target: Int, _ state: inout AppState) -> [Effect] {
        guard let document = state.document else { return [] }
        guard let entry = TargetProgress.parseEntry(text) else {
            state.message = StatusMessage(ObjectivesText.badValue(text), isError: true)
            return []
        }
        let value = TargetValue(objectiveIndex: objective, targetIndex: target, year: entry.year, value: entry.value)
        return [effect(.record(value, planID: document.id))]
    }
}
