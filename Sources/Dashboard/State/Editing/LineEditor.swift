import Foundation
import PlanKit

/// The line editor's pure state: NFC text kept as graphemes, a cursor that counts graphemes, and the
/// first grapheme shown when the text is wider than its field. Keys in, text out; no terminal, no store.
/// In its multi-line mode (notes, results) Enter breaks the line and Ctrl-S (or F2) saves; see LineEditor+Lines.
public struct LineEditor: Sendable, Hashable {
    /// The text as grapheme clusters, always NFC, so a Vietnamese letter is one step and one column.
    public internal(set) var characters: [Character]
    /// 0…characters.count: the cursor sits before `characters[cursor]`.
    public internal(set) var cursor: Int
    /// The first grapheme drawn; kept between keys so the view does not jump while moving the cursor.
    public private(set) var scroll: Int = 0
    /// The whole text is selected (a pre-filled date or number): what is typed replaces it, a movement
    /// key keeps it and moves.
    public private(set) var isSelected = false
    /// Enter inserts a line break and a line break typed or pasted is kept (see `handleMultiline`).
    public private(set) var isMultiline = false

    /// What a key did to the editor.
    public enum Event: Sendable, Hashable {
        case edited, moved, accepted, cancelled, ignored
    }

    public init(text: String = "", selected: Bool = false, multiline: Bool = false) {
        isMultiline = multiline
        characters = Array(LineEditor.clean(text, keepingLineBreaks: multiline).nfc)
        cursor = characters.count
        isSelected = selected && !characters.isEmpty
    }

    public var text: String { String(characters) }

    /// The text to store: NFC (even for text that arrived decomposed), no control characters, no spaces at the ends.
    /// In the multi-line mode each line loses its trailing spaces and the text its empty lines at both ends.
    public var acceptedText: String {
        guard isMultiline else { return text.nfc.trimmingCharacters(in: .whitespaces) }
        let lines = text.nfc.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: \.isWhitespace).reversed()) }
        let first = lines.firstIndex { !$0.isEmpty } ?? lines.count
        let last = lines.lastIndex { !$0.isEmpty } ?? -1
        return first <= last ? lines[first...last].joined(separator: "\n") : ""
    }

    // MARK: Keys

    /// The editor's keys: readline's, by grapheme. Enter accepts and Esc cancels; anything else is ignored.
    public mutating func handle(_ key: Key) -> Event {
        if isSelected {
            isSelected = false
            switch key {
            case .char, .paste, .backspace, .delete, .ctrl("h"), .ctrl("d"), .ctrl("u"), .ctrl("k"), .ctrl("w"):
                characters.removeAll()
                cursor = 0
                if case .char = key {} else if case .paste = key {} else { return .edited }
            default:
                break
            }
        }
        if isMultiline, let event = handleMultiline(key) { return event }
        switch key {
        case .char(let character): insert(String(character))
        case .paste(let text): insert(text)
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): return move(to: cursor - 1)
        case .right, .ctrl("f"): return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: characters.count)
        case .ctrl("u"): killToStart()
        case .ctrl("k"): killToEnd()
        case .ctrl("w"): deleteWordBackward()
        case .enter: return .accepted
        case .escape: return .cancelled
        default: return .ignored
        }
        return .edited
    }

    // MARK: Editing

    /// Inserts at the cursor. A combining mark typed or pasted on its own joins the grapheme before it,
    /// and the text is recomposed to NFC, so "e" + U+0323 + U+0302 becomes one "ệ" of one column.
    /// Only the graphemes next to the cursor can combine with what is inserted, so only they are recomposed:
    /// typing or pasting costs the length of the piece plus one array splice, not a pass over the whole text
    /// (a 10,000-character paste, or a long note typed key by key, stays instant).
    public mutating func insert(_ typed: String) {
        let piece = LineEditor.clean(typed, keepingLineBreaks: isMultiline)
        guard !piece.isEmpty else { return }
        let left = max(0, cursor - 1)
        let right = min(characters.count, cursor + 1)
        let before = String(characters[left..<cursor]) + piece
        let composedBefore = Array(before.nfc)
        let window = Array((String(composedBefore) + String(characters[cursor..<right])).nfc)
        characters.replaceSubrange(left..<right, with: window)
        WorkMeter.add(piece.count + window.count)
        // A mark that merged into the grapheme after the cursor cannot move the cursor past that grapheme.
        cursor = min(left + composedBefore.count, left + window.count)
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func killToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    public mutating func killToEnd() {
        characters.removeSubrange(cursor...)
    }

    /// Ctrl-W as in a shell: the spaces before the cursor, then the word before them.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    @discardableResult
    public mutating func move(to position: Int) -> Event {
        let clamped = min(max(0, position), characters.count)
        if clamped == cursor { return .ignored }
        cursor = clamped
        return .moved
    }

    // MARK: Scrolling

    /// Columns the cursor needs: the width of the grapheme under it, or one past the end.
    private var cursorWidth: Int { cursor < characters.count ? max(1, DisplayWidth.of(characters[cursor])) : 1 }

    private func width(_ range: Range<Int>) -> Int {
        WorkMeter.add(range.count)
        return characters[range].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Moves `scroll` as little as possible so that the cursor shows in a field `fieldWidth` columns wide,
    /// and pulls it back when text to the left would fit (after a deletion).
    public mutating func scrollToCursor(fieldWidth: Int) {
        let field = max(1, fieldWidth)
        scroll = min(max(0, scroll), cursor)
        if width(scroll..<cursor) + cursorWidth > field {
            // Walk back from the cursor over what fits: the cost is the field's width, not the text's length.
            var used = cursorWidth
            var start = cursor
            while start > scroll, used + DisplayWidth.of(characters[start - 1]) <= field {
                used += DisplayWidth.of(characters[start - 1])
                start -= 1
            }
            WorkMeter.add(cursor - start)
            scroll = start
        }
        // The end-of-text cursor column is always kept, so the view does not shift as the cursor leaves the end.
        // Measured only as far as the field reaches: a long text's tail never fits, and then nothing moves back.
        var tail = 1
        var index = scroll
        while index < characters.count, tail <= field {
            tail += DisplayWidth.of(characters[index])
            index += 1
        }
        WorkMeter.add(index - scroll)
        var room = field - tail
        let pulledFrom = scroll
        while scroll > 0, room >= DisplayWidth.of(characters[scroll - 1]) {
            room -= DisplayWidth.of(characters[scroll - 1])
            scroll -= 1
        }
        WorkMeter.add(pulledFrom - scroll)
    }

    /// Control characters (a pasted tab or newline) become spaces: a cell has no place for them. Where line
    /// breaks are kept (the multi-line mode), CR LF and CR become one LF and other controls still spaces.
    public static func clean(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: ControlCharacters.isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            guard keepingLineBreaks, scalar == "\n" || scalar == "\r" else {
                scalars.append(ControlCharacters.isControl(scalar) ? " " : scalar)
                continue
            }
            if scalar == "\n" && previousWasCR { continue }
            scalars.append("\n")
        }
        return String(scalars)
    }
}
