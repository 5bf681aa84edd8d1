import Foundation
import Testing

/// The objectives, agencies and timeline panes in the real binary in tmux: switch, move, act, go back.
@Suite("Panes in tmux", .enabled(if: TmuxSession.shouldRun, "tmux is not installed (set CI to make this a failure)"),
       .timeLimit(.minutes(5)))
struct PanesEndToEndTests {
    static func start(width: Int = 100, height: Int = 30) throws -> (TmuxSession, URL) {
        try DashboardEndToEndTests.start(width: width, height: height)
    }

    @Test func objectivesPaneRecordsATargetValue() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("1")
        try await tmux.waitFor("Mục tiêu · 10 · 5 chỉ tiêu")
        // Down to the 300 target: the general heading and objectives, the 2030 heading and its rows before it.
        try tmux.sendText("jjjjjjjjjjj")
        try await tmux.waitFor("“khoảng 300 nhân lực”")
        try tmux.sendText("e")
        try await tmux.waitFor("Giá trị thực hiện (năm giá trị): 2026")
        try tmux.sendKeys("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.sendText("2025 280")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("2025: 280 / ~300 · 93%")
        try tmux.sendText("2")
        try await tmux.waitFor("TT  Nhiệm vụ")
    }

    @Test func agenciesPaneGraphDetailAndFilter() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("3")
        try await tmux.waitFor("Cơ quan · 21")
        try tmux.sendText("/so thong tin")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Chủ trì 5 · Phối hợp 3")
        try tmux.sendText("l")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Nhiệm vụ 1.1")
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the graph again") { !$0.contains("Nhiệm vụ 1.1 ") && $0.contains("Chủ trì 5") }
        try tmux.sendText("m")
        try await tmux.waitFor("Ma trận trách nhiệm")
        try tmux.sendText("mh")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Nhiệm vụ của Sở Thông tin và Truyền thông")
    }

    @Test func timelineZoomScrollDetailAndBack() async throws {
        let (tmux, dir) = try Self.start()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await tmux.waitForSettled("3.1")
        try tmux.sendText("4")
        try await tmux.waitFor("Nhóm theo cơ quan chủ trì")
        try tmux.sendText("+")
        try await tmux.waitFor("Thang: quý")
        try tmux.sendText("t")
        try tmux.sendKeys("Right")
        try tmux.sendText("-")
        try await tmux.waitFor("Thang: năm")
        try tmux.sendText("g")
        try await tmux.waitFor("Nhóm theo nhóm nhiệm vụ")
        try tmux.sendText("j")
        // The first task of group 1 by deadline: 1.2, due at the end of 2025.
        try await tmux.waitFor("1.2: Năm 2025")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Nhiệm vụ 1.2")
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the timeline again") { !$0.contains("Nhiệm vụ 1.2 ") && $0.contains("Thang: năm") }
    }
}
