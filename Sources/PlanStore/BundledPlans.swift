import Foundation
import PlanKit

/// First run: an empty store gets the plans kehoach ships, so the dashboard opens on real data.
public enum BundledPlans {
    public struct Failure: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "cannot import the bundled plan \(file): \(reason)" }
    }

    /// Imports every bundled plan when the store holds none; returns what was imported (nothing when
    /// the store already had plans). Files come from `BundledAssets` unless given.
    @discardableResult
    public static func importIfEmpty(into store: any Store, by user: String, files: [String]? = nil,
                                     directory: AgencyDirectory? = nil) throws -> [ImportOutcome] {
        guard try store.plans().isEmpty else { return [] }
        let paths = try files ?? BundledAssets.planFiles()
        let agencies = try directory ?? AgencyDirectory.bundled()
        var outcomes: [ImportOutcome] = []
        for path in paths {
            let result: ImportResult
            do {
                result = try PlanImporter.importPlan(data: try Data(contentsOf: URL(fileURLWithPath: path)),
                                                     directory: agencies)
            } catch {
                throw Failure(file: path, reason: "\(error)")
            }
            outcomes.append(try store.importPlan(result.plan, sourceText: result.normalizedText, by: user))
        }
        return outcomes
    }
}
