import PlanKit

/// The `:` line: every long name of the command registry, with arguments where a command takes one,
/// `:CODE` to jump to a task, and Tab completion.
extension DashboardApp {
    static func runCommand(_ line: String, _ state: inout AppState) -> [Effect] {
        guard !line.isEmpty else { return [] }
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let verb = parts[0]
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        let specs = state.keymap.registry.specs(named: verb)
        guard let first = specs.first else {
            if parts.count == 1, state.document?.taskIndex(code: verb) != nil { return jump(toTask: verb, &state) }
            if let suggestion = state.keymap.registry.suggestion(for: verb) {
                state.message = StatusMessage(.unknownCommandDidYouMean(line, suggestion), isError: true)
            } else if parts.count == 1 {
                state.message = StatusMessage(.taskNotFound(verb), isError: true)
            } else {
                state.message = StatusMessage(.unknownCommand(line), isError: true)
            }
            return []
        }
        if first.argument != nil { return runNamed(first.command, argument: argument, &state) }
        // A command bound in several panes runs in the focused one if it is bound there, else in its own pane.
        let spec = specs.first { $0.bindings.contains { $0.context == .pane(state.pane) } } ?? first
        let context = spec.bindings.first?.context ?? .global
        switch context {
        case .pane(let pane):
            if pane != state.pane {
                state.pane = pane
                if state.panesStale && pane.module.isLazy { rebuildPanesNow(&state) }
                clampViewports(&state)
            }
            return perform(spec.command, context: context, &state)
        case .task, .global:
            return perform(spec.command, context: context, &state)
        case .detail, .help, .filterPicker, .statusMenu, .history, .conflict:
            return perform(spec.command, context: .global, &state)
        }
    }

    /// A command from the `:` line with what follows its name; one that needs an argument and got none
    /// opens the line again with its name typed.
    static func runNamed(_ command: Command, argument: String, _ state: inout AppState) -> [Effect] {
        let spec = state.keymap.registry.spec(for: command)
        if spec?.argument?.isRequired == true && argument.isEmpty {
            state.overlays.append(.prompt(PromptState(kind: .command, origin: 0, text: (spec?.name ?? "") + " ")))
            return []
        }
        switch command {
        case .named:
            return spec?.run?(&state, argument) ?? []
        case .pane(let own):
            return own.pane.module.perform(own, argument: argument, &state)
        default:
            return perform(command, context: .global, &state)
        }
    }

    /// `:plan NAME`: the plan by id, number or words of its title.
    static func openPlan(named name: String, _ state: inout AppState) -> [Effect] {
        guard let match = matchPlan(name, in: state.plans) else {
            state.message = StatusMessage(.planNotFound(name), isError: true)
            return []
        }
        if match.id == state.document?.id { return [] }
        return [.loadPlan(id: match.id)]
    }

    /// `:asof DATE`: every standing judged on another day.
    static func setAsOf(_ typed: String, _ state: inout AppState) -> [Effect] {
        guard let date = parseDate(typed, state) else {
            state.message = StatusMessage(.badDate(typed), isError: true)
            return []
        }
        state.asOf = date
        state.document?.update(asOf: date)
        rebuildAll(&state)
        state.message = StatusMessage(.asOfChanged(state.text.date(date)))
        return []
    }

    /// `:report-md`: the yearly report of the plan shown, written by the runtime.
    static func writeReport(_ state: inout AppState) -> [Effect] {
        guard let id = state.document?.id else {
            state.message = StatusMessage(.noPlanLoaded, isError: true)
            return []
        }
        return [.writeReport(planID: id, asOf: state.asOf)]
    }

    /// What Tab can complete: the command names, or a command's argument (task codes, plan ids).
    static func completionCandidates(for typed: String, _ state: AppState) -> (head: String, candidates: [String]) {
        guard let space = typed.firstIndex(of: " ") else {
            return ("", state.keymap.registry.completions(of: typed.lowercased()))
        }
        let verb = String(typed[..<space])
        let head = String(typed[...space])
        let argument = String(typed[typed.index(after: space)...])
        let key = SearchKey.make(argument)
        func matching(_ values: [String]) -> [String] {
            values.filter { SearchKey.make($0).hasPrefix(key) }
        }
        let spec = state.keymap.registry.specs(named: verb).first
        // A pane's own command offers what its pane knows (the report pane: its agencies).
        if spec?.argument != nil, case .pane(let own)? = spec?.command {
            return (head, matching(own.pane.module.argumentChoices(own, state)))
        }
        switch spec?.argument {
        case .taskCode?: return (head, matching(state.document?.plan.tasks.map(\.code) ?? []))
        case .planName?: return (head, matching(state.plans.map(\.id)))
        case .agencyAndPeriod?, .date?, nil: return (head, [])
        }
    }

    /// Tab: one candidate is taken whole; several extend to their common start, then Tab cycles through them.
    static func complete(_ prompt: inout PromptState, _ state: AppState) {
        let stem = prompt.completion?.stem ?? prompt.text
        let (head, candidates) = completionCandidates(for: stem, state)
        guard !candidates.isEmpty else { return }
        let typed = String(stem.dropFirst(head.count))
        if candidates.count == 1 {
            prompt.text = head + candidates[0] + (head.isEmpty ? " " : "")
            prompt.completion = nil
        } else if prompt.completion == nil, let common = commonPrefix(candidates.filter { $0.hasPrefix(typed) }),
                  common.count > typed.count {
            prompt.text = head + common
        } else {
            let next = prompt.completion.map { ($0.index + 1) % candidates.count } ?? 0
            prompt.completion = PromptState.Completion(stem: stem, index: next)
            prompt.text = head + candidates[next]
        }
        prompt.cursor = prompt.text.count
    }

    static func commonPrefix(_ values: [String]) -> String? {
        guard var prefix = values.first else { return nil }
        for value in values.dropFirst() {
            while !value.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
