import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// The two real plans, through the real importer and back out of the store.
@Suite struct SeedPlanTests {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var seedFiles: [String] {
        let folder = packageRoot.appendingPathComponent("Assets/plans").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }

    static func directory() throws -> AgencyDirectory {
        try AgencyDirectory.load(path: packageRoot.appendingPathComponent("Assets/agencies.yaml").path)
    }

    @Test func bothSeedPlansRoundTrip() throws {
        let files = Self.seedFiles
        #expect(files.count == 2)
        let dir = try TemporaryDirectory()
        let directory = try Self.directory()
        var ids: [String] = []
        for file in files {
            let result = try PlanImporter.importPlan(data: try Data(contentsOf: URL(fileURLWithPath: file)), directory: directory)
            let outcome = try dir.openStore().importPlan(result.plan, sourceText: result.normalizedText, by: "lan")
            #expect(outcome.isNew)
            #expect(outcome.addedTasks == result.plan.tasks.map(\.code))
            let reopened = try dir.openStore()
            #expect(try reopened.plan(id: outcome.planID) == result.plan)
            #expect(try reopened.sourceText(planID: outcome.planID) == result.normalizedText)
            ids.append(outcome.planID)
        }
        #expect(Set(ids) == ["kon-tum-3785", "thai-nguyen"])
        // Importing the same files again changes nothing.
        let store = try dir.openStore()
        for file in files {
            let result = try PlanImporter.importPlan(data: try Data(contentsOf: URL(fileURLWithPath: file)), directory: directory)
            #expect(try store.importPlan(result.plan, sourceText: result.normalizedText, by: "minh").unchanged)
        }
    }

    @Test func emptyStoreGetsTheBundledPlansOnce() throws {
        let store = try TemporaryDirectory().openStore()
        let first = try BundledPlans.importIfEmpty(into: store, by: "kehoach", files: Self.seedFiles,
                                                   directory: try Self.directory())
        #expect(first.count == 2)
        let second = try BundledPlans.importIfEmpty(into: store, by: "kehoach", files: Self.seedFiles,
                                                    directory: try Self.directory())
        #expect(second.isEmpty)
        #expect(try store.plans().count == 2)
    }

    /// An amended seed: one task's text edited, one task removed — the other tasks keep their status.
    @Test func amendedSeedKeepsStatuses() throws {
        let file = try #require(Self.seedFiles.first { $0.contains("kon-tum") })
        let directory = try Self.directory()
        let store = try TemporaryDirectory().openStore()
        let original = try PlanImporter.importPlan(data: try Data(contentsOf: URL(fileURLWithPath: file)), directory: directory)
        let id = try store.importPlan(original.plan, sourceText: original.normalizedText, by: "lan").planID
        let codes = original.plan.tasks.map(\.code)
        try #require(codes.count >= 3)
        _ = try store.apply(codes.prefix(3).map { code in
            let yearly = original.plan.task(code: code)?.timeframe.hasYearlyInstances ?? false
            return StatusChange(key: StatusKey(taskCode: code, year: yearly ? 2025 : nil), status: .inProgress, basedOnVersion: 0)
        }, planID: id, by: "lan")

        var amended = original.plan
        amended.tasks[0].text += " (đã sửa)"
        amended.tasks.remove(at: 1)
        amended.sourceDigest = SHA256.hex(of: original.normalizedText + "\nsửa đổi")
        let outcome = try store.importPlan(amended, sourceText: original.normalizedText + "\nsửa đổi", by: "minh")
        #expect(outcome.changedTasks == [codes[0]])
        #expect(outcome.removedTasks == [codes[1]])
        let kept = try store.statuses(planID: id).keys.map(\.taskCode).sorted()
        #expect(kept == [codes[0], codes[2]].sorted())
    }
}
