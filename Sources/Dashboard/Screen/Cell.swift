/// One column of the screen. A wide grapheme fills its cell and marks the next one as a continuation.
public struct Cell: Sendable, Hashable {
    public var grapheme: Character
    public var style: Style
    /// The second column of a wide grapheme: drawn by the cell before it, never on its own.
    public var isContinuation: Bool

    public init(grapheme: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
