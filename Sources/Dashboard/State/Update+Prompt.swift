import Foundation
import PlanKit

extension DashboardApp {
    /// The prompt takes every key: text keys edit, Enter accepts, Esc cancels.
    static func handlePromptKey(_ key: Key, _ prompt: PromptState, _ state: inout AppState) -> [Effect] {
        var prompt = prompt
        if key != .tab { prompt.completion = nil }
        switch key {
        case .tab where prompt.kind == .command:
            complete(&prompt, state)
        case .escape:
            state.overlays.removeLast()
            if prompt.kind == .search {
                state.search = nil
                select(row: prompt.origin, &state)
            }
            return []
        case .enter:
            state.overlays.removeLast()
            return accept(prompt, &state)
        case .char(let character):
            prompt.insert(character)
        case .paste(let text):
            // A prompt is one line: a pasted line break is a space.
            prompt.insert(text: LineEditor.clean(text))
        case .backspace:
            if prompt.text.isEmpty {
                // Backspace on an empty prompt closes it, as in vim and less.
                return handlePromptKey(.escape, prompt, &state)
            }
            prompt.deleteBackward()
        case .left: prompt.moveCursor(by: -1)
        case .right: prompt.moveCursor(by: 1)
        case .home, .ctrl("a"): prompt.cursor = 0
        case .end, .ctrl("e"): prompt.cursor = prompt.text.count
        case .ctrl("u"):
            prompt.text = ""
            prompt.cursor = 0
        default:
            return []
        }
        state.overlays[state.overlays.count - 1] = .prompt(prompt)
        if prompt.kind == .search { incrementalSearch(prompt, &state) }
        return []
    }

    /// While typing, the selection jumps to the first match after where the search began.
    static func incrementalSearch(_ prompt: PromptState, _ state: inout AppState) {
        guard !prompt.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            select(row: prompt.origin, &state)
            return
        }
        if let row = findMatch(prompt.text, from: prompt.origin, forward: true, state) { select(row: row, &state) }
    }

    static func accept(_ prompt: PromptState, _ state: inout AppState) -> [Effect] {
        let text = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.kind {
        case .search:
            guard !text.isEmpty else {
                state.search = nil
                return []
            }
            let matches = allMatches(text, state)
            state.search = SearchState(query: text, pane: state.pane, matches: matches)
            if let row = matches.first(where: { $0 >= prompt.origin }) ?? matches.first {
                select(row: row, &state)
                announceMatch(text, row: row, &state)
            } else {
                let partial = state.document?.isPartial == true
                state.message = StatusMessage(partial ? .searchNoMatchSoFar(text) : .searchNoMatch(text), isError: true)
            }
            return []
        case .command:
            return runCommand(text, &state)
        case .pane(let own):
            return own.pane.module.accept(text, own, planID: state.document?.id ?? "", &state)
        }
    }

    /// What the user typed as a date, by the one rule of every prompt and `:asof` (`TypedDate`).
    static func parseDate(_ text: String, _ state: AppState) -> CalendarDate? {
        TypedDate.parse(text, today: state.today)
    }

    /// Shows a task in the matrix, lifting the filters and opening the group that hide it.
    static func jump(toTask code: String, _ state: inout AppState) -> [Effect] {
        guard let document = state.document, let task = document.taskIndex(code: code) else {
            state.message = StatusMessage(.taskNotFound(code), isError: true)
            return []
        }
        state.pane = .tasks
        if !state.matrix.rows.contains(.task(task)) {
            state.matrix.reveal(group: document.plan.tasks[task].groupCode)
            rebuildMatrix(&state)
        }
        if let row = state.matrix.rows.firstIndex(of: .task(task)) { select(row: row, &state) }
        state.message = StatusMessage(.jumpedTo(document.plan.tasks[task].code))
        return []
    }
}
