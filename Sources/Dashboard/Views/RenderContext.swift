import PlanKit

/// What every view needs to draw: the state, the size, the glyph set and the language.
struct RenderContext {
    let state: AppState
    let size: TerminalSize
    let capabilities: TerminalCapabilities
    let glyphs: Glyphs
    let text: Localizer
    let layout: ScreenLayout
    let agencies: AgencyDisplay
    /// The active search's words in this pane, made once per frame (nil: no search here).
    let searchWords: [String]?

    init(_ state: AppState, size: TerminalSize, capabilities: TerminalCapabilities) {
        self.state = state
        self.size = size
        self.capabilities = capabilities
        self.glyphs = Glyphs.forTerminal(capabilities)
        self.text = state.text
        self.layout = ScreenLayout(size)
        self.agencies = AgencyDisplay(state)
        if let search = state.search, search.pane == state.pane {
            searchWords = SearchKey.words(of: search.query)
        } else {
            searchWords = nil
        }
    }

    /// A standing's style: its colour role; without colours the urgent ones are also bold.
    func standingStyle(_ standing: Standing) -> Style {
        let urgent = standing == .overdue || standing == .dueSoon
        return Style(StandingRule.role(standing), bold: urgent && !capabilities.colors)
    }

    /// A standing's name in the widest form that fits.
    func standingName(_ standing: Standing, width: Int) -> String {
        let full = text.standing(standing)
        return DisplayWidth.of(full) <= width ? full : text.standing(standing, short: true)
    }

    /// The pane's first line: a few facts separated by the glyph separator.
    func infoLine(_ parts: [Span], in rect: Rect, into screen: inout Screen) {
        var spans: [Span] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { spans.append(Span(glyphs.separator, role: .dim)) }
            spans.append(part)
        }
        TextLine.draw(spans, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), glyphs: glyphs, into: &screen)
    }

    /// Whether a task matches the active search (for highlighting visible rows only).
    func matchesSearch(task index: Int, in document: LoadedPlan) -> Bool {
        guard let searchWords else { return false }
        return document.taskMatches(index, words: searchWords)
    }

    /// Whether the row's search key matches the active search (for highlighting visible rows only).
    func matchesSearch(_ key: String?) -> Bool {
        guard let searchWords, let key else { return false }
        return SearchKey.matches(key: key, words: searchWords)
    }
}
