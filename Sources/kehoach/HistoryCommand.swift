import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: HelpText.text(.historyAbstract),
        discussion: HelpText.text(.historyDiscussion) + "\n\n" + HelpText.examples("""
          kehoach history kon-tum-3785
          kehoach history kon-tum-3785 II.1 --format json
          kehoach history kon-tum-3785 -o lich-su.txt
        """)
    )

    enum Format: String, FormatName { case table, json }

    @Argument(help: HelpText.option(.planArgumentShort), completion: StoreCompletion.planIDs)
    var plan: String

    @Argument(help: HelpText.option(.historyCode), completion: StoreCompletion.taskCodes)
    var code: String?

    @Option(help: HelpText.option(.formatTableOrJSON))
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
            var table = TableText(headers: [l(CommandWord.historyWhen), l(CommandWord.historyWho),
                                            l(CommandWord.historyKind), l(CommandWord.columnTask),
                                            l(CommandWord.historyChange), l(CommandWord.historyNote)],
                                  flexibleColumn: 5)
            table.rows = entries.map { entry in
                [Labels.moment(entry.at), entry.writerWithLogin, Self.kind(entry, l), StoreErrorText.label(entry.key),
                 "\(Labels.summary(entry.from, l)) → \(Labels.summary(entry.to, l))", entry.to.note ?? ""]
            }
            try output.writeText(table.render(width: output.tableWidth), language: l)
        }
    }

    static func kind(_ entry: HistoryEntry, _ l: Language) -> String {
        switch entry.kind {
        case .edit: return l(CommandWord.historyEdit)
        case .undo: return l(CommandWord.historyUndo) + (entry.replayOf.map { " #\($0)" } ?? "")
        case .redo: return l(CommandWord.historyRedo) + (entry.replayOf.map { " #\($0)" } ?? "")
        case .importPlan: return l(CommandWord.historyImport)
        }
    }
}
