import Wording
import ArgumentParser
import PlanKit
import PlanStore

/// Fills a store with a synthetic plan for measuring: deterministic from the seed.
struct SyntheticCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthetic",
        abstract: HelpText.text(.syntheticAbstract),
        discussion: HelpText.examples("  kehoach dev synthetic --db /tmp/big.sqlite --tasks 100000")
    )

    @Option(help: HelpText.option(.syntheticTasks))
    var tasks = 10_000

    @Option(help: HelpText.option(.syntheticAgencies))
    var agencies = 500

    @Option(help: HelpText.option(.syntheticSeed))
    var seed: UInt64 = 42

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, importBundled: false)
        let synthetic = SyntheticPlans(seed: seed, agencyCount: agencies)
        let directory = synthetic.directory(extending: try AgencyDirectory.bundled())
        let plan = try synthetic.plan(taskCount: tasks, directory: directory)
        let outcome = try context.attempt { try context.store.importPlan(plan, sourceText: "", by: context.user) }
        let changed = try context.attempt { try SyntheticStatuses.populate(context.store, plan: plan, planID: outcome.planID) }
        print("\(outcome.planID): \(plan.tasks.count) tasks, \(changed) statuses")
    }
}
