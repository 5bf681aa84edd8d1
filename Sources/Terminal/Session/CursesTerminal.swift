import CNcursesw
import Dashboard
import Foundation

public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file).
    case notATerminal
    /// curses does not know the terminal (TERM unset or without a terminfo entry).
    case cannotOpen(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "kehoach: the dashboard needs a terminal (standard input and output must not be redirected)"
        case .cannotOpen(let term):
            return "kehoach: cannot open the terminal (TERM=\(term.isEmpty ? "unset" : term)); set TERM to a known terminal type"
        }
    }
}

/// The curses session: the only object in the program that talks to ncursesw.
///
///     let terminal = CursesTerminal()
///     try terminal.start()
///     defer { terminal.stop() }
///     while let key = … terminal.nextKey(timeoutMilliseconds: 250) … { terminal.present(screen) }
///
/// `stop()` (also run by deinit) restores the terminal; SIGINT, SIGTERM and SIGHUP restore it and exit
/// 130, 143, 129 and 131 (SIGQUIT) while the session runs. Ctrl-C itself arrives as `.ctrl("c")`: raw mode, the app decides.
public final class CursesTerminal: TerminalDevice {
    public struct Options: Sendable, Equatable {
        /// nil: colours when the terminal has them and NO_COLOR is unset or empty.
        public var colors: Bool?
        /// Draw in ASCII even where the locale is UTF-8 (a console font without Vietnamese, say).
        public var asciiOnly: Bool
        /// How long a lone Esc waits for the rest of an escape sequence.
        public var escapeDelayMilliseconds: Int
        /// Restore the terminal and exit on SIGINT, SIGTERM and SIGHUP.
        public var handleSignals: Bool
        /// Clicks and the wheel as input (off by default: the terminal's own text selection then keeps working).
        public var mouse = false
        /// Colours for a dark (the default) or a light terminal background.
        public var theme: Appearance.Theme = .dark

        public init(colors: Bool? = nil, asciiOnly: Bool = false, escapeDelayMilliseconds: Int = 25,
                    handleSignals: Bool = true) {
            self.colors = colors
            self.asciiOnly = asciiOnly
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.handleSignals = handleSignals
        }
    }

    public let options: Options
    public private(set) var capabilities = TerminalCapabilities(colors: false, unicode: false)
    /// Something the caller should tell the user (printed after `stop()`, or shown in the status bar):
    /// set when no UTF-8 locale exists and the dashboard runs in ASCII.
    public private(set) var notice: String?
    /// The character-class locale in force while the session runs ("C.UTF-8" after the fallback).
    public private(set) var locale = ""
    public private(set) var isActive = false

    private let environment: [String: String]
    /// `--mouse`: reporting asked for, turned off whenever the terminal is handed back.
    private var mouseReporting = false
    private var session: OpaquePointer?
    private var palette = CursesPalette(colors: false, defaultColors: false)
    private var savedHandlers = kh_saved_handlers()
    private var handlersInstalled = false
    /// The screen last sent, to send only what changed; nil forces a full repaint.
    private var previous: Screen?
    /// The terminal's size at the last repaint: a change means a full repaint.
    private var presentedSize = (width: -1, height: -1)
    /// A grapheme as curses wants it: NUL-terminated wide characters, reused for every cell.
    private var glyphBuffer = [wchar_t](repeating: 0, count: GlyphPlan.maxScalars + 1)

    public init(options: Options = Options(), environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.options = options
        self.environment = environment
    }

    deinit { stop() }

    /// Starts, runs `body`, and stops on the way out whatever happens (a thrown error included).
    public static func run<T>(options: Options = Options(), _ body: (CursesTerminal) throws -> T) throws -> T {
        let terminal = CursesTerminal(options: options)
        try terminal.start()
        defer { terminal.stop() }
        return try body(terminal)
    }

    /// Locale first (curses reads it once), then curses in raw mode without echo; idempotent.
    public func start() throws(TerminalError) {
        guard !isActive else { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }

        let outcome = LocaleSetup.apply()
        locale = outcome.locale
        notice = outcome.notice
        let unicode = outcome.unicode && !options.asciiOnly

        // Ours before newterm: ncurses then leaves SIGINT and SIGTERM alone instead of installing its own.
        if options.handleSignals {
            handlersInstalled = kh_install_exit_handlers(&savedHandlers) == 0
        }
        guard let opened = kh_newterm(), let window = kh_stdscr() else {
            restoreSignalHandlers()
            throw .cannotOpen(term: environment["TERM"] ?? "")
        }
        session = opened
        raw()
        noecho()
        keypad(window, true)
        intrflush(window, false)
        // The cursor stays hidden, so curses need not move it back after each update.
        leaveok(window, true)
        // A list scrolled by a row then moves its lines with the terminal's own scrolling (curses finds
        // the moved lines) instead of sending every one of them again.
        idlok(window, true)
        set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        mouseReporting = options.mouse
        if mouseReporting { kh_enable_mouse() }
        // Bracketed paste: a paste arrives marked, as text, never as keys.
        Self.writeControl("\u{1B}[?2004h")
        Self.defineCommonKeys()
        curs_set(0)

        var colors = false
        var defaultColors = false
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if options.colors ?? !noColor, has_colors(), start_color() == OK {
            colors = kh_colors() >= 8
            defaultColors = use_default_colors() == OK
        }
        palette = CursesPalette(colors: colors, defaultColors: defaultColors, theme: options.theme)
        capabilities = TerminalCapabilities(colors: colors, unicode: unicode)
        previous = nil
        isActive = true
    }

