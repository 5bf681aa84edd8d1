import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// A server restart: the store says it is offline, refuses edits meanwhile, and recovers by itself.
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct PostgresReconnectTests {
    @Test func aRestartIsSurvivedWithEditsRefusedMeanwhile() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.stop() }
        let info = try server.createDatabase()
        let store = try PostgresStore(info: info)
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan")
        let key = StatusKey(taskCode: "1.1")
        _ = try store.apply([StatusChange(key: key, status: .inProgress, basedOnVersion: 0)], planID: "kon-tum-3785", by: "lan")
        #expect(store.isOnline)

        try server.stopOnly()
        #expect(try eventually { !store.isOnline })
        // Never queued: the edit fails now and is not written later.
        #expect(throws: StoreError.self) {
            _ = try store.apply([StatusChange(key: key, status: .done, basedOnVersion: 1)], planID: "kon-tum-3785", by: "lan")
        }
        #expect(throws: StoreError.self) { _ = try store.changeToken() }

        try server.startAgain()
        let before = try store.changeToken()
        #expect(store.isOnline)
        #expect(try store.statuses(planID: "kon-tum-3785")[key]?.status == .inProgress)
        _ = try store.apply([StatusChange(key: key, status: .done, basedOnVersion: 1)], planID: "kon-tum-3785", by: "lan")
        #expect(try store.changeToken() != before)
        #expect(try store.history(planID: "kon-tum-3785", taskCode: "1.1").count == 2)
    }
}
