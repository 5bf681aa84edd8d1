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
}
