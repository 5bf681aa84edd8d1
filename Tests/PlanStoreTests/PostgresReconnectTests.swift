import Foundation
import Testing
import PlanKit
@testable import PlanStore
import PostgresNIO

/// A server restart: the store says it is offline, refuses edits meanwhile, and recovers by itself.
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct PostgresReconnectTests {
    @Test func aRestartIsSurvivedWithEditsRefusedMeanwhile() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.remove() }
        let info = try server.createDatabase()
        let store = try PostgresStore(info: info)
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        let key = StatusKey(taskCode: "1.1")
        _ = try store.apply([StatusChange(key: key, status: .inProgress, basedOnVersion: 0)], planID: "kon-tum-3785", by: "lan")
        #expect(store.isOnline)

        try server.stop()
        #expect(try eventually { !store.isOnline })
        // Never queued: the edit fails now and is not written later.
        #expect(throws: StoreError.self) {
            _ = try store.apply([StatusChange(key: key, status: .done, basedOnVersion: 1)], planID: "kon-tum-3785", by: "lan")
        }
        #expect(throws: StoreError.self) { _ = try store.changeToken() }

        try server.start()
        // The change token never waits on the server: it reconnects in the background.
        #expect(try eventually(within: 20) { (try? store.changeToken()) != nil })
        let before = try store.changeToken()
        #expect(store.isOnline)
        #expect(try store.statuses(planID: "kon-tum-3785")[key]?.status == .inProgress)
        _ = try store.apply([StatusChange(key: key, status: .done, basedOnVersion: 1)], planID: "kon-tum-3785", by: "lan")
        #expect(try store.changeToken() != before)
        #expect(try store.history(planID: "kon-tum-3785", taskCode: "1.1").count == 2)
    }

    /// A hung server (or a dropped network) keeps the socket open and never answers: the change token
    /// finds it by pinging an idle connection, says offline without waiting on it, and recovers once the
    /// server answers again.
    @Test func aHungServerIsFoundByItsUnansweredPing() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.remove() }
        let store = try PostgresStore(info: try server.createDatabase())
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        #expect((try? store.changeToken()) != nil)

        try server.freeze(true)
        var thawed = false
        defer { if !thawed { try? server.freeze(false) } }
        // Without the ping this never happens: the socket stays open.
        #expect(try eventually(within: 30) { (try? store.changeToken()) == nil })
        #expect(!store.isOnline)

        try server.freeze(false)
        thawed = true
        #expect(try eventually(within: 30) { (try? store.changeToken()) != nil })
        let key = StatusKey(taskCode: "1.1")
        _ = try store.apply([StatusChange(key: key, status: .done, basedOnVersion: 0)], planID: "kon-tum-3785", by: "lan")
        #expect(try store.statuses(planID: "kon-tum-3785")[key]?.status == .done)
    }
}

/// Closing a store whose reconnection is under way: whatever finishes after `close()` is closed too, and
/// nothing asks the store afterwards can open a connection again.
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct PostgresCloseTests {
    @Test func aReconnectionUnderWayDoesNotOutliveClose() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.remove() }
        let info = try server.createDatabase()
        func connections() throws -> Int {
            Int(try server.psql("SELECT count(*) FROM pg_stat_activity WHERE datname = '\(info.database)'",
                                database: "postgres").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let store = try PostgresStore(info: info)
        #expect(try connections() == 1)

        try server.freeze(true)
        var thawed = false
        defer { if !thawed { try? server.freeze(false) } }
        // Offline once the ping goes unanswered; the change token then reconnects in the background.
        #expect(try eventually(within: 30) { (try? store.changeToken()) == nil })
        _ = try? store.changeToken()
        store.close()
        try server.freeze(false)
        thawed = true

        // A dashboard still polling a closed store: it stays offline and connects nowhere.
        for _ in 0..<20 {
            #expect(throws: StoreError.self) { _ = try store.changeToken() }
            Thread.sleep(forTimeInterval: 0.25)
        }
        #expect(throws: StoreError.self) { _ = try store.plans() }
        // A connection that the frozen server accepted late is closed as soon as it arrives.
        #expect(try eventually(within: 10) { try connections() == 0 })
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try connections() == 0)
        withExtendedLifetime(store) {}
    }
}

/// A statement's wait ends with its connection: an answer that will never come (a query sent as the server
/// closed the connection, seen to hang the dashboard under load) is given up as soon as the connection is closed.
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct PostgresStatementWaitTests {
    @Test func aWaitOnAClosedConnectionEnds() throws {
        let server = try PostgresTestServer.shared()
        let info = try server.createDatabase()
        let configuration = PostgresConnection.Configuration(host: info.host, port: info.port, username: info.user,
                                                             password: nil, database: info.database, tls: .disable)
        let connection = try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(),
                                                        configuration: configuration, id: 7, logger: Logger(label: "test")).wait()
        // An answer that comes: returned.
        let rows = try connection.query("SELECT 41 + 1", logger: Logger(label: "test")).waitWhileOpen(connection)
        #expect(try rows.first?.makeRandomAccess()[0].decode(Int.self) == 42)

        let never = connection.eventLoop.makePromise(of: Int.self)
        try connection.close().wait()
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: PostgresConnectionLost.self) { _ = try never.futureResult.waitWhileOpen(connection) }
        #expect(clock.now - start < .seconds(5), "given up with the connection, not waited on for ever")
        never.succeed(0)
    }
}
