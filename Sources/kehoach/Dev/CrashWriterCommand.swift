import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

/// Makes status edits one by one and acknowledges each only after the store returned (committed).
/// The crash test kills it with SIGKILL and checks every acknowledged edit survived.
struct CrashWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash-writer",
        abstract: HelpText.text(.crashWriterAbstract),
        discussion: HelpText.examples("""
          kehoach dev crash-writer --db /tmp/t.sqlite --plan kon-tum-3785 --count 1000
        """)
    )

    @Option(help: HelpText.option(.planArgumentShort))
    var plan: String

    @Option(help: HelpText.option(.editCount))
    var count = 1000

    @Option(help: HelpText.option(.crashWriterTasks))
    var tasks = 5

    @Option(help: HelpText.option(.crashWriterTag))
    var tag = "run"

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, importBundled: false)
        let (summary, plan) = try context.resolvePlan(self.plan)
        let keys = DevWriting.keys(of: plan, limit: tasks)
        var versions = try context.attempt { try context.store.statuses(planID: summary.id) }.mapValues(\.version)
        for index in 0..<count {
            let key = keys[index % keys.count]
            let note = "\(tag)-\(index)"
            let change = StatusChange(key: key, status: DevWriting.status(for: index), progress: index % 101, note: note,
                                      basedOnVersion: versions[key] ?? 0)
            let applied = try context.attempt { try context.store.apply([change], planID: summary.id, by: context.user) }
            guard let record = applied.records.first else { continue }
            versions[key] = record.version
            DevWriting.emit("ack \(index) \(key.taskCode) \(key.year ?? 0) \(record.version) \(note)")
        }
    }
}
