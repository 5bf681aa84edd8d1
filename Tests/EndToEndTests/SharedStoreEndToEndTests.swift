import Foundation
import Testing
import TestServers

/// Issue 13 in tmux: two dashboards on one PostgreSQL store. An edit in one shows in the other within a
/// second (heard through NOTIFY); the server stopped, both say offline and refuse edits; started again,
/// both recover and hear each other again.
@Suite(.serialized, .enabled(if: ThrowawayPostgres.binaries != nil || !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty,
                           "no PostgreSQL server binaries here"))
struct SharedStoreEndToEndTests {
    static let plan = "thai-nguyen"

    static func dashboard(_ url: String, user: String) throws -> TmuxSession {
        try TmuxSession(arguments: ["--db", url, "--as", user, "--as-of", "2026-11-23", "--plan", plan], width: 100, height: 30)
    }

    /// The offline mark, or a failure that says what the server was doing meanwhile.
    static func waitOffline(_ session: TmuxSession, _ server: ThrowawayPostgres, timeout: Duration = .seconds(30)) async throws {
        do {
            try await session.waitFor("MẤT KẾT NỐI", timeout: timeout)
        } catch {
            throw ThrowawayPostgres.Failure(description: "\(error)\n\(server.diagnosis)")
        }
    }

    @Test func twoDashboardsOnOneServerSeeEachOtherAndSurviveARestart() async throws {
        let server = try ThrowawayPostgres(superuser: "kehoach_e2e")
        defer { server.remove() }
        let secretary = try Self.dashboard(server.url(), user: "thu-ky")
        // The first dashboard imports the bundled plans; the second opens the store once they are in.
        try await secretary.waitForSettled("3.1", timeout: .seconds(30))
        let chair = try Self.dashboard(server.url(), user: "chu-tich")
        try await chair.waitForSettled("3.1", timeout: .seconds(30))

        try secretary.sendText("j")
        try secretary.sendText("d")
        try await secretary.waitFor("Đã lưu 1.1: Đã hoàn thành", timeout: .seconds(10))
        // Waited for, with a deadline of one second from the save being shown: not a measurement.
        try await chair.waitFor("thu-ky vừa sửa 1.1: Đã hoàn thành", timeout: .seconds(1))

        try server.stop()
        try await Self.waitOffline(secretary, server)
        try await Self.waitOffline(chair, server)
        // An edit meanwhile is refused, never queued.
        try chair.sendText("j")
        try chair.sendText("i")
        // (Its refusal is said at once, then the offline mark takes the status bar back on the next poll.)
        try await chair.waitFor("MẤT KẾT NỐI", timeout: .seconds(10))

        try server.start()
        try await secretary.waitFor("Đã kết nối lại", timeout: .seconds(15))
        try await chair.waitFor("Đã kết nối lại", timeout: .seconds(15))
        // Live again: the chair's edit now reaches the secretary. The refused one was not written.
        try chair.sendText("i")
        try await chair.waitFor("Đã lưu 1.1: Đang thực hiện", timeout: .seconds(10))
        try await secretary.waitFor("chu-tich vừa sửa 1.1: Đang thực hiện", timeout: .seconds(5))
        let history = try Binary.kehoach(["history", Self.plan, "1.1", "--db", server.url(), "--lang", "en"])
        #expect(history.stdout.components(separatedBy: "chu-tich").count == 2, "one edit of the chair's, none queued: \(history.stdout)")

        try secretary.sendText("q")
        try chair.sendText("q")
        #expect(try await secretary.exitCode() == 0)
        #expect(try await chair.exitCode() == 0)
    }

    /// A hung server (or a network dropped without a word) keeps the socket open: the dashboard finds it by
    /// its unanswered ping, says offline, keeps answering keys meanwhile, and recovers when the server does.
    @Test func aHungServerIsSaidOfflineAndTheDashboardStillAnswers() async throws {
        let server = try ThrowawayPostgres(superuser: "kehoach_e2e")
        defer { server.remove() }
        let session = try Self.dashboard(server.url(), user: "thu-ky")
        try await session.waitForSettled("3.1", timeout: .seconds(30))

        try server.freeze(true)
        var thawed = false
        defer { if !thawed { try? server.freeze(false) } }
        try await Self.waitOffline(session, server)
        // Keys still move the cursor: nothing waits on the frozen server.
        try session.sendText("j")
        try await session.waitFor("1.1 Tiến hành khảo sát, đánh giá chi tiết hạ tầng hiện có", timeout: .seconds(5))

        try server.freeze(false)
        thawed = true
        try await session.waitFor("Đã kết nối lại", timeout: .seconds(30))
        try session.sendText("i")
        try await session.waitFor("Đã lưu 1.1: Đang thực hiện", timeout: .seconds(10))
        try session.sendText("q")
        #expect(try await session.exitCode() == 0)
    }
}
