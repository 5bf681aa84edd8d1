import Foundation
import GRDB
import Testing
import PlanKit
@testable import PlanStore

/// Issue 17: another program's database, a newer kehoach's store, modes, a failed create, $HOME, and
/// `status set` reading and writing in one transaction.
@Suite struct StoreGuardTests {
    static func sqlite(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    @Test func newStoreIsMarkedWithApplicationIDAndSchema() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.openStore()
        let queue = try DatabaseQueue(path: dir.databasePath)
        let (id, version) = try queue.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(id == StoreGuard.applicationID)
        #expect(version == SQLiteSchema.migrator.migrations.count)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndUntouched() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/other.db"
        try Self.sqlite(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Lan')")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.foreignDatabase(path: path)) { _ = try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // Marked by another application: refused even when empty of tables.
        let marked = dir.path + "/marked.db"
        try Self.sqlite(marked, "PRAGMA application_id = 1234")
        #expect(throws: StoreError.foreignDatabase(path: marked)) { _ = try SQLiteStore(path: marked) }
    }

    @Test func aStoreFromBeforeTheMarkIsKeptAndMarked() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.openStore()
        try Self.sqlite(dir.databasePath, "PRAGMA application_id = 0; PRAGMA user_version = 0")
        _ = try dir.openStore()
        let id = try DatabaseQueue(path: dir.databasePath).read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(id == StoreGuard.applicationID)
    }

    @Test func newerSchemaIsRefusedByNumberAndByMigration() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.openStore()
        let known = SQLiteSchema.migrator.migrations.count
        try Self.sqlite(dir.databasePath, "PRAGMA user_version = \(known + 3)")
        #expect(throws: StoreError.newerSchema(path: dir.databasePath, schema: known + 3)) { _ = try dir.openStore() }
        try Self.sqlite(dir.databasePath, """
            PRAGMA user_version = \(known);
            INSERT INTO grdb_migrations(identifier) VALUES ('v99: something a later kehoach added')
            """)
        #expect(throws: StoreError.newerSchema(path: dir.databasePath, schema: known + 1)) { _ = try dir.openStore() }
    }

    @Test func emptyFileGetsPrivateMode() throws {
        let dir = try TemporaryDirectory()
        _ = FileManager.default.createFile(atPath: dir.databasePath, contents: Data(), attributes: [.posixPermissions: 0o644])
        _ = try dir.openStore()
        let mode = try FileManager.default.attributesOfItem(atPath: dir.databasePath)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func failedCreateLeavesNothing() throws {
        let dir = try TemporaryDirectory()
        // A file whose SQLite header is wrong makes the open fail after the create: a directory named
        // like the -wal file SQLite must create stops WAL mode on a new store.
        try FileManager.default.createDirectory(atPath: dir.databasePath + "-wal", withIntermediateDirectories: false)
        #expect(throws: StoreError.self) { _ = try dir.openStore() }
        #expect(!FileManager.default.fileExists(atPath: dir.databasePath))
    }

    @Test func homeIsTakenFromTheEnvironment() {
        let location = StoreLocation.resolve(option: nil, environment: ["HOME": "/srv/lan"])
        #expect(location.path == "/srv/lan/.local/share/kehoach/kehoach.sqlite")
        let xdg = StoreLocation.resolve(option: nil, environment: ["HOME": "/srv/lan", "XDG_DATA_HOME": "/data"])
        #expect(xdg.path == "/data/kehoach/kehoach.sqlite")
        let relative = StoreLocation.resolve(option: nil, environment: ["HOME": "/srv/lan", "XDG_DATA_HOME": "data"])
        #expect(relative.path == "/srv/lan/.local/share/kehoach/kehoach.sqlite")
    }

    @Test func readOnlyStoreReadsAndRefusesWrites() throws {
        let dir = try TemporaryDirectory()
        let fixture = PlanFixture()
        _ = try dir.openStore().importPlan(fixture.plan, sourceText: fixture.sourceText, by: "setup")
        // Opened read-only as a reading command would on an unwritable store (root can write anything,
        // so the mode is asked for directly; `existsUnwritable` decides it in use).
        let store = try SQLiteStore(path: dir.databasePath, readOnly: true)
        #expect(store.isReadOnly)
        #expect(try store.plans().count == 1)
        #expect(throws: StoreError.readOnly(path: dir.databasePath)) { try store.setSetting("x", to: "y") }
    }

    /// Four writers each setting the same two tasks 100 times, as `status set` does (no version named):
    /// every edit is applied, none is a false conflict, the history holds them all.
    @Test func statusSetInOneTransactionHasNoFalseConflicts() throws {
        let dir = try TemporaryDirectory()
        let fixture = PlanFixture()
        let setup = try dir.openStore()
        let planID = try setup.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "setup").planID
        let keys = [StatusKey(taskCode: "1.1"), StatusKey(taskCode: "1.2")]
        let conflicts = LockedValue(0)
        let applied = LockedValue(0)
        let path = dir.databasePath
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            guard let store = try? SQLiteStore(path: path) else { return }
            for edit in 0..<100 {
                let key = keys[edit % 2]
                do {
                    _ = try store.applyToCurrent(key, planID: planID, by: "writer-\(writer)") { current in
                        StatusChange(key: key, status: .inProgress, progress: ((current?.progress ?? 0) + 1) % 100,
                                     basedOnVersion: current?.version ?? 0)
                    }
                    applied.withLock { $0 += 1 }
                } catch StoreError.conflict {
                    conflicts.withLock { $0 += 1 }
                } catch {
                    Issue.record("writer \(writer): \(error)")
                }
            }
        }
        #expect(conflicts.withLock { $0 } == 0)
        #expect(applied.withLock { $0 } == 400)
        #expect(try setup.history(planID: planID, taskCode: nil).filter { $0.kind == .edit }.count == 400)
        #expect(try setup.statuses(planID: planID)[keys[0]]?.version == 200)
    }
}

/// A value shared by the writers' threads.
final class LockedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
