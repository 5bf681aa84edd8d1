import PlanKit

/// An in-memory grid of cells that views draw into; the terminal edge flushes it.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * width + x] : .blank }
    }

    public func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes one grapheme; a wide one takes two columns. Overwriting half of a wide grapheme blanks the other half.
    /// Returns the columns used (0 where it does not fit before `limit`).
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        return place(ControlCharacters.sanitize(character), x: x, y: y, style: style, edge: min(limit ?? width, width))
    }

    /// `put` of a grapheme already made safe to show.
    private mutating func place(_ shown: Character, x: Int, y: Int, style: Style, edge: Int) -> Int {
        guard y >= 0, y < height, x >= 0, x < edge else { return 0 }
        let w = DisplayWidth.of(shown)
        if w == 0 { return 0 }  // a lone combining mark has no column of its own
        if w == 2 && x + 1 >= edge {
            // A wide grapheme never straddles the edge: the last column stays blank.
            set(x, y, Cell(grapheme: " ", style: style))
            return 1
        }
        set(x, y, Cell(grapheme: shown, style: style))
        if w == 2 { set(x + 1, y, Cell(grapheme: " ", style: style, isContinuation: true)) }
        return w
    }

    /// Draws text from (x, y), never past `x + width`; cut text ends in "…". Returns the columns used.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, width maxWidth: Int, style: Style = .normal,
                                                ellipsis: Bool = true) -> Int {
        guard maxWidth > 0 else { return 0 }
        let edge = min(x + maxWidth, width)
        if let columns = SingleColumnText.columns(text) {
            return putSingleColumn(text, columns: columns, x: x, y: y, width: maxWidth, edge: edge, style: style,
                                   ellipsis: ellipsis)
        }
        let fitted = TextLayout.truncate(ControlCharacters.sanitize(text), toWidth: maxWidth, ellipsis: ellipsis)
        var column = x
        for ch in fitted {
            column += place(ch, x: column, y: y, style: style, edge: edge)
        }
        return column - x
    }

    /// The same for single-column text (most cells): one cell a scalar, cut as `TextLayout.truncate` cuts,
    /// without sanitising (it has no control) or walking graphemes (each scalar is one).
    private mutating func putSingleColumn<S: StringProtocol>(_ text: S, columns: Int, x: Int, y: Int, width maxWidth: Int,
                                                             edge: Int, style: Style, ellipsis: Bool) -> Int {
        guard y >= 0, y < height, x >= 0, x < edge else { return 0 }
        let cut = columns > maxWidth
        let letters = min(cut ? (ellipsis ? maxWidth - 1 : maxWidth) : columns, edge - x)
        var column = x
        for scalar in text.unicodeScalars.prefix(letters) {
            set(column, y, Cell(grapheme: Character(scalar), style: style))
            column += 1
        }
        if cut && ellipsis && column < edge {
            set(column, y, Cell(grapheme: TextLayout.ellipsis, style: style))
            column += 1
        }
        return column - x
    }

    /// Fills a rectangle with one grapheme and style.
    /// Only the run's two ends can cut a wide grapheme in half (`set`'s rule); inside it every cell is overwritten.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style = .normal) {
        let first = max(rect.x, 0), end = min(rect.maxX, width)
        let top = max(rect.y, 0), bottom = min(rect.maxY, height)
        guard first < end, top < bottom else { return }
        let cell = Cell(grapheme: grapheme, style: style)
        for row in top..<bottom {
            let start = row * width
            if cells[start + first].isContinuation && first > 0 {
                cells[start + first - 1] = Cell(grapheme: " ", style: cells[start + first - 1].style)
            }
            if end < width && cells[start + end].isContinuation {
                cells[start + end] = Cell(grapheme: " ", style: cells[start + end].style)
            }
            for index in (start + first)..<(start + end) { cells[index] = cell }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the graphemes.
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        for row in rect.y..<min(rect.maxY, height) where row >= 0 {
            for col in rect.x..<min(rect.maxX, width) where col >= 0 {
                transform(&cells[row * width + col].style)
            }
        }
    }

    /// The screen as text, one line per row, trailing spaces kept: what a test compares.
    public var text: String { lines.joined(separator: "\n") }

    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for col in 0..<width {
                let cell = cells[row * width + col]
                if !cell.isContinuation { line.append(cell.grapheme) }
            }
            return line
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * width + x
        // Overwriting either half of a wide grapheme leaves neither half behind.
        if cells[index].isContinuation && x > 0 {
            cells[index - 1] = Cell(grapheme: " ", style: cells[index - 1].style)
        }
        if x + 1 < width && cells[index + 1].isContinuation {
            cells[index + 1] = Cell(grapheme: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
