import Foundation
import Testing

/// The real dashboard in a real terminal: a fresh store per test (the bundled plans are imported on first
/// run), each test in its own tmux server.
@Suite("Dashboard in tmux", .enabled(if: TmuxSession.shouldRun, "tmux is not installed (set CI to make this a failure)"),
       .timeLimit(.minutes(5)))
struct DashboardEndToEndTests {
    /// A dashboard on a new store in a temporary directory, judged as of the date.
    static func start(width: Int = 100, height: Int = 30, unsetLang: Bool = false,
                      extra: [String] = []) throws -> (TmuxSession, URL) {
        let dir = try Binary.temporaryDirectory()
        let arguments = ["--db", dir.appendingPathComponent("kehoach.sqlite").path, "--as-of", "2026-11-23"] + extra
        return (try TmuxSession(arguments: arguments, width: width, height: height, unsetLang: unsetLang), dir)
    }

    @Test func opensOnTheFirstBundledPlanWithVietnameseSpelledRight() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        let screen = try await tmux.waitForSettled("3.1")
        for code in ["1.1", "1.2", "2.2", "3.4", "4.2"] { #expect(screen.contains("\(code) "), "task \(code) is not shown") }
        // The lead is abbreviated so that the task text gets the room; the group title is spelled in full.
        #expect(screen.contains("Sở KH&ĐT") && screen.contains("Khảo sát, đánh giá tiềm năng"))
        #expect(screen.contains("Ngày xét: 23/11/2026"))
        #expect(screen.contains("Báo cáo: 10/12/2026"))
    }

    @Test func keysMoveAndSwitchPanes() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("1")
        try await tmux.waitFor("Mục tiêu tổng quát")
        try tmux.sendKeys("Tab")
        try await tmux.waitFor("3.1")
        try tmux.sendText("3")
        try await tmux.waitFor("Sở Thông tin và Truyền thông")
        try tmux.sendKeys("BTab")
        try await tmux.waitFor("TT  Nhiệm vụ")
        try tmux.sendText("jjj")
        try tmux.sendKeys("Enter")
        // Three rows down from the first group row is task 1.3, whose detail names its lead in full.
        let detail = try await tmux.waitUntil("the detail of task 1.3") {
            $0.contains("Nhiệm vụ 1.3") && $0.contains("Thời gian thực hiện")
        }
        #expect(detail.contains("Sở Tài nguyên và Môi trường"))
        try tmux.sendKeys("Escape")
        try await tmux.waitFor("4.2 ")
    }

    @Test func helpListsTheKeys() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("?")
        let help = try await tmux.waitFor("Phím tắt")
        #expect(help.contains("Esc hoặc ? để đóng"))
        #expect(help.contains("thoát"))
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the help closed") { !$0.contains("Phím tắt") && $0.contains("3.1 ") }
    }

    @Test func resizeRedrawsWithoutLeftovers() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try await tmux.waitForSettled("3.1")
        try tmux.resize(width: 70, height: 20)
        let small = try await tmux.waitUntil("the 70-column layout") { !$0.contains("Phối hợp") && $0.contains("1.1") }
        #expect(small.split(separator: "\n").count <= 20)
        try tmux.resize(width: 100, height: 30)
        // Back at full size the screen is exactly what it was: nothing of the small layout is left.
        try await tmux.waitUntil("the first screen again", timeout: .seconds(5)) { $0 == before }
    }

    @Test func unsetLangStillShowsVietnamese() async throws {
        let (tmux, dir) = try Self.start(unsetLang: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let screen = try await tmux.waitForSettled("3.1")
        // The lead is abbreviated so that the task text gets the room; the group title is spelled in full.
        #expect(screen.contains("Sở KH&ĐT") && screen.contains("Khảo sát, đánh giá tiềm năng"))
        #expect(screen.contains("Nhiệm vụ"))
    }

    @Test func quitLeavesTheShellUsableWithExitCodeZero() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("q")
        #expect(try await tmux.exitCode() == 0)
        try await tmux.expectShellUsable()
    }

    @Test func tooSmallSaysTheSizeNeeded() async throws {
        let (tmux, dir) = try Self.start(width: 50, height: 12)
        defer { try? FileManager.default.removeItem(at: dir) }
        let screen = try await tmux.waitForSettled("60×15")
        #expect(!screen.contains("3.1 "))
        try tmux.resize(width: 100, height: 30)
        try await tmux.waitForSettled("3.1")
    }
}
