import Wording
import ArgumentParser
import Foundation
import PlanStore
import PlanKit

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: HelpText.text(.removeAbstract),
        discussion: HelpText.text(.removeDiscussion) + "\n\n" + HelpText.examples("""
          kehoach remove thai-nguyen
          kehoach remove thai-nguyen --yes --db /tmp/thu.sqlite
        """)
    )

    @Argument(help: HelpText.option(.planArgumentShort), completion: StoreCompletion.planIDs)
    var plan: String

    @Flag(name: [.customShort("y"), .long], help: HelpText.option(.removeYes))
    var yes = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, importBundled: false)
        let l = context.language
        let (summary, _) = try context.resolvePlan(plan)
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw CommandSupport.Failure(message: l(CommandMessage.removeNoTerminalConfirmAdd(summaryId: summary.id)), code: 1)
            }
            let changes = try context.attempt { try context.store.history(planID: summary.id, taskCode: nil).count }
            StandardOutput.print(l(CommandMessage.removePlanTasksStatus(
                summaryId: summary.id, taskCount: summary.taskCount, changes: changes, locationPath: context.location.path)),
                  terminator: "")
            let answer = SearchKey.make(readLine() ?? "")
            guard ["y", "yes", "c", "co"].contains(answer) else {
                StandardOutput.print(l(CommandWord.removeNotRemoved))
                return
            }
        }
        try context.attempt { try context.store.removePlan(id: summary.id) }
        StandardOutput.print(l(CommandMessage.removeD(summaryId: summary.id)))
    }
}
