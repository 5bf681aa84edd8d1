import PlanKit

/// A column of a table: widths in display columns, a share of spare space, and a priority for narrow screens.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var minWidth: Int
    public var maxWidth: Int
    /// Share of the space left once every column has its minimum.
    public var flex: Int
    /// When the minimums do not fit, the column with the lowest priority is hidden first.
    public var priority: Int
    public var alignRight: Bool

    public init(_ title: String, min: Int, max: Int = Int.max, flex: Int = 0, priority: Int = 0, alignRight: Bool = false) {
        self.title = title
        self.minWidth = Swift.max(1, min)
        self.maxWidth = Swift.max(self.minWidth, max)
        self.flex = flex
        self.priority = priority
        self.alignRight = alignRight
    }
}

public struct TableCell: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// One row as the table draws it: cells in column order, or one line across the whole width (a group row).
public enum TableRow: Sendable, Hashable {
    case cells([TableCell])
    case spanning(StyledLine)
}

/// A virtualised table: it asks for the visible rows only, so 100,000 rows cost what 100 do.
public enum Table {
    /// Each column's width, 0 for a hidden one. Minimums first; spare space by flex up to each maximum.
    public static func columnWidths(_ columns: [TableColumn], available: Int, spacing: Int = 1) -> [Int] {
        var shown = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let visible = columns.indices.filter { shown[$0] }
            return visible.reduce(0) { $0 + columns[$1].minWidth } + spacing * max(0, visible.count - 1)
        }
        while needed() > available, shown.filter({ $0 }).count > 1 {
            let candidates = columns.indices.filter { shown[$0] }
            guard let drop = candidates.min(by: { columns[$0].priority < columns[$1].priority }) else { break }
            shown[drop] = false
        }
        var widths = columns.indices.map { shown[$0] ? columns[$0].minWidth : 0 }
        var spare = available - needed()
        if spare < 0, let only = widths.firstIndex(where: { $0 > 0 }) {
            widths[only] = max(0, widths[only] + spare)
            return widths
        }
        // Hand out spare columns by flex, a round at a time, until nobody can grow.
        while spare > 0 {
            let growable = columns.indices.filter { shown[$0] && columns[$0].flex > 0 && widths[$0] < columns[$0].maxWidth }
            if growable.isEmpty { break }
            let totalFlex = growable.reduce(0) { $0 + columns[$1].flex }
            var given = 0
            for index in growable {
                let share = max(1, spare * columns[index].flex / totalFlex)
                let grow = min(share, columns[index].maxWidth - widths[index], spare - given)
                widths[index] += grow
                given += grow
                if given >= spare { break }
            }
            if given == 0 { break }
            spare -= given
        }
        return widths
    }

    /// Draws the header (if any) and the rows of `viewport` that fit; `row` is called for visible rows only.
    public static func draw(columns: [TableColumn], widths: [Int], header: [TableCell]?, rowCount: Int,
                            viewport: Viewport, in rect: Rect, spacing: Int = 1, glyphs: Glyphs,
                            into screen: inout Screen, row: (Int) -> TableRow) {
        guard rect.height > 0, rect.width > 0 else { return }
        var y = rect.y
        if let header {
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: Style(.header))
            drawCells(header, columns: columns, widths: widths, x: rect.x, y: y, maxX: rect.maxX, spacing: spacing,
                      selected: false, glyphs: glyphs, into: &screen)
            y += 1
        }
        let bodyHeight = rect.maxY - y
        guard bodyHeight > 0 else { return }
        let offset = Viewport.offset(selected: viewport.selected, current: viewport.offset, height: bodyHeight,
                                     count: rowCount)
        for line in 0..<bodyHeight {
            let index = offset + line
            guard index < rowCount else { break }
            let isSelected = index == viewport.selected
            let lineRect = Rect(x: rect.x, y: y + line, width: rect.width, height: 1)
            screen.fill(lineRect, style: Style(.normal, selected: isSelected))
            switch row(index) {
            case .cells(let cells):
                drawCells(cells, columns: columns, widths: widths, x: rect.x, y: y + line, maxX: rect.maxX,
                          spacing: spacing, selected: isSelected, glyphs: glyphs, into: &screen)
            case .spanning(let spans):
                let marked = spans.map { span -> Span in
                    var copy = span
                    copy.style.selected = isSelected
                    return copy
                }
                TextLine.draw(marked, in: lineRect, base: Style(.normal, selected: isSelected), glyphs: glyphs,
                              into: &screen)
            }
        }
    }

    private static func drawCells(_ cells: [TableCell], columns: [TableColumn], widths: [Int], x: Int, y: Int,
                                  maxX: Int, spacing: Int, selected: Bool, glyphs: Glyphs, into screen: inout Screen) {
        var column = x
        for (index, width) in widths.enumerated() where width > 0 {
            let room = min(width, maxX - column)
            if room <= 0 { break }
            if index < cells.count {
                var style = cells[index].style
                style.selected = style.selected || selected
                let text = cells[index].text
                var start = column
                if columns[index].alignRight {
                    start += max(0, room - DisplayWidth.of(ControlCharacters.sanitize(text)))
                }
                TextLine.draw(text, x: start, y: y, width: room - (start - column), style: style, glyphs: glyphs,
                              into: &screen)
            }
            column += width + spacing
        }
    }
}
