import Foundation
@testable import PlanStore

/// A fresh directory per test, removed when the test's value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/kehoach-store-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var databasePath: String { path + "/kehoach.sqlite" }

    func openStore() throws -> SQLiteStore { try SQLiteStore(path: databasePath) }
}
