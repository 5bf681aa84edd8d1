import Foundation
import PlanKit
import PlanStore

/// A real SQLite store in a fresh directory with seed plans imported; the directory goes with the value.
final class TempStore {
    let directory: String
    let path: String
    /// Plan ids as the store gave them, by seed.
    private(set) var ids: [SeedPlan: String] = [:]

    init(_ plans: [SeedPlan] = [.konTum]) throws {
        directory = FileManager.default.temporaryDirectory.path + "/kehoach-edit-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/kehoach.sqlite"
        let store = try SQLiteStore(path: path)
        for plan in plans {
            ids[plan] = try store.importPlan(plan.plan, sourceText: "", by: "import").planID
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Another connection to the same file: what a second terminal opens.
    func open() throws -> SQLiteStore { try SQLiteStore(path: path) }

    func id(_ plan: SeedPlan) -> String { ids[plan] ?? plan.rawValue }
}
