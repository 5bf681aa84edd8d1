import PlanKit

/// The status line: plan, as-of date, counts by standing, next report date, and the last message.
enum StatusBar {
    static func draw(_ context: RenderContext, into screen: inout Screen) {
        let rect = context.layout.status
        let base = Style(.statusBar)
        let text = context.text
        var message: Span?
        if let current = context.state.message {
            message = Span(text(current.text), Style(current.isError ? .error : .statusBar, bold: current.isError))
        }
        guard let document = context.state.document else {
            TextLine.draw([Span(" " + text(context.state.isLoading ? .loading : .noPlanLoaded), base)] +
                          (message.map { [Span(context.glyphs.separator, base), $0] } ?? []),
                          in: rect, base: base, glyphs: context.glyphs, into: &screen)
            return
        }
        let plan = document.plan.identity.number ?? document.id
        if let notice = context.state.partialPlanNotice {
            // Counts over the plan would be counts over its first page: none until the whole of it is here.
            let loading = Span(text(notice), base)
            TextLine.draw([Span(" \(plan)", Style(.statusBar, bold: true)), Span(context.glyphs.separator, base), loading]
                          + (message.map { [Span(context.glyphs.separator, base), $0] } ?? []),
                          in: rect, base: base, glyphs: context.glyphs, into: &screen)
            return
        }
        let asOf = text.date(context.state.asOf)
        let report = document.nextReportDate.map(text.date)
        var counts: [Span] = []
        for standing in StandingRule.severityOrder {
            guard let count = document.standingCounts[standing], count > 0 else { continue }
            if !counts.isEmpty { counts.append(Span(" ", base)) }
            counts.append(Span("\(context.glyphs.symbol(standing))\(count)", context.standingStyle(standing)))
        }
        let separator = Span(context.glyphs.separator, base)
        let reminder = Pane.modules.lazy.compactMap { $0.statusReminder(context) }.first
        // Widest form first; labels go when the message needs the room.
        let forms: [[Span]] = [
            [Span(" \(plan)", Style(.statusBar, bold: true)), separator, Span(text(.asOf(asOf)), base), separator]
                + counts + [separator, reminder ?? Span(report.map { text(.nextReport($0)) } ?? text(.noReportingDate), base)],
            [Span(" \(plan)", Style(.statusBar, bold: true)), separator, Span(asOf, base), separator]
                + counts + ((reminder ?? report.map { Span(text(.nextReport($0)), base) }).map { [separator, $0] } ?? []),
            [Span(" \(plan)", Style(.statusBar, bold: true)), separator, Span(asOf, base), separator] + counts,
            // A long message (a failed save, a conflict) keeps only the plan beside it.
            [Span(" \(plan)", Style(.statusBar, bold: true))],
        ]
        let messageWidth = message.map { TextLine.width([$0]) + TextLine.width([separator]) } ?? 0
        let chosen = forms.first { TextLine.width($0) + messageWidth <= rect.width } ?? forms[forms.count - 1]
        TextLine.draw(chosen + (message.map { [separator, $0] } ?? []), in: rect, base: base, glyphs: context.glyphs,
                      into: &screen)
    }
}
