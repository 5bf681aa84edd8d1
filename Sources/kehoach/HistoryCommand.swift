import Dashboard
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show who changed which status, when, from what to what (lịch sử cập nhật).",
        discussion: """
        Oldest first: the record the yearly report is written from. Give a task code to see one task.

        Examples:
          kehoach history kon-tum-3785
          kehoach history kon-tum-3785 II.1 --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "The plan id.")
    var plan: String

    @Argument(help: "A task code, to see only that task.")
    var code: String?

    @Option(help: "Output: table or json.")
    var format: Format = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let (summary, plan) = try context.resolvePlan(self.plan)
        let taskCode = try code.map { try context.resolveTask($0, in: plan, planID: summary.id).code }
        let entries = try context.attempt { try context.store.history(planID: summary.id, taskCode: taskCode) }
        switch format {
        case .json:
            StandardOutput.write(try JSONText.encode(entries) + "\n")
        case .table:
            var table = TableText(headers: [l.pick(vi: "Lúc", en: "When"), l.pick(vi: "Người", en: "Who"),
                                            l.pick(vi: "Loại", en: "Kind"), l.pick(vi: "Nhiệm vụ", en: "Task"),
                                            l.pick(vi: "Thay đổi", en: "Change"), l.pick(vi: "Ghi chú", en: "Note")],
                                  flexibleColumn: 5)
            table.rows = entries.map { entry in
                [Labels.moment(entry.at), entry.who, Self.kind(entry, l), StoreErrorText.label(entry.key),
                 "\(Labels.summary(entry.from, l)) → \(Labels.summary(entry.to, l))", entry.to.note ?? ""]
            }
            StandardOutput.print(table.render())
        }
    }

    static func kind(_ entry: HistoryEntry, _ l: Language) -> String {
        switch entry.kind {
        case .edit: return l.pick(vi: "sửa", en: "edit")
        case .undo: return l.pick(vi: "hoàn tác", en: "undo") + (entry.replayOf.map { " #\($0)" } ?? "")
        case .redo: return l.pick(vi: "làm lại", en: "redo") + (entry.replayOf.map { " #\($0)" } ?? "")
        case .importPlan: return l.pick(vi: "nhập", en: "import")
        }
    }
}
