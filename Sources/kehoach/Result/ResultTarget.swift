import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

/// The row of the reporting form a `result` command writes: the plan, the reporting agency and the period,
/// with the lookups both `result set` and `result sections` make (one place for their options and messages).
struct ResultTarget: ParsableArguments {
    @Argument(help: HelpText.option(.planArgument))
    var plan: String

    @Option(help: HelpText.option(.resultTargetAgency))
    var agency: String?

    @Option(help: HelpText.option(.resultTargetPeriod))
    var period: String?

    /// The stored plan the id names and the period (by default the current one of the plan's reporting rhythm).
    func resolve(_ context: StoreContext) throws -> (summary: PlanSummary, plan: Plan, period: ReportingPeriod) {
        let (summary, plan) = try context.resolvePlan(self.plan)
        return (summary, plan, try ResultOptions.period(period, plan: plan, language: context.language))
    }

    /// The agency a task's row is for: the one named among the task's agencies, else its first lead.
    func agency(of task: PlanTask, planID: String, period: ReportingPeriod, language l: Language) throws -> AgencyRef {
        try ResultOptions.agency(agency, task: task, planID: planID, period: period, language: l)
    }

    /// The agency named, anywhere in the plan, as it reports in the period (after a merger, its successor):
    /// its free sections are the agency's, not a task's.
    func namedReporter(in plan: Plan, planID: String, period: ReportingPeriod,
                       language l: Language) throws -> (key: String, name: String) {
        guard let agency else {
            throw CommandSupport.Failure(message: l(CommandWord.resultTargetAgencyNeeded),
                                         code: 1)
        }
        let filter = AgencyFilter(query: agency, directory: try? AgencyDirectory.bundled())
        guard let reporter = filter.reporter(in: plan, period: period) else {
            throw CommandSupport.Failure(message: l(CommandMessage.noAgencyMatches(plan: planID, agency: agency)), code: 1)
        }
        return reporter
    }
}
