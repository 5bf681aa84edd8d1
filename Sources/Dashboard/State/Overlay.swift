import PlanKit
import PlanStore

/// What covers the panes, topmost last. Esc closes the topmost.
public enum Overlay: Sendable {
    case help(offset: Int)
    case detail(DetailState)
    case filterPicker(Viewport)
    case prompt(PromptState)
    case statusMenu(StatusMenuState)
    case history(HistoryOverlay)
    /// `:source`: the document's own text beside the tasks read from it.
    case source(SourceOverlay)
    /// The one-line editor for a note, a progress or a date.
    case editor(EditorPrompt)

    var context: BindingContext? {
        switch self {
        case .help: return .help
        case .detail: return .detail
        case .filterPicker: return .filterPicker
        case .prompt: return nil
        case .statusMenu: return .statusMenu
        case .history: return .history
        // Scrolls and closes as the history does.
        case .source: return .history
        case .editor: return nil
        }
    }
}

/// The detail view of one task; history arrives from the store after it opens.
public struct DetailState: Sendable {
    public var taskIndex: Int
    public var offset: Int = 0
    /// nil while loading.
    public var history: [HistoryEntry]?

    public init(taskIndex: Int, history: [HistoryEntry]? = nil) {
        self.taskIndex = taskIndex
        self.history = history
    }
}

public enum PromptKind: Sendable, Hashable {
    case search, command
    /// A prompt a pane reads in its own way (a target's "YEAR VALUE"): `PaneModule.accept`.
    case pane(PaneMessage)
}

/// A one-line input. The cursor counts graphemes, so a Vietnamese letter or an emoji is one step.
public struct PromptState: Sendable, Hashable {
    public var kind: PromptKind
    public var text: String = ""
    public var cursor: Int = 0
    /// Where the selection was when a search began, to go back there on Esc.
    public var origin: Int
    /// While Tab cycles through completions: what was typed, and which completion is shown.
    public var completion: Completion?

    public struct Completion: Sendable, Hashable {
        public var stem: String
        public var index: Int
    }

    public init(kind: PromptKind, origin: Int, text: String = "") {
        self.kind = kind
        self.origin = origin
        self.text = text.nfc
        self.cursor = self.text.count
    }

    public mutating func insert(_ character: Character) {
        var characters = Array(text)
        characters.insert(character, at: min(cursor, characters.count))
        text = String(characters).nfc
        cursor = min(cursor + 1, text.count)
    }

    /// Inserts a whole piece (a paste) in one pass.
    public mutating func insert(text piece: String) {
        var characters = Array(text)
        let at = min(cursor, characters.count)
        characters.insert(contentsOf: piece, at: at)
        text = String(characters).nfc
        cursor = min(at + piece.count, text.count)
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        var characters = Array(text)
        characters.remove(at: cursor - 1)
        text = String(characters)
        cursor -= 1
    }

    public mutating func moveCursor(by delta: Int) {
        cursor = min(max(0, cursor + delta), text.count)
    }
}

/// The last search, kept for `n`/`N` until Esc clears it.
public struct SearchState: Sendable, Hashable {
    public var query: String
    public var pane: Pane
    /// The matching rows, ascending, found once per accepted query: n and N then step through them
    /// without scanning every row again. Cleared whenever the pane's rows change.
    public var matches: [Int]?

    public init(query: String, pane: Pane, matches: [Int]? = nil) {
        self.query = query
        self.pane = pane
        self.matches = matches
    }
}

/// The status bar's message: localised at render time so a language switch needs no re-send.
/// Any catalogue's phrase: the dashboard's own (`UIText`) or a pane's (`ReportText`).
public struct StatusMessage: Sendable, Hashable {
    public var text: any Phrase & Hashable
    public var isError: Bool

    public init(_ text: UIText, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    public init(_ text: some Phrase & Hashable, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    public static func == (lhs: StatusMessage, rhs: StatusMessage) -> Bool {
        lhs.isError == rhs.isError && lhs.text.isEqual(to: rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        text.hash(into: &hasher)
        hasher.combine(isError)
    }
}
