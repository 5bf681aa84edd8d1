import ArgumentParser
import Foundation
import PlanStore
import PlanKit

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: HelpText.text(vi: "Xoá kế hoạch cùng tình hình thực hiện và lịch sử của nó.",
                                en: "Remove a plan with its statuses and history (xoá kế hoạch)."),
        discussion: HelpText.text(vi: """
        Hỏi xác nhận khi chạy trong cửa sổ dòng lệnh. Không có cửa sổ (kịch bản, ống dẫn) thì từ chối trừ \
        khi có --yes. Văn bản kế hoạch có thể nhập lại sau; tình hình thực hiện và lịch sử thì không.
        """, en: """
        Asks for confirmation on a terminal. Without a terminal (a script, a pipe) it refuses unless given \
        --yes. The plan's text can be imported again later; its statuses and history cannot.
        """) + "\n\n" + HelpText.examples("""
          kehoach remove thai-nguyen
          kehoach remove thai-nguyen --yes --db /tmp/thu.sqlite
        """)
    )

    @Argument(help: HelpText.option(vi: "Mã kế hoạch.", en: "The plan id."), completion: StoreCompletion.planIDs)
    var plan: String

    @Flag(name: [.customShort("y"), .long], help: HelpText.option(vi: "Không hỏi lại.", en: "Do not ask."))
    var yes = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, importBundled: false)
        let l = context.language
        let (summary, _) = try context.resolvePlan(plan)
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw CommandSupport.Failure(message: l.pick(
                    vi: "không có terminal để hỏi xác nhận; thêm --yes để xoá \(summary.id)",
                    en: "no terminal to confirm on; add --yes to remove \(summary.id)"), code: 1)
            }
            let changes = try context.attempt { try context.store.history(planID: summary.id, taskCode: nil).count }
            StandardOutput.print(l.pick(vi: "Xoá kế hoạch \(summary.id) (\(summary.taskCount) nhiệm vụ, \(changes) lượt cập nhật) khỏi \(context.location.path)? [c/K] ",
                         en: "Remove plan \(summary.id) (\(summary.taskCount) tasks, \(changes) status changes) from \(context.location.path)? [y/N] "),
                  terminator: "")
            let answer = SearchKey.make(readLine() ?? "")
            guard ["y", "yes", "c", "co"].contains(answer) else {
                StandardOutput.print(l.pick(vi: "Không xoá.", en: "Not removed."))
                return
            }
        }
        try context.attempt { try context.store.removePlan(id: summary.id) }
        StandardOutput.print(l.pick(vi: "Đã xoá \(summary.id).", en: "Removed \(summary.id)."))
    }
}
