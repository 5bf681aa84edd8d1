import Foundation
import Testing

/// The curses edge in a real terminal, through the hidden `kehoach dev terminal-check` screen.
/// Each test has its own tmux server.
@Suite("Terminal edge in tmux", .enabled(if: TmuxSession.shouldRun, "tmux is not installed (set CI to make this a failure)"),
       .timeLimit(.minutes(5)))
struct TerminalCheckTests {
    static let arguments = ["dev", "terminal-check"]
    static let office = "Sở Kế hoạch và Đầu tư"

    @Test func vietnameseAndWideTextAreSpelledRightAndAligned() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        let lines = try await tmux.waitForSettled("size: 100x30")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.contains("│ \(Self.office) ") })
        #expect(lines.contains { $0.contains("│ 中文 wide ") })
        // Every row ends on the box's right edge: wide characters took two columns, no more, no less.
        for line in lines.prefix(30) {
            #expect(columns(of: trimmedRight(line)) == 100, "row is not 100 columns: \(line)")
        }
        #expect(lines.first?.hasPrefix("┌─ kehoach terminal check ─") == true)
        #expect(lines.first?.hasSuffix("┐") == true)
        #expect(lines[29].hasPrefix("└") && lines[29].hasSuffix("┘"))
    }

    @Test func controlCharacterInDataIsShownNeverSent() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitForSettled("size: 100x30")
        #expect(try tmux.capture().contains("data: ␛[31mred␛[0m"))
        let styled = try tmux.lines(escapes: true).first { $0.contains("data:") } ?? ""
        #expect(!styled.contains("\u{1B}[31m"), "the data's escape sequence reached the terminal: \(styled)")
    }

    @Test func unsetLangStillShowsVietnamese() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments, unsetLang: true)
        let screen = try await tmux.waitForSettled("size: 100x30")
        #expect(screen.contains(Self.office))
        #expect(screen.contains("unicode: yes"))
    }

    @Test func namedKeysAreDecoded() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitFor("key: none")
        let keys: [(tmux: String, shown: String)] = [
            ("Up", "up"), ("Down", "down"), ("Left", "left"), ("Right", "right"),
            ("NPage", "pageDown"), ("PPage", "pageUp"), ("Home", "home"), ("End", "end"),
            ("Tab", "tab"), ("BTab", "backTab"), ("Enter", "enter"), ("BSpace", "backspace"), ("DC", "delete"),
            ("F1", "F1"), ("F5", "F5"), ("F12", "F12"), ("C-r", "ctrl(r)"), ("Escape", "escape"), ("x", "char(x)"),
        ]
        for key in keys {
            try tmux.sendKeys(key.tmux)
            try await tmux.waitFor("key: \(key.shown) ", timeout: .seconds(5))
        }
    }

    @Test func unknownEscapeSequenceIsDroppedWhole() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitFor("key: none (keys: 0)")
        // A key the terminfo entry does not know: none of its bytes may act as a key.
        try tmux.sendText("\u{1B}[99;5~")
        try tmux.sendText("z")
        try await tmux.waitFor("key: char(z) (keys: 1)")
        // Alt-x arrives as Esc then x: two keys.
        try tmux.sendKeys("M-x")
        try await tmux.waitFor("key: char(x) (keys: 3)")
    }

    @Test func vietnameseLetterTypedIsOneCharacter() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitFor("key: none")
        try tmux.sendText("ế")
        try await tmux.waitFor("key: char(ế) ")
        try tmux.sendText("Đ")
        try await tmux.waitFor("key: char(Đ) ")
    }

    @Test func decomposedLetterArrivesComposed() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitFor("key: none")
        // e, combining circumflex, combining acute: as some input methods and pastes send it.
        try tmux.sendText("e\u{0302}\u{0301}")
        let screen = try await tmux.waitForSettled("key: char(")
        #expect(screen.contains("key: char(\u{1EBF}) "), "expected one precomposed ế")
    }

    @Test func resizeRedrawsWithoutLeftovers() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        let before = try await tmux.waitForSettled("size: 100x30")

        try tmux.resize(width: 70, height: 20)
        let small = try await tmux.waitForSettled("size: 70x20")
        let rows = small.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.first?.hasPrefix("┌") == true && rows.first?.hasSuffix("┐") == true)
        #expect(rows[19].hasPrefix("└") && rows[19].hasSuffix("┘"))
        for row in rows.prefix(20) {
            #expect(columns(of: trimmedRight(row)) == 70, "row is not 70 columns: \(row)")
        }
        #expect(!small.contains("100x30"))

        try tmux.resize(width: 100, height: 30)
        let after = try await tmux.waitForSettled("size: 100x30")
        #expect(after == before, "the screen differs after growing back:\n\(after)")
    }

    @Test func quitLeavesTheShellUsable() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitFor("key: none")
        try tmux.sendKeys("q")
        #expect(try await tmux.exitCode() == 0)
        try await tmux.expectShellUsable()
        // The alternate screen is gone: the dashboard's text no longer shows.
        #expect(!(try tmux.capture()).contains(Self.office))
    }

    @Test func ctrlCQuitsWith130AndRestores() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitFor("key: none")
        try tmux.sendKeys("C-c")
        #expect(try await tmux.exitCode() == 130)
        try await tmux.expectShellUsable()
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130))])
    func signalRestoresTheTerminal(signal: Int32, expected: Int32) async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        let screen = try await tmux.waitForSettled("pid: ")
        let pid = try #require(Self.pid(in: screen))
        #expect(kill(pid, signal) == 0)
        #expect(try await tmux.exitCode() == expected)
        try await tmux.expectShellUsable()
        #expect(!(try tmux.capture()).contains(Self.office))
    }

    @Test func coloursGiveTheSelectedRowABackground() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments)
        try await tmux.waitForSettled("colors: yes")
        let selected = try tmux.lines(escapes: true).first { $0.contains("selected row") } ?? ""
        #expect(selected.contains("\u{1B}[44m"), "no blue background on the selected row: \(selected)")
    }

    @Test func noColorFallsBackToAttributes() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments, environment: ["NO_COLOR": "1"])
        try await tmux.waitForSettled("colors: no")
        let styled = try tmux.capture(escapes: true)
        let selected = styled.split(separator: "\n").first { $0.contains("selected row") } ?? ""
        #expect(selected.contains("\u{1B}[7m"), "the selected row is not in reverse video: \(selected)")
        for code in 30...47 where code != 39 {
            #expect(!styled.contains("\u{1B}[\(code)m"), "a colour (SGR \(code)) was sent despite NO_COLOR")
        }
    }

    @Test func asciiModeDrawsOnlyAscii() async throws {
        let tmux = try TmuxSession(arguments: Self.arguments + ["--ascii"])
        let screen = try await tmux.waitForSettled("unicode: no")
        #expect(screen.contains("| So Ke hoach va Dau tu "))
        #expect(screen.contains("| ???? wide "))
        #expect(screen.hasPrefix("+- kehoach terminal check -"))
        let allASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII, "non-ASCII output in ASCII mode")
    }

    static func pid(in screen: String) -> pid_t? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: "pid: ") else { continue }
            return pid_t(line[range.upperBound...].prefix { $0.isNumber })
        }
        return nil
    }
}

/// Columns a captured line takes in the terminal: CJK ideographs take two.
func columns(of line: String) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
        switch scalar.value {
        case 0x0300...0x036F: return total  // combining marks (captures are NFC, but be safe)
        case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFF60: return total + 2
        default: return total + 1
        }
    }
}

func trimmedRight(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}
