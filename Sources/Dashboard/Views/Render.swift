import PlanKit

extension DashboardApp {
    /// Draws the whole state into a new screen of `size`. Pure: the same state gives the same screen.
    public static func render(_ state: AppState, size: TerminalSize, capabilities: TerminalCapabilities) -> Screen {
        var screen = Screen(width: size.width, height: size.height)
        var sized = state
        sized.size = size
        let context = RenderContext(sized, size: size, capabilities: capabilities)
        if !size.fits(state.minimumSize) {
            TooSmallView.draw(context, into: &screen)
            return screen
        }
        TabBar.draw(context, into: &screen)
        drawPane(context, into: &screen)
        for overlay in state.overlays {
            switch overlay {
            case .help(let offset): HelpView.draw(context, offset: offset, into: &screen)
            case .detail(let detail): DetailView.draw(context, detail, into: &screen)
            case .filterPicker(let viewport): FilterPickerView.draw(context, viewport, into: &screen)
            case .prompt: break
            case .statusMenu(let menu): StatusMenuView.draw(context, menu, into: &screen)
            case .history(let history): HistoryView.draw(context, history, into: &screen)
            case .source(let source): SourceView.draw(context, source, into: &screen)
            case .editor: break
            }
        }
        if case .prompt(let prompt)? = state.overlays.last, prompt.kind == .command {
            CommandPalette.draw(context, prompt, into: &screen)
        }
        StatusBar.draw(context, into: &screen)
        if case .prompt(let prompt)? = state.overlays.last {
            let label = promptLabel(prompt.kind, context.text)
            PromptLine.draw(label: label, text: prompt.text, cursor: prompt.cursor, in: context.layout.footer,
                            glyphs: context.glyphs, into: &screen)
        } else if case .editor(let editor)? = state.overlays.last, editor.editor.isMultiline {
            // Several lines: a box over the lower part of the pane, the keys that save and cancel on the footer.
            MultiLineEditorView.draw(title: DashboardApp.editorLabel(editor, context.text), editor: editor.editor,
                                     in: MultiLineEditorView.box(in: context.layout.content), glyphs: context.glyphs,
                                     into: &screen)
            TextLine.draw([Span(" " + context.text(.editing(.multilineHint)), Style(.keyHint, bold: true))],
                          in: context.layout.footer, base: Style(.footer), glyphs: context.glyphs, into: &screen)
        } else if case .editor(let editor)? = state.overlays.last {
            LineEditorView.draw(label: DashboardApp.editorLabel(editor, context.text), editor: editor.editor,
                                in: context.layout.footer, glyphs: context.glyphs, into: &screen)
        } else if state.editing.confirmation != nil {
            TextLine.draw([Span(" " + context.text(.editing(.confirmHint)), Style(.warning, bold: true))],
                          in: context.layout.footer, base: Style(.footer), glyphs: context.glyphs, into: &screen)
        } else if state.editing.conflict != nil {
            TextLine.draw([Span(" " + context.text(.editing(.conflictHint)), Style(.warning, bold: true))],
                          in: context.layout.footer, base: Style(.footer), glyphs: context.glyphs, into: &screen)
        } else {
            Footer.draw(context, into: &screen)
        }
        return screen
    }

    static func promptLabel(_ kind: PromptKind, _ text: Localizer) -> String {
        switch kind {
        case .search: return text(.searchPrompt)
        case .command: return text(.commandPrompt)
        case .pane(let own): return own.pane.module.editorLabel(own, text)
        }
    }

    static func drawPane(_ context: RenderContext, into screen: inout Screen) {
        let area = context.layout.content
        guard let document = context.state.document else {
            let message = context.state.isLoading ? context.text(.loading)
                : context.text(context.state.plans.isEmpty ? .emptyStore : .noPlanLoaded)
            Paragraph.draw(Paragraph.wrap(message, width: area.width - 2, style: Style(.dim)), offset: 0,
                           in: Layout.inset(area, by: 1), glyphs: context.glyphs, into: &screen)
            return
        }
        // Only the task matrix can be drawn from a first page; the other panes count over the whole plan.
        if let notice = context.state.partialPlanNotice, context.state.pane != .tasks {
            Paragraph.draw(Paragraph.wrap(context.text(notice),
                                          width: area.width - 2, style: Style(.dim)), offset: 0,
                           in: Layout.inset(area, by: 1), glyphs: context.glyphs, into: &screen)
            return
        }
        context.state.pane.module.draw(context, document, in: area, into: &screen)
    }
}
