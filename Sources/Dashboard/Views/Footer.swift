import PlanKit

/// The bottom line: the focused pane's (or overlay's) main keys, from the bindings, as many as fit.
enum Footer {
    static func draw(_ context: RenderContext, into screen: inout Screen) {
        let rect = context.layout.footer
        let bindingContext = context.state.overlays.last?.context ?? .pane(context.state.pane)
        var spans: [Span] = paneFacts(context, bindingContext)
        var used = TextLine.width(spans)
        // Where a task is selected its status keys come first, in short words: they are what a meeting uses most.
        let taskKeys = DashboardApp.taskKeysApply(context.state)
            ? footerStatusCommands.compactMap { command in
                context.state.keymap.bindings(in: .task).first { $0.command == .edit(command) }
            } : []
        let own = context.state.keymap.footerBindings(for: bindingContext)
        let bindings = context.state.pane.module.footerLeadsWithTaskKeys || bindingContext != .pane(context.state.pane)
            ? taskKeys + own : own + taskKeys
        func spansOf(_ binding: KeyBinding) -> [Span] {
            let label: String
            if case .edit(let command) = binding.command, binding.context == .task {
                label = context.text(.editing(.footerShort(command)))
            } else {
                label = context.text(context.state.keymap.registry.help(for: binding.command))
            }
            return [Span(" \(binding.keyLabel(context.text)) ", Style(.keyHint, bold: true)), Span(label + " ", Style(.footer))]
        }
        // Quit and help always show, last: at 80 columns the other keys give way to them.
        let always = bindings.filter { $0.command == .quit || $0.command == .help }.flatMap(spansOf)
        let reserved = TextLine.width(always)
        for binding in bindings where binding.command != .quit && binding.command != .help {
            let pair = spansOf(binding)
            let width = TextLine.width(pair)
            if used + width + reserved > rect.width { break }
            spans += pair
            used += width
        }
        if used + reserved <= rect.width { spans += always }
        TextLine.draw(spans, in: rect, base: Style(.footer), glyphs: context.glyphs, into: &screen)
    }

    /// The status keys the footer shows on a task row, each with a word or two.
    static let footerStatusCommands: [EditCommand] = [.markDone, .markInProgress, .markNotStarted, .markSuspended, .statusMenu]

    /// What the pane says before its keys (the timeline: the selected task's timeframe as printed).
    static func paneFacts(_ context: RenderContext, _ bindingContext: BindingContext) -> [Span] {
        guard bindingContext == .pane(context.state.pane) else { return [] }
        return context.state.pane.module.footerFacts(context)
    }
}
