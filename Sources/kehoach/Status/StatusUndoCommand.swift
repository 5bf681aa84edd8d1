import Wording
import ArgumentParser
import PlanStore

struct StatusUndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: HelpText.text(.statusUndoAbstract),
        discussion: HelpText.text(.statusUndoDiscussion) + "\n\n" + HelpText.examples("""
          kehoach status undo kon-tum-3785
        """)
    )

    @Argument(help: HelpText.option(.planArgumentShort), completion: StoreCompletion.planIDs)
    var plan: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let (summary, _) = try context.resolvePlan(plan)
        let applied = try context.attempt { try context.store.undoLast(planID: summary.id, by: context.user) }
        ReplayText.print(applied, planID: summary.id, verb: context.language(CommandWord.statusUndoUndone), context)
    }
}

struct StatusRedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: HelpText.text(.statusRedoAbstract),
        discussion: HelpText.text(.statusRedoDiscussion) + "\n\n" + HelpText.examples("""
          kehoach status redo kon-tum-3785
        """)
    )

    @Argument(help: HelpText.option(.planArgumentShort), completion: StoreCompletion.planIDs)
    var plan: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let (summary, _) = try context.resolvePlan(plan)
        let applied = try context.attempt { try context.store.redoLast(planID: summary.id, by: context.user) }
        ReplayText.print(applied, planID: summary.id, verb: context.language(CommandWord.statusRedoRedone), context)
    }
}

enum ReplayText {
    static func print(_ applied: AppliedChanges, planID: String, verb: String, _ context: StoreContext) {
        for record in applied.records {
            StandardOutput.print("\(planID) \(StoreErrorText.label(record.key)): \(verb) → \(Labels.summary(record, context.language))"
                        + context.language(CommandMessage.replayDone(version: record.version)))
        }
    }
}
