import Foundation
import Testing

/// The comforts through the real binary in tmux: a long paste into the note editor, Ctrl-Z and `fg`,
/// and the `:` line's completion.
@Suite("Comforts in tmux", .enabled(if: TmuxSession.shouldRun, "tmux is not installed (set CI to make this a failure)"),
       .timeLimit(.minutes(5)))
struct ComfortEndToEndTests {
    static func sqlite(_ db: URL, _ sql: String) throws -> String {
        try Binary.run("/usr/bin/sqlite3", [db.path, sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// 10,000 characters with letters that are keys elsewhere (q quits, d marks done, : opens the command
    /// line): pasted into the note editor they are text, stored whole, and no key runs.
    @Test func aLongPasteIntoTheNoteIsStoredWholeAndRunsNoKey() async throws {
        let (tmux, dir) = try DashboardEndToEndTests.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("j")
        try tmux.sendText("c")
        try await tmux.waitFor("Ghi chú 1.1:")
        let piece = "Đã họp: d q : ? 1 2 [ ] "  // 24 characters
        let note = String(String(repeating: piece, count: 417).prefix(10_000) + "HẾT")
        let clock = ContinuousClock()
        let start = clock.now
        try tmux.paste(note)
        try await tmux.waitFor("HẾT", timeout: .seconds(5))
        let shown = clock.now - start
        try tmux.sendKeys("C-s")
        try await tmux.waitFor("Đã lưu 1.1")
        let db = dir.appendingPathComponent("kehoach.sqlite")
        let stored = try Self.sqlite(db, "SELECT note FROM status WHERE task_code = '1.1'")
        #expect(stored == note.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces))
        // Nothing but the note changed: no status key ran, the dashboard is still open on the tasks.
        #expect(try Self.sqlite(db, "SELECT status FROM status WHERE task_code = '1.1'") == "not-started")
        #expect(try Self.sqlite(db, "SELECT count(*) FROM status") == "1")
        let screen = try tmux.capture()
        #expect(screen.contains("TT  Nhiệm vụ") && !screen.contains("EXIT="))
        // A figure, not an assertion: under a loaded machine the wall clock says nothing (benchmarks measure speed).
        print("FIGURE 10,000-character paste into the note editor, shown in: \(shown)")
    }

    @Test func ctrlZSuspendsAndFgRedraws() async throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try TmuxSession(arguments: ["--db", dir.appendingPathComponent("kehoach.sqlite").path,
                                               "--as-of", "2026-11-23"], fromInteractiveShell: true)
        try await tmux.waitForSettled("3.1")
        try tmux.sendKeys("C-z")
        // Back at the shell, the dashboard stopped as a job.
        try await tmux.waitUntil("the shell is back") { !$0.contains("TT  Nhiệm vụ") && $0.contains(TmuxSession.shellPrompt.dropLast()) }
        try tmux.sendText("fg")
        try tmux.sendKeys("Enter")
        let screen = try await tmux.waitForSettled("3.1")
        #expect(screen.contains("TT  Nhiệm vụ") && screen.contains("Ngày xét: 23/11/2026"))
        // And it still takes keys.
        try tmux.sendText("1")
        try await tmux.waitFor("Mục tiêu tổng quát")
        try tmux.sendText("q")
        try await tmux.waitUntil("the dashboard ended") { !$0.contains("1 Mục tiêu") && $0.contains("shell>") }
        try tmux.sendText("echo EXIT=$?")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("EXIT=0")
    }

    /// With --mouse, mouse reporting is off while the dashboard is stopped (the shell gets plain clicks and
    /// text selection), and on again after `fg`.
    @Test func mouseReportingIsOffDuringCtrlZ() async throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try TmuxSession(arguments: ["--db", dir.appendingPathComponent("kehoach.sqlite").path,
                                               "--as-of", "2026-11-23", "--mouse"], fromInteractiveShell: true)
        try await tmux.waitForSettled("3.1")
        #expect(try tmux.paneFormat("#{mouse_any_flag}") == "1")
        try tmux.sendKeys("C-z")
        try await tmux.waitUntil("the shell is back") { !$0.contains("TT  Nhiệm vụ") && $0.contains(TmuxSession.shellPrompt.dropLast()) }
        #expect(try tmux.paneFormat("#{mouse_any_flag}") == "0")
        try tmux.sendText("fg")
        try tmux.sendKeys("Enter")
        try await tmux.waitForSettled("3.1")
        try await tmux.waitUntil("mouse reporting is back") { _ in (try? tmux.paneFormat("#{mouse_any_flag}")) == "1" }
        try tmux.sendText("q")
        try await tmux.waitUntil("the dashboard ended") { !$0.contains("TT  Nhiệm vụ") && $0.contains("shell>") }
        #expect(try tmux.paneFormat("#{mouse_any_flag}") == "0")
    }

    @Test func colonCompletesCommandNames() async throws {
        let (tmux, dir) = try DashboardEndToEndTests.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText(":zoom-")
        let palette = try await tmux.waitFor("zoom-out")
        #expect(palette.contains("zoom-in"))
        try tmux.sendKeys("Tab")
        try await tmux.waitFor(":zoom-in")
        try tmux.sendKeys("C-u")
        try tmux.sendText("hel")
        try tmux.sendKeys("Tab")
        try await tmux.waitFor(":help")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Phím tắt")
    }

    /// Ctrl-G in the note editor hands the note to $EDITOR (here a script that writes two lines), the
    /// terminal suspended meanwhile; the text comes back into the editor, its line break kept, and Ctrl-S stores it.
    @Test func editorEditsTheNote() async throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("editor.sh")
        try "#!/bin/sh\nprintf 'Đã gửi công văn\\nsố 12/SKHĐT\\n' > \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("kehoach.sqlite")
        // Read by the shell, not executed: a script just written can be refused as busy (ETXTBSY) while a
        // process forked meanwhile by a test beside this one still holds it open for writing. The editor
        // command goes through the shell, so an editor with arguments is what users write too.
        let tmux = try TmuxSession(arguments: ["--db", db.path, "--as-of", "2026-11-23"],
                                   environment: ["EDITOR": "/bin/sh " + script.path, "VISUAL": ""])
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("jc")
        try await tmux.waitFor("Ghi chú 1.1:")
        try tmux.sendKeys("C-g")
        try await tmux.waitFor("số 12/SKHĐT")
        let screen = try tmux.capture()
        #expect(screen.contains("Đã gửi công văn") && !screen.contains("Đã gửi công văn số 12"), "two lines in the editor")
        try tmux.sendKeys("C-s")
        try await tmux.waitFor("Đã lưu 1.1")
        #expect(try Self.sqlite(db, "SELECT hex(note) FROM status WHERE task_code = '1.1'")
                == "Đã gửi công văn\nsố 12/SKHĐT".utf8.map { String(format: "%02X", $0) }.joined())
        #expect(try tmux.capture().contains("TT  Nhiệm vụ"), "the dashboard is back, redrawn")
    }

    /// With --mouse, a click (sent as the terminal sends it, SGR 1006) selects a row and a tab.
    @Test func aMouseClickSelectsARowAndATab() async throws {
        let (tmux, dir) = try DashboardEndToEndTests.start(extra: ["--mouse"])
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        // Row 7 of the screen (1-based) is task 1.3: tabs, info line, header, group 1, 1.1, 1.2, 1.3.
        try tmux.sendText("\u{1B}[<0;6;7M\u{1B}[<0;6;7m")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Nhiệm vụ 1.3")
        try tmux.sendKeys("Escape")
        // The third tab, "3 Cơ quan", starts after " 1 Mục tiêu  " and " 2 Nhiệm vụ  ".
        try tmux.sendText("\u{1B}[<0;30;1M\u{1B}[<0;30;1m")
        try await tmux.waitFor("Sở Thông tin và Truyền thông")
    }
}
