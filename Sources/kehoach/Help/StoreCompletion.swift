import ArgumentParser
import Foundation
import PlanStore

/// Shell completion of plan ids and task codes, read from the store the command line points at
/// (`--db` among the words, else $KEHOACH_DB, else the default). A store that does not exist yet is
/// never created by pressing Tab: there is then nothing to offer.
enum StoreCompletion {
    static let planIDs = CompletionKind.custom { words, _, prefix in plans(words: words, prefix: prefix) }
    static let taskCodes = CompletionKind.custom { words, _, prefix in tasks(words: words, prefix: prefix) }

    static func plans(words: [String], prefix: String) -> [String] {
        guard let store = openStore(words: words), let plans = try? store.plans() else { return [] }
        return plans.map(\.id).filter { $0.hasPrefix(prefix) }
    }

    /// The codes of the first plan named among the words, in document order.
    static func tasks(words: [String], prefix: String) -> [String] {
        guard let store = openStore(words: words), let plans = try? store.plans() else { return [] }
        let ids = Set(plans.map(\.id))
        guard let planID = words.first(where: ids.contains), let plan = try? store.plan(id: planID) else { return [] }
        return plan.tasks.map(\.code).filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    }

    static func openStore(words: [String]) -> SQLiteStore? {
        var option: String?
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count { option = words[index + 1] }
            if word.hasPrefix("--db=") { option = String(word.dropFirst("--db=".count)) }
        }
        let location = StoreLocation.resolve(option: option, environment: ProcessInfo.processInfo.environment)
        guard FileManager.default.fileExists(atPath: location.path) else { return nil }
        return try? SQLiteStore(path: location.path, readOnlyIfUnwritable: true)
    }
}
