import PlanKit

/// The top line: the panes with their number keys, then the plan's number and title.
enum TabBar {
    static func draw(_ context: RenderContext, into screen: inout Screen) {
        let rect = context.layout.tabs
        var spans: [Span] = []
        for pane in Pane.allCases {
            let focused = pane == context.state.pane
            spans.append(Span(" \(pane.number) ", Style(.keyHint, selected: focused, bold: focused)))
            spans.append(Span(context.text(.pane(pane)) + " ", Style(focused ? .title : .dim, selected: focused, bold: focused)))
            spans.append(Span(" ", Style(.normal)))
        }
        if let plan = context.state.document?.plan {
            let number = plan.identity.number.map { $0 + " " } ?? ""
            spans.append(Span(number, Style(.accent, bold: true)))
            spans.append(Span(plan.identity.title, Style(.dim)))
        }
        TextLine.draw(spans, in: rect, glyphs: context.glyphs, into: &screen)
    }
}
