import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

struct ResultSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: HelpText.text(.resultSetAbstract),
        discussion: HelpText.text(.resultSetDiscussion) + "\n\n" + HelpText.examples("""
          kehoach result set kon-tum-3785 I.1 --period 2026 --text "Tổ chức 2 hội thảo"
          kehoach result set kon-tum-3785 I.1 --quantity "120 nhân lực" --target 6.0
          kehoach result set thai-nguyen 3.1 --agency "so tai chinh" --assessment dat
        """)
    )

    @OptionGroup var formRow: ResultTarget

    @Argument(help: HelpText.option(.taskCodeArgument))
    var code: String

    @Option(help: HelpText.option(.resultSetText))
    var text: String?

    @Option(help: HelpText.option(.resultSetQuantity))
    var quantity: [String] = []

    @Option(help: HelpText.option(.resultSetTarget))
    var target: String?

    @Option(help: HelpText.option(.resultSetAssessment))
    var assessment: String?

    @Option(help: HelpText.option(.resultSetDifficulties))
    var difficulties: String?

    @Option(help: HelpText.option(.resultSetProposals))
    var proposals: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        let (summary, plan, period) = try formRow.resolve(context)
        let task = try context.resolveTask(code, in: plan, planID: summary.id)
        let agency = try formRow.agency(of: task, planID: summary.id, period: period, language: l)
        // After a merger the successor reports the row (a 2026 report is Sở Tài chính's, not Sở KH&ĐT's).
        let reporter = agency.reporting(in: period, directory: try? AgencyDirectory.bundled())
        let quantities = try quantity.map { try ResultOptions.quantity($0, target: target, plan: plan, language: l) }
        let assessment = try self.assessment.map { try ResultOptions.assessment($0, language: l) }
        let key = ResultKey(taskCode: task.code, period: period, agency: reporter.key)
        let current = try context.attempt { try context.store.results(planID: summary.id) }.first { $0.key == key }
        let newText = text ?? current?.text ?? ""
        guard !newText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !quantities.isEmpty else {
            throw CommandSupport.Failure(message: l(CommandWord.resultSetNoResultGivenUse), code: 1)
        }
        var row = current ?? TaskResult(key: key, role: .lead, text: "")
        row.text = newText
        if !quantities.isEmpty { row.quantities = quantities }
        if let assessment { row.assessment = assessment }
        if let difficulties { row.difficulties = difficulties }
        if let proposals { row.proposals = proposals }
        let stored = try context.attempt { try context.store.saveResult(row, planID: summary.id, by: context.user) }
        let role = stored.role == .lead ? l(CommandWord.resultSetLead) : l(CommandWord.resultSetCooperating)
        StandardOutput.print("\(summary.id) \(task.code) · \(period.label(vietnamese: l == .vi)) · \(reporter.name) (\(role))"
              + l(CommandMessage.resultSetSaved(version: stored.version, user: context.user)))
    }
}