    /// Leaves curses: the terminal gets its modes, cursor and main screen back. Idempotent.
    public func stop() {
        guard isActive else { return }
        isActive = false
        Self.writeControl("\u{1B}[?2004l")
        if mouseReporting { kh_disable_mouse() }
        endwin()
        restoreSignalHandlers()
        if let session { delscreen(session) }
        session = nil
        previous = nil
    }

    /// Ctrl-Z: the terminal goes back to the shell, the process stops; after `fg` curses resumes and the next
    /// screen is sent whole (the shell has drawn over it).
    public func suspend() {
        _ = releasingTerminal { kh_stop_self() }
    }

    /// Leaves curses, runs a shell command on the terminal (the user's editor), and resumes with a full repaint.
    public func runProgram(shellCommand: String, argument: String) -> Int32? {
        let status = releasingTerminal { kh_run_shell(shellCommand, argument) }
        return status.flatMap { $0 < 0 ? nil : $0 }
    }

    /// The terminal in its normal modes while `body` runs, curses back afterwards with the next screen sent whole.
    private func releasingTerminal<T>(_ body: () -> T) -> T? {
        guard isActive, let window = kh_stdscr() else { return nil }
        Self.writeControl("\u{1B}[?2004l")
        // Said explicitly rather than left to endwin: a stopped dashboard must not leave the shell reporting clicks.
        if mouseReporting { kh_disable_mouse() }
        endwin()
        let result = body()
        if mouseReporting { kh_enable_mouse() }
        Self.writeControl("\u{1B}[?2004h")
        clearok(window, true)
        wrefresh(window)
        previous = nil
        return result
    }

    public var size: (width: Int, height: Int) {
        guard isActive, let window = kh_stdscr() else { return (0, 0) }
        return (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    // MARK: Input

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard isActive, let window = kh_stdscr() else { return nil }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES:
            if Int32(truncatingIfNeeded: code) == KEY_MOUSE { return mouseEvent() }
            if let key = KeyDecoder.decode(code, isFunctionKey: true) { return key }
            if Int32(truncatingIfNeeded: code) > kh_key_max(), let name = keyname(Int32(truncatingIfNeeded: code)) {
                return KeyDecoder.extendedKey(named: String(cString: name))
            }
            return nil
        case OK:
            guard let key = KeyDecoder.decode(code, isFunctionKey: false) else { return nil }
            if case .char(let base) = key { return .char(withFollowingMarks(base, window: window)) }
            if key == .escape { return escapeUnlessSequence(window: window) }
            return key
        default:
            return nil  // timeout, or a signal interrupted the wait
        }
    }

    private func mouseEvent() -> Key? {
        var x: Int32 = 0
        var y: Int32 = 0
        switch kh_mouse_event(&x, &y) {
        case 1: return .mouse(MouseEvent(.press, x: Int(x), y: Int(y)))
        case 2: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
        case 3: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
        default: return nil
        }
    }

    /// Esc with "[" or "O" already waiting behind it is an escape sequence curses does not know (a key the
    /// terminfo entry lacks): dropped whole, so that its bytes never act as keys ("[" switches plans).
    /// Esc followed by anything else (Alt-x) stays Esc, and the key after it is the next key.
    private func escapeUnlessSequence(window: UnsafeMutablePointer<WINDOW>) -> Key? {
        wtimeout(window, 0)
        var next: wint_t = 0
        let result = wget_wch(window, &next)
        guard result == OK, next == 0x5B || next == 0x4F else {
            if result == OK {
                unget_wch(wchar_t(truncatingIfNeeded: next))
            } else if result == KEY_CODE_YES {
                ungetch(Int32(truncatingIfNeeded: next))
            }
            return .escape
        }
        let introducer = next
        // CSI runs to a final byte (@ to ~); SS3 is one more character. Bounded: a sequence is short.
        var sequence: [UInt32] = []
        for _ in 0..<32 {
            guard wget_wch(window, &next) == OK else { break }
            sequence.append(UInt32(next))
            if introducer == 0x4F || KeyDecoder.isSequenceFinal(next) { break }
        }
        if introducer == 0x5B, PasteCollector.isStart(sequence) { return readPaste(window: window) }
        return nil
    }

