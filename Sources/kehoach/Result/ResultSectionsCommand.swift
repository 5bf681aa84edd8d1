import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

struct ResultSectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sections",
        abstract: HelpText.text(.resultSectionsAbstract),
        discussion: HelpText.text(.resultSectionsDiscussion) + "\n\n" + HelpText.examples("""
          kehoach result sections kon-tum-3785 --agency "so ke hoach" --period 2026
          kehoach result sections thai-nguyen --agency "so tai chinh" --direction "…"
          kehoach result sections thai-nguyen --agency "so tai chinh" --proposals ""
        """)
    )

    @OptionGroup var formRow: ResultTarget

    @Option(help: HelpText.option(.resultSectionsShortcomings))
    var shortcomings: String?

    @Option(help: HelpText.option(.resultSectionsDirection))
    var direction: String?

    @Option(help: HelpText.option(.resultSectionsProposals))
    var proposals: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        let (summary, plan, period) = try formRow.resolve(context)
        let reporter = try formRow.namedReporter(in: plan, planID: summary.id, period: period, language: l)
        guard shortcomings != nil || direction != nil || proposals != nil else {
            throw CommandSupport.Failure(message: l(CommandWord.resultSectionsNothingGivenUseShortcomings), code: 1)
        }
        let current = try context.attempt { try context.store.agencySections(planID: summary.id) }
            .first { $0.agency == reporter.key && $0.period == period }
        var sections = current ?? AgencySections(agency: reporter.key, period: period)
        if let shortcomings { sections.shortcomings = shortcomings }
        if let direction { sections.direction = direction }
        if let proposals { sections.proposals = proposals }
        let stored = try context.attempt { try context.store.saveSections(sections, planID: summary.id, by: context.user) }
        StandardOutput.print("\(summary.id) · \(period.label(vietnamese: l == .vi)) · \(reporter.name)"
              + l(CommandMessage.resultSectionsSaved(version: stored.version, user: context.user)))
    }
}
