import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// An edit acknowledged is an edit kept: a writer is killed with SIGKILL at a random moment,
/// several times, and every edit it acknowledged must be in the store afterwards (the file, or the
/// server, which rolls back the killed client's open transaction).
@Suite(.serialized) struct CrashTests {
    struct Ack: Hashable {
        var key: StatusKey
        var version: Int
        var note: String

        /// `ack INDEX CODE YEAR VERSION NOTE`
        init?(_ line: String) {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 6, parts[0] == "ack", let year = Int(parts[3]), let version = Int(parts[4]) else { return nil }
            key = StatusKey(taskCode: parts[2], year: year == 0 ? nil : year)
            self.version = version
            note = parts[5]
        }
    }

    @Test(arguments: StoreBackend.available) func acknowledgedEditsSurviveSIGKILL(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let fixture = PlanFixture()
        _ = try dir.openStore().importPlan(fixture.plan, sourceText: fixture.sourceText, by: "setup")
        var totalAcks = 0
        var killedRuns = 0
        for run in 0..<4 {
            let (process, output) = try KehoachBinary.start([
                "dev", "crash-writer", "--db", dir.location, "--plan", "kon-tum-3785", "--count", "1000",
                "--tag", "run\(run)", "--as", "crash",
            ])
            var reader = LineReader(output)
            // Kill after a random number of acknowledgements, a random instant into the next edit.
            let target = Int.random(in: 10...700)
            while !reader.atEnd && reader.lineCount < target { reader.readSome() }
            usleep(UInt32.random(in: 0...2_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            reader.readToEnd()

            let acks = reader.lines.compactMap(Ack.init)
            #expect(acks.count >= min(target, 1000), "run \(run): the writer stopped early (\(acks.count) acks)")
            // On a badly overloaded machine the writer may finish all its edits before the kill lands;
            // that run still checks the acknowledgements, and at least one run must be a real kill.
            if process.terminationReason == .uncaughtSignal { killedRuns += 1 }
            totalAcks += acks.count

            let store = try dir.openStore()
            try dir.expectIntact(store)
            let history = try store.history(planID: "kon-tum-3785", taskCode: nil)
            let kept = Set(history.map { "\($0.key.taskCode)|\($0.key.year ?? 0)|\($0.to.version)|\($0.to.note ?? "")" })
            let lost = acks.filter { !kept.contains("\($0.key.taskCode)|\($0.key.year ?? 0)|\($0.version)|\($0.note)") }
            #expect(lost.isEmpty, "run \(run): \(lost.count) acknowledged edits lost, first: \(String(describing: lost.first))")
            let statuses = try store.statuses(planID: "kon-tum-3785")
            for ack in acks {
                #expect((statuses[ack.key]?.version ?? 0) >= ack.version)
            }
        }
        #expect(totalAcks > 0)
        #expect(killedRuns >= 1)
    }
}
