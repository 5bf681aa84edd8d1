import Wording
import ArgumentParser
import Foundation
import PlanStore

struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: HelpText.text(.plansAbstract),
        discussion: HelpText.text(.plansDiscussion) + "\n\n" + HelpText.examples("""
          kehoach plans
          kehoach plans --format json --db /tmp/hop.sqlite
        """)
    )

    enum Format: String, FormatName { case table, json }

    @Option(help: HelpText.option(.formatTableOrJSON))
    var format: Format = .table

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let plans = try context.attempt { try context.store.plans() }
        let l = context.language
        switch format {
        case .json:
            try output.write(try JSONText.encode(plans) + "\n", language: l)
        case .table:
            var table = TableText(headers: [l(CommandWord.columnID), l(CommandWord.plansNumber),
                                            l(CommandWord.plansTasks), l(CommandWord.plansIssuer),
                                            l(CommandWord.plansTitle)],
                                  flexibleColumn: 4)
            table.rows = plans.map { [$0.id, $0.number ?? "—", String($0.taskCount), $0.issuer, $0.title] }
            try output.writeText(table.render(width: output.tableWidth), language: l)
        }
    }
}
