import PlanKit

/// The top line: the panes with their number keys, then the plan's number and title.
enum TabBar {
    static func draw(_ context: RenderContext, into screen: inout Screen) {
        let rect = context.layout.tabs
        var spans: [Span] = []
        for pane in Pane.allCases {
            let focused = pane == context.state.pane
            let (key, title) = labels(pane, context.text)
            spans.append(Span(key, Style(.keyHint, selected: focused, bold: focused)))
            spans.append(Span(title, Style(focused ? .title : .dim, selected: focused, bold: focused)))
            spans.append(Span(" ", Style(.normal)))
        }
        if let plan = context.state.document?.plan {
            let number = plan.identity.number.map { $0 + " " } ?? ""
            spans.append(Span(number, Style(.accent, bold: true)))
            spans.append(Span(plan.identity.title, Style(.dim)))
        }
        TextLine.draw(spans, in: rect, glyphs: context.glyphs, into: &screen)
    }

    /// A tab's two parts: " 2 " and "Nhiệm vụ ".
    static func labels(_ pane: Pane, _ text: Localizer) -> (String, String) {
        (" \(pane.number) ", text(.pane(pane)) + " ")
    }

    /// The pane whose tab is drawn at column x, for a mouse click.
    static func pane(atColumn x: Int, _ state: AppState) -> Pane? {
        var start = 0
        for pane in Pane.allCases {
            let (key, title) = labels(pane, state.text)
            let end = start + DisplayWidth.of(key) + DisplayWidth.of(title)
            if x >= start && x < end { return pane }
            start = end + 1
        }
        return nil
    }
}
