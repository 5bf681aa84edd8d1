import PlanKit

extension DashboardApp {
    /// Keys go to the prompt if one is open, else to the topmost overlay, else to the pane and then globally.
    static func handleKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .ctrl("c") { return perform(.quit, context: .global, &state) }
        // Ctrl-Z works wherever the user is, as it does in any terminal program.
        if key == .ctrl("z"), let command = state.keymap.command(for: key, in: .global) {
            return perform(command, context: .global, &state)
        }
        if state.isTooSmall {
            // Nothing can be seen to act on, so only quitting is allowed.
            return key == .char("q") ? perform(.quit, context: .global, &state) : []
        }
        if case .mouse(let event) = key {
            // A click is no answer to a question that waits for a key.
            if state.editing.conflict != nil || state.editing.confirmation != nil { return [] }
            return handleMouse(event, &state)
        }
        if state.editing.conflict != nil { return handleConflictKey(key, &state) }
        if state.editing.confirmation != nil { return handleConfirmationKey(key, &state) }
        if case .prompt(let prompt)? = state.overlays.last {
            return handlePromptKey(key, prompt, &state)
        }
        if case .editor(let editor)? = state.overlays.last {
            return handleEditorKey(key, editor, &state)
        }
        if let context = state.overlays.last?.context {
            if let command = state.keymap.command(for: key, in: context) {
                return perform(command, context: context, &state)
            }
            // The detail view and the status menu are about a task: the task keys work there too.
            if context == .detail || context == .statusMenu, let command = state.keymap.command(for: key, in: .task) {
                return perform(command, context: .task, &state)
            }
            // Overlays capture every key but quit and help.
            if let command = state.keymap.command(for: key, in: .global), command == .quit || command == .help {
                return perform(command, context: .global, &state)
            }
            return []
        }
        let paneContext = BindingContext.pane(state.pane)
        if let command = state.keymap.command(for: key, in: paneContext) {
            return perform(command, context: paneContext, &state)
        }
        if state.pane.module.listsTasks, let command = state.keymap.command(for: key, in: .task) {
            return perform(command, context: .task, &state)
        }
        if let command = state.keymap.command(for: key, in: .global) {
            return perform(command, context: .global, &state)
        }
        return []
    }

    static func perform(_ command: Command, context: BindingContext, _ state: inout AppState) -> [Effect] {
        switch command {
        case .quit:
            state.isQuitting = true
            return [.quit]
        case .help:
            state.overlays.append(.help(offset: 0))
        case .closeOverlay:
            if !state.overlays.isEmpty { state.overlays.removeLast() }
        case .showPane(let pane):
            state.pane = pane
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            move(command, context: context, &state)
        case .toggleChoice, .clearFilters:
            filterPickerCommand(command, &state)
        case .commandLine:
            state.overlays.append(.prompt(PromptState(kind: .command, origin: 0)))
        case .activate:
            // Enter means what the focused pane says.
            return state.pane.module.perform(command, &state) ?? []
        case .named:
            // Its declaration runs it (`CommandSpec.core`); one that needs an argument asks for it.
            return runNamed(command, argument: "", &state)
        case .edit(let edit):
            return performEdit(edit, &state)
        case .pane(let own):
            // Routed by the pane that declared it, focused or not (`R` opens the report pane from anywhere).
            return own.pane.module.perform(own, argument: "", &state)
        }
        return []
    }

    /// Moves the selection of whatever the context shows: an overlay's scroll or the pane's list.
    static func move(_ command: Command, context: BindingContext, _ state: inout AppState) {
        let layout = ScreenLayout(state.size)
        switch state.overlays.last {
        case .help(let offset)?:
            let page = max(1, layout.overlay.height - 3)
            let lines = HelpView.lines(state, width: layout.overlay.width - 4, glyphs: .unicode).count
            let next = min(scrolled(offset, command, page: page), Paragraph.maxOffset(lineCount: lines, height: page))
            state.overlays[state.overlays.count - 1] = .help(offset: next)
            return
        case .detail(var detail)?:
            let page = max(1, layout.overlay.height - 2)
            let lines = DetailView.lines(state, detail, width: layout.overlay.width - 4, glyphs: .unicode).count
            detail.offset = min(scrolled(detail.offset, command, page: page),
                                Paragraph.maxOffset(lineCount: lines, height: page))
            state.overlays[state.overlays.count - 1] = .detail(detail)
            return
        case .filterPicker(var viewport)?:
            moveFilterPicker(&viewport, command, state)
            state.overlays[state.overlays.count - 1] = .filterPicker(viewport)
            return
        case .statusMenu(var menu)?:
            let count = EditCommand.menuChoices.count
            menu.selected = min(max(0, menu.selected + delta(command, current: menu.selected, count: count, page: count)),
                                count - 1)
            state.overlays[state.overlays.count - 1] = .statusMenu(menu)
            return
        case .history(var history)?:
            let page = max(1, layout.overlay.height - 2)
            let lines = HistoryView.lines(state, history, width: layout.overlay.width - 4).count
            history.offset = min(scrolled(history.offset, command, page: page),
                                 Paragraph.maxOffset(lineCount: lines, height: page))
            state.overlays[state.overlays.count - 1] = .history(history)
            return
        case .source(var source)?:
            scrollSource(&source, command, state)
            state.overlays[state.overlays.count - 1] = .source(source)
            return
        case .prompt?, .editor?, nil:
            break
        }
        if state.pane.module.move(command, &state) { return }
        let path = viewportPath(state.pane)
        let count = rowCount(state.pane, state)
        let page = layout.listHeight(state.pane)
        let step = delta(command, current: state[keyPath: path].selected, count: count, page: page)
        state[keyPath: path].move(by: step, count: count, height: page)
    }

    /// Rows to move for a movement command.
    static func delta(_ command: Command, current: Int, count: Int, page: Int) -> Int {
        switch command {
        case .moveUp: return -1
        case .moveDown: return 1
        case .pageUp: return -max(1, page - 1)
        case .pageDown: return max(1, page - 1)
        case .top: return -current
        case .bottom: return count - 1 - current
        default: return 0
        }
    }

    /// A scroll offset for overlays whose content length render knows; render clamps the far end.
    static func scrolled(_ offset: Int, _ command: Command, page: Int) -> Int {
        switch command {
        case .moveUp: return max(0, offset - 1)
        case .moveDown: return offset + 1
        case .pageUp: return max(0, offset - page)
        case .pageDown: return offset + page
        case .top: return 0
        case .bottom: return Int.max / 2
        default: return offset
        }
    }

    static func switchPlan(by step: Int, _ state: inout AppState) -> [Effect] {
        guard state.plans.count > 1 else {
            state.message = StatusMessage(.noOtherPlan)
            return []
        }
        let current = state.plans.firstIndex { $0.id == state.document?.id } ?? 0
        let next = (current + step + state.plans.count) % state.plans.count
        return [.loadPlan(id: state.plans[next].id)]
    }
}
