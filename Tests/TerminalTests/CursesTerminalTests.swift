import Dashboard
import Testing
@testable import Terminal

/// What can be checked without taking over a terminal (a test must never start curses on the
/// developer's own terminal: the end-to-end tests do that in tmux).
@Suite struct CursesTerminalTests {
    @Test func aTerminalNotStartedIsInert() {
        let terminal = CursesTerminal(environment: [:])
        #expect(!terminal.isActive)
        #expect(terminal.size == (0, 0))
        #expect(terminal.nextKey(timeoutMilliseconds: 0) == nil)
        terminal.present(Screen(width: 3, height: 1))
        terminal.stop()
        terminal.stop()
        #expect(!terminal.isActive)
    }

    @Test func errorsSayWhatToDo() {
        #expect(TerminalError.notATerminal.description.contains("terminal"))
        #expect(TerminalError.cannotOpen(term: "").description.contains("TERM=unset"))
        #expect(TerminalError.cannotOpen(term: "vt999").description.contains("TERM=vt999"))
    }
}
