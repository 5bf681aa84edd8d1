import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

/// One of two processes editing the same few tasks at once: each edit reads the status, then writes
/// based on the version it read. Prints `applied` or `conflict` per edit and a final tally.
struct RaceWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "race-writer",
        abstract: HelpText.text(.raceWriterAbstract),
        discussion: HelpText.examples("""
          kehoach dev race-writer --db /tmp/t.sqlite --plan kon-tum-3785 --as A
        """)
    )

    @Option(help: HelpText.option(.planArgumentShort))
    var plan: String

    @Option(help: HelpText.option(.editCount))
    var count = 500

    @Option(help: HelpText.option(.raceWriterTasks))
    var tasks = 2

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, importBundled: false)
        let (summary, plan) = try context.resolvePlan(self.plan)
        let keys = DevWriting.keys(of: plan, limit: tasks)
        var applied = 0
        var conflicts = 0
        for index in 0..<count {
            let key = keys[index % keys.count]
            let seen = try context.attempt { try context.store.statuses(planID: summary.id) }[key]?.version ?? 0
            // A pause between reading and writing, as a person at a keyboard has: it lets the other writer in.
            usleep(UInt32.random(in: 0...400))
            let change = StatusChange(key: key, status: DevWriting.status(for: index),
                                      note: "\(context.user)-\(index)", basedOnVersion: seen)
            do {
                _ = try context.store.apply([change], planID: summary.id, by: context.user)
                applied += 1
                DevWriting.emit("applied \(index)")
            } catch StoreError.conflict {
                conflicts += 1
                DevWriting.emit("conflict \(index)")
            }
        }
        DevWriting.emit("done applied=\(applied) conflicts=\(conflicts)")
    }
}
