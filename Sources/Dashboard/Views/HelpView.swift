import PlanKit

/// The `?` overlay, generated from the key bindings in the UI language, with the standing legend.
enum HelpView {
    static func draw(_ context: RenderContext, offset: Int, into screen: inout Screen) {
        let inner = Box.draw(context.layout.overlay, title: context.text(.helpTitle), glyphs: context.glyphs, into: &screen)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1)
        let content = lines(context.state, width: body.width, glyphs: context.glyphs)
        Paragraph.draw(content, offset: min(offset, Paragraph.maxOffset(lineCount: content.count, height: body.height)),
                       in: body, glyphs: context.glyphs, into: &screen)
        TextLine.draw(context.text(.helpClose), x: body.x, y: inner.maxY - 1, width: body.width, style: Style(.dim),
                      glyphs: context.glyphs, into: &screen)
    }

    /// Contexts in the order help lists them: the focused pane first after the global keys.
    static func contexts(_ state: AppState) -> [BindingContext] {
        var list: [BindingContext] = [.global, .pane(state.pane), .task]
        list += Pane.allCases.filter { $0 != state.pane }.map { BindingContext.pane($0) }
        list += [.detail, .filterPicker, .help, .statusMenu, .history, .conflict]
        return list
    }

    static func lines(_ state: AppState, width: Int, glyphs: Glyphs) -> [StyledLine] {
        let text = state.text
        let keymap = state.keymap
        let keyWidth = min(16, max(8, width / 4))
        var out: [StyledLine] = []
        for context in contexts(state) {
            let bindings = keymap.bindings(in: context)
            if bindings.isEmpty { continue }
            if !out.isEmpty { out.append([]) }
            out.append([Span(text(.helpSection(context)), Style(.header, bold: true))])
            for binding in bindings {
                let keys = TextLayout.fit(binding.keyLabel(text), width: keyWidth)
                out += Paragraph.wrap(text(keymap.registry.help(for: binding.command)), width: width, style: .normal,
                                      label: Span("  " + keys + " ", Style(.keyHint, bold: true)))
            }
        }
        out.append([])
        out += Paragraph.wrap(text(.helpCommandLine), width: width, style: Style(.accent))
        let registry = keymap.registry
        for name in registry.names {
            guard let spec = registry.specs(named: name).first else { continue }
            let label = TextLayout.fit(":" + name, width: max(keyWidth, 24))
            out += Paragraph.wrap(text(registry.help(for: spec.command)), width: width, style: .normal,
                                  label: Span("  " + label + " ", Style(.keyHint, bold: true)))
        }
        out.append([])
        out.append([Span(text(.helpLegend), Style(.header, bold: true))])
        for standing in StandingRule.severityOrder {
            let symbol = TextLayout.fit(glyphs.symbol(standing), width: 3)
            out.append([Span("  " + symbol, Style(StandingRule.role(standing), bold: true)),
                        Span(text.standing(standing), Style(StandingRule.role(standing))),
                        Span(" (\(text.standing(standing, short: true)))", Style(.dim))])
        }
        if state.editing.rights.isRestricted {
            out.append([])
            out += Paragraph.wrap(text(.editing(.editableLegend(mark: glyphs.editable, agency: state.editing.rights.agency))),
                                  width: width, style: Style(.accent))
        }
        return out
    }
}
