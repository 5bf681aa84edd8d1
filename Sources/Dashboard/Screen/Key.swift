/// A key press, decoded by the terminal edge; the dashboard never sees raw curses codes.
public enum Key: Sendable, Hashable {
    /// A printable character; a Vietnamese letter typed through an input method is one character.
    case char(Character)
    /// Ctrl plus a letter, lowercased ("r" for Ctrl-R).
    case ctrl(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// The terminal changed size.
    case resize
    /// Text pasted in one piece (bracketed paste): text for an editor, never keys to run.
    case paste(String)
    /// A click or a wheel step, where mouse input was asked for (`--mouse`).
    case mouse(MouseEvent)
}

/// A mouse event at a screen cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
