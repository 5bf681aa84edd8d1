import PlanKit

extension DashboardApp {
    /// Whether a row of a pane matches a search's words (rows that cannot match, such as headings, never do).
    static func rowMatches(_ pane: Pane, row: Int, words: [String], _ state: AppState) -> Bool {
        pane.module.rowMatches(row: row, words: words, state)
    }

    /// The first row matching `query` from `start` (inclusive) in the direction, wrapping around.
    static func findMatch(_ query: String, from start: Int, forward: Bool, _ state: AppState) -> Int? {
        let count = rowCount(state.pane, state)
        guard count > 0 else { return nil }
        let words = SearchKey.words(of: query)
        guard !words.isEmpty else { return nil }
        for step in 0..<count {
            let row = ((forward ? start + step : start - step) % count + count) % count
            if rowMatches(state.pane, row: row, words: words, state) { return row }
        }
        return nil
    }

    /// Every matching row of the pane, ascending.
    static func allMatches(_ query: String, _ state: AppState) -> [Int] {
        state.pane.module.allMatches(words: SearchKey.words(of: query), state)
    }

    /// The search's matches, found now if the rows changed since they were last found.
    static func cachedMatches(_ state: inout AppState) -> [Int] {
        guard let search = state.search else { return [] }
        if let matches = search.matches { return matches }
        let matches = allMatches(search.query, state)
        state.search?.matches = matches
        return matches
    }

    /// Which match the row is, and how many there are — for "match 2 of 5".
    static func matchPosition(_ query: String, row: Int, _ state: AppState) -> (index: Int, count: Int) {
        if let search = state.search, search.query == query, search.pane == state.pane, let matches = search.matches {
            return (matches.firstIndex(of: row).map { $0 + 1 } ?? 0, matches.count)
        }
        let words = SearchKey.words(of: query)
        var count = 0
        var index = 0
        for candidate in 0..<rowCount(state.pane, state) {
            guard rowMatches(state.pane, row: candidate, words: words, state) else {
                continue
            }
            count += 1
            if candidate == row { index = count }
        }
        return (index, count)
    }

    static func select(row: Int, _ state: inout AppState) {
        let path = viewportPath(state.pane)
        state[keyPath: path].selected = row
        clampViewports(&state)
    }

    static func stepSearch(forward: Bool, _ state: inout AppState) {
        guard let search = state.search else { return }
        if search.pane != state.pane {
            state.search?.pane = state.pane
            state.search?.matches = nil
        }
        let current = state[keyPath: viewportPath(state.pane)].selected
        let matches = cachedMatches(&state)
        // The next match after the cursor (or the last before it), wrapping around: a binary search.
        var next: Int?
        if !matches.isEmpty {
            if forward {
                var low = 0, high = matches.count
                while low < high { let mid = (low + high) / 2; if matches[mid] <= current { low = mid + 1 } else { high = mid } }
                next = matches[low < matches.count ? low : 0]
            } else {
                var low = 0, high = matches.count
                while low < high { let mid = (low + high) / 2; if matches[mid] < current { low = mid + 1 } else { high = mid } }
                next = matches[low > 0 ? low - 1 : matches.count - 1]
            }
        }
        guard let row = next else {
            let partial = state.document?.isPartial == true
            state.message = StatusMessage(partial ? .searchNoMatchSoFar(search.query) : .searchNoMatch(search.query),
                                          isError: true)
            return
        }
        select(row: row, &state)
        announceMatch(search.query, row: row, &state)
    }

    static func announceMatch(_ query: String, row: Int, _ state: inout AppState) {
        let position = matchPosition(query, row: row, state)
        let partial = state.document?.isPartial == true
        state.message = StatusMessage(partial ? .searchMatchesSoFar(index: position.index, count: position.count, query: query)
                                      : .searchMatches(index: position.index, count: position.count, query: query))
    }
}
