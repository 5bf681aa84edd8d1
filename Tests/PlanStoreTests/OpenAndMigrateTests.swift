import Foundation
import Testing
@testable import PlanStore

@Suite struct OpenAndMigrateTests {
    @Test func migratesAnEmptyFile() throws {
        let dir = try TemporaryDirectory()
        // A zero-byte file is what a crashed first run could leave behind.
        _ = FileManager.default.createFile(atPath: dir.databasePath, contents: Data())
        let store = try dir.openStore()
        #expect(try store.plans().isEmpty)
        #expect(try store.integrityCheck() == "ok")
        // Opening again runs no migration twice.
        let again = try dir.openStore()
        #expect(try again.plans().isEmpty)
    }

    @Test func durabilityPragmas() throws {
        let dir = try TemporaryDirectory()
        let settings = try dir.openStore().durabilitySettings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)  // FULL
        #expect(settings.busyTimeoutMs >= 1000)
    }

    @Test func fileIsPrivateAndDirectoryCreated() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/nested/deeper/kehoach.sqlite"
        _ = try SQLiteStore(path: path)
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let dirMode = try FileManager.default.attributesOfItem(atPath: dir.path + "/nested/deeper")[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(dirMode == 0o700)
    }

    @Test func unwritableLocationSaysWhere() throws {
        let dir = try TemporaryDirectory()
        let blocker = dir.path + "/file"
        _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        #expect {
            _ = try SQLiteStore(path: blocker + "/kehoach.sqlite")
        } throws: { error in
            // The directory that cannot be made, with the errno: "cannot create …/file: Not a directory".
            guard case StoreError.createFailed(let path, let code) = error else { return false }
            return path == blocker && code == ENOTDIR
        }
    }

    @Test func settingsRoundTrip() throws {
        let store = try TemporaryDirectory().openStore()
        #expect(try store.setting("last-plan") == nil)
        try store.setSetting("last-plan", to: "kon-tum-3785")
        #expect(try store.setting("last-plan") == "kon-tum-3785")
        try store.setSetting("last-plan", to: nil)
        #expect(try store.setting("last-plan") == nil)
    }
}
