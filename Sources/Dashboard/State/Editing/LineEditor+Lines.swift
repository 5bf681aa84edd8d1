import PlanKit

/// The multi-line mode's keys: Enter breaks the line, Ctrl-S (or F2) saves, the arrows and Home/End move
/// by line. Each key costs the length of the lines it touches, never a pass over the whole text.
extension LineEditor {
    /// The keys that mean something else with several lines; nil leaves the key to the one-line handling.
    mutating func handleMultiline(_ key: Key) -> Event? {
        switch key {
        case .enter:
            insert("\n")
            return .edited
        case .ctrl("s"), .function(2):
            return .accepted
        case .up:
            return moveLine(by: -1)
        case .down:
            return moveLine(by: 1)
        case .home, .ctrl("a"):
            return move(to: lineStart(cursor))
        case .end, .ctrl("e"):
            return move(to: lineEnd(cursor))
        case .ctrl("u"):
            let start = lineStart(cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        case .ctrl("k"):
            // At a line's end the break itself goes, joining the next line, as in Emacs.
            let end = lineEnd(cursor)
            characters.removeSubrange(cursor..<(end == cursor ? min(characters.count, end + 1) : end))
            return .edited
        default:
            return nil
        }
    }

    /// Where the line holding `position` starts.
    func lineStart(_ position: Int) -> Int {
        var start = min(position, characters.count)
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return start
    }

    /// Where the line holding `position` ends (at its line break, or the text's end).
    func lineEnd(_ position: Int) -> Int {
        var end = position
        while end < characters.count, characters[end] != "\n" { end += 1 }
        return end
    }

    /// Up or down one line, keeping the column (in graphemes) where the line is long enough.
    mutating func moveLine(by delta: Int) -> Event {
        let start = lineStart(cursor)
        let column = cursor - start
        if delta < 0 {
            guard start > 0 else { return move(to: 0) }
            let previousStart = lineStart(start - 1)
            return move(to: min(previousStart + column, start - 1))
        }
        let end = lineEnd(cursor)
        guard end < characters.count else { return move(to: characters.count) }
        let nextStart = end + 1
        return move(to: min(nextStart + column, lineEnd(nextStart)))
    }

    /// The lines as drawn in a box `width` columns wide: each stored line, wrapped by display width (never
    /// inside a grapheme), as ranges of `characters`. The cursor's visual line is returned too.
    public func visualLines(width: Int) -> (lines: [Range<Int>], cursorLine: Int) {
        let field = max(1, width)
        var lines: [Range<Int>] = []
        var cursorLine = 0
        var start = 0
        var used = 0
        for (index, character) in characters.enumerated() {
            if index == cursor { cursorLine = lines.count }
            if character == "\n" {
                lines.append(start..<index)
                start = index + 1
                used = 0
                continue
            }
            let width = DisplayWidth.of(character)
            // One column stays free for the cursor at a line's end.
            if used + width > field - 1, index > start {
                lines.append(start..<index)
                start = index
                used = 0
                if index == cursor { cursorLine = lines.count }
            }
            used += width
        }
        if cursor >= characters.count { cursorLine = lines.count }
        lines.append(start..<characters.count)
        return (lines, cursorLine)
    }
}
