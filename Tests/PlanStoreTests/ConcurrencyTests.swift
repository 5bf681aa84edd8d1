import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// Two terminals at one meeting: two processes edit the same two tasks 500 times each, every edit
/// based on the version it just read. Each edit is applied or refused as a conflict — never lost,
/// never applied over the other's. On both backends.
@Suite(.serialized) struct ConcurrencyTests {
    struct Tally: Equatable {
        var applied: Int
        var conflicts: Int

        /// `done applied=A conflicts=C`
        init?(_ lines: [String]) {
            guard let last = lines.last(where: { $0.hasPrefix("done ") }) else { return nil }
            var values: [String: Int] = [:]
            for part in last.split(separator: " ").dropFirst() {
                let pair = part.split(separator: "=")
                if pair.count == 2 { values[String(pair[0])] = Int(pair[1]) }
            }
            guard let applied = values["applied"], let conflicts = values["conflicts"] else { return nil }
            self.applied = applied
            self.conflicts = conflicts
        }
    }

    @Test(arguments: StoreBackend.available) func appliedPlusConflictsIsEveryEditAndHistoryHoldsTheApplied(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let fixture = PlanFixture()
        let store = try dir.openStore()
        _ = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "setup")

        let writers = try ["thu-ky", "chu-tri"].map { name in
            try KehoachBinary.start(["dev", "race-writer", "--db", dir.location, "--plan", "kon-tum-3785",
                                     "--count", "500", "--tasks", "2", "--as", name])
        }
        var tallies: [String: Tally] = [:]
        for (name, writer) in zip(["thu-ky", "chu-tri"], writers) {
            var reader = LineReader(writer.output)
            reader.readToEnd()
            writer.process.waitUntilExit()
            #expect(writer.process.terminationStatus == 0, "\(name) failed")
            tallies[name] = Tally(reader.lines)
            #expect(reader.lines.filter { $0.hasPrefix("applied ") || $0.hasPrefix("conflict ") }.count == 500)
        }
        let a = try #require(tallies["thu-ky"])
        let b = try #require(tallies["chu-tri"])
        #expect(a.applied + a.conflicts + b.applied + b.conflicts == 1000)

        let history = try store.history(planID: "kon-tum-3785", taskCode: nil)
        #expect(history.count == a.applied + b.applied)
        #expect(history.filter { $0.who == "thu-ky" }.count == a.applied)
        #expect(history.filter { $0.who == "chu-tri" }.count == b.applied)
        // Each applied edit raised one version by one, starting from nothing: no edit was applied twice or over another.
        let versions = try store.statuses(planID: "kon-tum-3785").values.map(\.version).reduce(0, +)
        #expect(versions == a.applied + b.applied)
        // Every history line follows the one before it for the same status.
        var last: [StatusKey: Int] = [:]
        for entry in history {
            #expect((entry.from?.version ?? 0) == (last[entry.key] ?? 0))
            #expect(entry.to.version == (last[entry.key] ?? 0) + 1)
            last[entry.key] = entry.to.version
        }
        try dir.expectIntact(store)
    }
}
