import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// `kehoach copy` underneath: a whole store from SQLite to PostgreSQL and back, every table the same
/// row for row, and a destination that holds data refused with nothing written.
@Suite(.enabled(if: StoreBackend.available.contains(.postgres), "no PostgreSQL server binaries here"))
struct StoreCopyTests {
    let plan = "kon-tum-3785"
    let period = ReportingPeriod(code: "2026-Q4")!

    /// A store with something in every table: a plan with its original file, statuses (one yearly),
    /// an undone edit, a target value, a result, an agency's sections and a setting.
    private func filledSQLite() throws -> (TemporaryDirectory, SQLiteStore) {
        let dir = try TemporaryDirectory()
        let store = try dir.openStore()
        let fixture = PlanFixture()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText,
                                 original: OriginalFile(kind: "docx", digest: String(repeating: "ab", count: 32)), by: "lan")
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .inProgress, progress: 40,
                                          note: "Đã họp lần đầu", basedOnVersion: 0),
                             StatusChange(key: StatusKey(taskCode: "2.1", year: 2025), status: .done,
                                          doneOn: CalendarDate(year: 2025, month: 11, day: 3), basedOnVersion: 0)],
                            planID: plan, by: "lan")
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "1.2"), status: .suspended, basedOnVersion: 0)],
                            planID: plan, by: "minh")
        _ = try store.undoLast(planID: plan, by: "minh")
        try store.recordTargetValue(TargetValue(objectiveIndex: 0, targetIndex: 0, year: 2025, value: 280.5, note: "đợt 1"),
                                    planID: plan, by: "lan")
        let planning = SearchKey.slug("Sở Kế hoạch và Đầu tư")
        _ = try store.saveResult(TaskResult(key: ResultKey(taskCode: "1.1", period: period, agency: planning), role: .lead,
                                            text: "Ký kết 2 thỏa thuận"), planID: plan, by: "lan")
        _ = try store.saveSections(AgencySections(agency: planning, period: period, shortcomings: "Thiếu kinh phí"),
                                   planID: plan, by: "lan")
        try store.setSetting("lastPlan", to: plan)
        return (dir, store)
    }

    @Test func sqliteToPostgresAndBackKeepsEveryRow() throws {
        let (_, sqlite) = try filledSQLite()
        let original = try sqlite.snapshot()
        #expect(StoreTables.all.allSatisfy { (original.rows[$0.name]?.count ?? 0) > 0 }, "the fixture fills every table")

        let server = try PostgresTestServer.shared()
        let postgres = try PostgresStore(info: try server.createDatabase())
        defer { postgres.close() }
        let counts = try StoreCopy.copy(from: sqlite, to: postgres, replacing: false)
        #expect(counts.source == counts.destination)
        #expect(try postgres.snapshot().rows == original.rows)

        // What the store answers is the same, not only the rows.
        #expect(try postgres.statuses(planID: plan) == sqlite.statuses(planID: plan))
        #expect(try postgres.history(planID: plan, taskCode: nil) == sqlite.history(planID: plan, taskCode: nil))
        #expect(try postgres.originalFile(planID: plan) == OriginalFile(kind: "docx", digest: String(repeating: "ab", count: 32)))
        #expect(try postgres.results(planID: plan) == sqlite.results(planID: plan))
        #expect(try postgres.targetValues(planID: plan) == sqlite.targetValues(planID: plan))
        #expect(try postgres.setting("lastPlan") == plan)
        #expect(try postgres.redoLast(planID: plan, by: "minh").records.first?.status == .suspended,
                "the undo copied can be redone")

        // New rows after a copy take ids past the copied ones.
        let before = try postgres.history(planID: plan, taskCode: nil)
        _ = try postgres.apply([StatusChange(key: StatusKey(taskCode: "1.1"), status: .done,
                                             basedOnVersion: try postgres.statuses(planID: plan)[StatusKey(taskCode: "1.1")]!.version)],
                               planID: plan, by: "lan")
        let after = try postgres.history(planID: plan, taskCode: nil)
        #expect(after.count == before.count + 1)
        #expect(after.last!.id > before.map(\.id).max()!)

        // And back into a new SQLite file.
        let back = try TemporaryDirectory()
        let copy = try back.openStore()
        _ = try StoreCopy.copy(from: postgres, to: copy, replacing: false)
        #expect(try copy.snapshot().rows == postgres.snapshot().rows)
        #expect(try copy.history(planID: plan, taskCode: nil) == after)
        #expect(try copy.integrityCheck() == "ok")
    }

    @Test(arguments: StoreBackend.available) func aDestinationWithDataIsRefusedUnlessReplaced(backend: StoreBackend) throws {
        let (_, source) = try filledSQLite()
        let handle = try backend.makeStore()
        let destination = try handle.openStore()
        defer { (destination as? PostgresStore)?.close() }
        var other = PlanFixture()
        other.number = "12/KH-UBND"
        other.title = "Kế hoạch khác đã có ở kho đích"
        let kept = try destination.importPlan(other.plan, sourceText: other.sourceText, by: "ha").planID
        let writer = try #require(destination as? StoreCopying)
        let held = try writer.snapshot()

        #expect(throws: CopyError.destinationNotEmpty(table: "plan", rows: 1)) {
            try StoreCopy.copy(from: source, to: writer, replacing: false)
        }
        #expect(try writer.snapshot().rows == held.rows, "nothing written")

        _ = try StoreCopy.copy(from: source, to: writer, replacing: true)
        #expect(try writer.snapshot().rows == source.snapshot().rows)
        #expect(try destination.plan(id: kept) == nil)
    }

    /// Rows are read and written a batch at a time, in key order: batches of one and of two rows (keys of
    /// one column and of several) copy the same rows as one batch for everything.
    @Test(arguments: [1, 2]) func batchesCopyEveryRow(batchSize: Int) throws {
        let (_, source) = try filledSQLite()
        let back = try TemporaryDirectory()
        let copy = try back.openStore()
        let counts = try StoreCopy.copy(from: source, to: copy, replacing: false, batchSize: batchSize)
        #expect(counts.source == counts.destination)
        #expect(try copy.snapshot() == source.snapshot())
        if StoreBackend.available.contains(.postgres) {
            let postgres = try PostgresStore(info: try PostgresTestServer.shared().createDatabase())
            defer { postgres.close() }
            _ = try StoreCopy.copy(from: copy, to: postgres, replacing: false, batchSize: batchSize)
            #expect(try postgres.snapshot() == source.snapshot())
        }
    }

    @Test func aStoreIsNotCopiedOntoItself() throws {
        let (_, store) = try filledSQLite()
        #expect(throws: CopyError.sameStore) { try StoreCopy.copy(from: store, to: store, replacing: true) }
    }
}