    /// The text of a bracketed paste, up to its end marker (or until the terminal goes quiet for a second).
    private func readPaste(window: UnsafeMutablePointer<WINDOW>) -> Key? {
        var collector = PasteCollector()
        wtimeout(window, 1000)
        while !collector.isComplete {
            var next: wint_t = 0
            let result = wget_wch(window, &next)
            if result == OK {
                collector.feed(UInt32(next))
            } else if result == KEY_CODE_YES {
                // keypad mode decoded a key inside the paste (an Enter from the keypad, say): its text is lost.
                if Int32(truncatingIfNeeded: next) == KEY_ENTER { collector.feed(10) }
            } else {
                break
            }
        }
        let text = collector.text
        return text.isEmpty ? nil : .paste(text)
    }

    /// An input method or a paste may send a letter and its marks as separate characters: one key, in NFC.
    private func withFollowingMarks(_ base: Character, window: UnsafeMutablePointer<WINDOW>) -> Character {
        var marks: [Unicode.Scalar] = []
        wtimeout(window, 0)
        while marks.count < 8 {
            var next: wint_t = 0
            let result = wget_wch(window, &next)
            if result == OK, KeyDecoder.isCombiningMark(next), let scalar = Unicode.Scalar(next) {
                marks.append(scalar)
                continue
            }
            // Not a mark: it is the next key's, put it back.
            if result == OK {
                unget_wch(wchar_t(truncatingIfNeeded: next))
            } else if result == KEY_CODE_YES {
                ungetch(Int32(truncatingIfNeeded: next))
            }
            break
        }
        return KeyDecoder.compose(base, marks: marks)
    }

    // MARK: Output

    /// Sends the cells that differ from the last screen presented (all of them after a resize or at first),
    /// skipping the rows that did not change at all, then updates the terminal once.
    public func present(_ screen: Screen) {
        guard isActive, let window = kh_stdscr() else { return }
        let terminalSize = size
        let last = previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        let full = last == nil || terminalSize != presentedSize
        if full {
            werase(window)
            // After a resize the terminal's contents are not what curses remembers: repaint from a clear screen.
            if presentedSize.width >= 0 { clearok(window, true) }
        }
        let rows = min(screen.height, terminalSize.height)
        let columns = min(screen.width, terminalSize.width)
        let unicode = capabilities.unicode
        screen.cells.withUnsafeBufferPointer { cells in
            let lastCells = last?.cells
            for y in 0..<rows {
                // A row unchanged since the last frame is not looked at again, cell by cell.
                if !full, let last, screen.rowEquals(last, row: y) { continue }
                let rowStart = y * screen.width
                for x in 0..<columns {
                    let index = rowStart + x
                    let cell = cells[index]
                    if cell.isContinuation { continue }
                    if !full, let lastCells, lastCells[index] == cell { continue }
                    let wide = x + 1 < screen.width && cells[index + 1].isContinuation
                    // A wide grapheme cut by a terminal narrower than the screen: its half would wrap.
                    let plan = wide && x + 1 >= columns
                        ? GlyphPlan(scalars: [GlyphPlan.space])
                        : GlyphPlan.make(cell.grapheme, width: wide ? 2 : 1, unicode: unicode,
                                         terminalWidth: { Int(kh_wcwidth($0)) })
                    let rendition = palette.rendition(for: cell.style)
                    draw(plan.scalars, y: y, x: x, rendition)
                    if let next = plan.next, x + 1 < columns { draw([next], y: y, x: x + 1, rendition) }
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = screen
        presentedSize = terminalSize
    }

    private func draw(_ scalars: [UInt32], y: Int, x: Int, _ rendition: CursesPalette.Rendition) {
        let count = min(scalars.count, GlyphPlan.maxScalars)
        for i in 0..<count { glyphBuffer[i] = wchar_t(bitPattern: scalars[i]) }
        glyphBuffer[count] = 0
        // ERR at the bottom-right corner is expected: the character is drawn, the cursor cannot advance.
        _ = glyphBuffer.withUnsafeBufferPointer { buffer in
            kh_put_cell(Int32(y), Int32(x), buffer.baseAddress, rendition.attributes, rendition.pair)
        }
    }

    /// Home and End as tmux, screen, rxvt and the Linux console send them, whatever TERM's entry says
    /// (tmux sends ESC [ 1 ~ for Home even to a program told TERM=xterm-256color).
    private static func defineCommonKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ]
        for (sequence, key) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
    }

    /// A private mode change the terminal understands and curses does not manage.
    static func writeControl(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    private func restoreSignalHandlers() {
        guard handlersInstalled else { return }
        kh_restore_handlers(&savedHandlers)
        handlersInstalled = false
    }
}
