import Wording
import ArgumentParser
import PlanStore

struct StatusUndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: HelpText.text(vi: "Hoàn tác thay đổi tình trạng gần nhất của bạn trong một kế hoạch.",
                                en: "Undo your last status change in a plan (hoàn tác)."),
        discussion: HelpText.text(vi: """
        Lấy lại thay đổi gần nhất bạn (--as, $KEHOACH_USER hoặc tên đăng nhập) đã làm trong kế hoạch và \
        chưa hoàn tác; bị từ chối nếu từ đó có người đã sửa nhiệm vụ. Việc hoàn tác cũng được ghi vào lịch sử.
        """, en: """
        Takes back the last change you (--as, $KEHOACH_USER or your login) made in the plan and not yet \
        undid; refused if someone changed the task since. The undo itself is recorded in the history.
        """) + "\n\n" + HelpText.examples("""
          kehoach status undo kon-tum-3785
        """)
    )

    @Argument(help: HelpText.option(vi: "Mã kế hoạch.", en: "The plan id."), completion: StoreCompletion.planIDs)
    var plan: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let (summary, _) = try context.resolvePlan(plan)
        let applied = try context.attempt { try context.store.undoLast(planID: summary.id, by: context.user) }
        ReplayText.print(applied, planID: summary.id, verb: context.language.pick(vi: "hoàn tác", en: "undone"), context)
    }
}

struct StatusRedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: HelpText.text(vi: "Làm lại thay đổi bạn vừa hoàn tác trong một kế hoạch.",
                                en: "Redo the change you last undid in a plan (làm lại)."),
        discussion: HelpText.text(vi: """
        Áp dụng lại thay đổi bạn vừa hoàn tác, trừ khi bạn đã sửa kế hoạch sau lần hoàn tác đó.
        """, en: """
        Re-applies your last undone change, unless you edited the plan since the undo.
        """) + "\n\n" + HelpText.examples("""
          kehoach status redo kon-tum-3785
        """)
    )

    @Argument(help: HelpText.option(vi: "Mã kế hoạch.", en: "The plan id."), completion: StoreCompletion.planIDs)
    var plan: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let (summary, _) = try context.resolvePlan(plan)
        let applied = try context.attempt { try context.store.redoLast(planID: summary.id, by: context.user) }
        ReplayText.print(applied, planID: summary.id, verb: context.language.pick(vi: "làm lại", en: "redone"), context)
    }
}

enum ReplayText {
    static func print(_ applied: AppliedChanges, planID: String, verb: String, _ context: StoreContext) {
        for record in applied.records {
            StandardOutput.print("\(planID) \(StoreErrorText.label(record.key)): \(verb) → \(Labels.summary(record, context.language))"
                        + context.language.pick(vi: " · phiên bản \(record.version)", en: " · version \(record.version)"))
        }
    }
}
