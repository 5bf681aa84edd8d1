import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: HelpText.text(vi: "Lịch sử cập nhật: ai đổi tình trạng nào, khi nào, từ gì sang gì.",
                                en: "Show who changed which status, when, from what to what (lịch sử cập nhật)."),
        discussion: HelpText.text(vi: """
        Cũ nhất trước: bản ghi dùng để viết báo cáo hằng năm. Nêu mã nhiệm vụ để xem một nhiệm vụ.
        """, en: """
        Oldest first: the record the yearly report is written from. Give a task code to see one task.
        """) + "\n\n" + HelpText.examples("""
          kehoach history kon-tum-3785
          kehoach history kon-tum-3785 II.1 --format json
          kehoach history kon-tum-3785 -o lich-su.txt
        """)
    )

    enum Format: String, FormatName { case table, json }

    @Argument(help: HelpText.option(vi: "Mã kế hoạch.", en: "The plan id."), completion: StoreCompletion.planIDs)
    var plan: String

    @Argument(help: HelpText.option(vi: "Mã nhiệm vụ, để chỉ xem nhiệm vụ đó.", en: "A task code, to see only that task."), completion: StoreCompletion.taskCodes)
    var code: String?

    @Option(help: HelpText.option(vi: "Kết quả: table (bảng) hoặc json.", en: "Output: table or json."))
    var format: Format = .table

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let (summary, plan) = try context.resolvePlan(self.plan)
        let taskCode = try code.map { try context.resolveTask($0, in: plan, planID: summary.id).code }
        let entries = try context.attempt { try context.store.history(planID: summary.id, taskCode: taskCode) }
        switch format {
        case .json:
            try output.write(try JSONText.encode(entries) + "\n", language: l)
        case .table:
            var table = TableText(headers: [l.pick(vi: "Lúc", en: "When"), l.pick(vi: "Người", en: "Who"),
                                            l.pick(vi: "Loại", en: "Kind"), l.pick(vi: "Nhiệm vụ", en: "Task"),
                                            l.pick(vi: "Thay đổi", en: "Change"), l.pick(vi: "Ghi chú", en: "Note")],
                                  flexibleColumn: 5)
            table.rows = entries.map { entry in
                [Labels.moment(entry.at), Self.writer(entry), Self.kind(entry, l), StoreErrorText.label(entry.key),
                 "\(Labels.summary(entry.from, l)) → \(Labels.summary(entry.to, l))", entry.to.note ?? ""]
            }
            try output.writeText(table.render(width: output.tableWidth), language: l)
        }
    }

    /// The name the writer gave, and beside it, where it differs, the server login that wrote the line.
    static func writer(_ entry: HistoryEntry) -> String {
        guard let login = entry.login, !login.isEmpty, login != entry.who else { return entry.who }
        return "\(entry.who) (\(login))"
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
