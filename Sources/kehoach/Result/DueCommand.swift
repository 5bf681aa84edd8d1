import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: HelpText.text(.dueAbstract),
        discussion: HelpText.text(.dueDiscussion) + "\n\n" + HelpText.examples("""
          kehoach due
          kehoach due kon-tum-3785 --agency "so ke hoach"
        """)
    )

    @Argument(help: HelpText.option(.duePlan))
    var plan: String?

    @Option(help: HelpText.option(.dueAgency))
    var agency: String?

    @Option(name: .customLong("as-of"), help: HelpText.option(.dueAsOf))
    var asOf: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        var today = Labels.today()
        if let asOf {
            guard let day = Labels.parseDate(asOf) else {
                throw CommandSupport.Failure(message: l(CommandMessage.dueNotDate(asOf: asOf)), code: 1)
            }
            today = day
        }
        let plans: [(PlanSummary, Plan)] = try plan.map { [try context.resolvePlan($0)] }
            ?? context.attempt { try context.store.plans() }.compactMap { summary in
                try context.store.plan(id: summary.id).map { (summary, $0) }
            }
        let directory = try? AgencyDirectory.bundled()
        let filter = agency.map { AgencyFilter(query: $0, directory: directory) }
        for (summary, plan) in plans {
            let rhythm = ReportingRhythm.of(plan: plan)
            let input = PeriodCompiler.Input(
                plan: plan, statuses: try context.attempt { try context.store.statuses(planID: summary.id) },
                results: try context.attempt { try context.store.results(planID: summary.id) },
                sections: try context.attempt { try context.store.agencySections(planID: summary.id) })
            // The period holding today, while its deadline has passed with rows still empty, is late: it is
            // flagged, not rolled over to next year's deadline. Otherwise the report due next, which covers
            // the period its deadline falls in (or, without a stated deadline, today's).
            let current = ReportingPeriod.containing(today, rhythm: rhythm)
            let currentDue = ReportingDeadline.due(for: current, plan: plan, agency: nil, directory: directory)
            let currentReport = PeriodCompiler.compile(input, period: current, today: today, directory: directory)
            let late = currentDue.map { $0 < today } == true && currentReport.agencies.contains { $0.missingRows > 0 }
            let due = late ? currentDue : plan.reporting.compactMap { $0.nextDue(onOrAfter: today) }.min()
            let period = late ? current : ReportingPeriod.containing(due ?? today, rhythm: rhythm)
            let report = late ? currentReport : PeriodCompiler.compile(input, period: period, today: today, directory: directory)
            let deadline = due.map { day -> String in
                let days = today.days(until: day)
                if days < 0 {
                    return l(CommandMessage.dueLate(days: -days, due: day))
                }
                return l(CommandMessage.dueIn(days: days, due: day))
            } ?? l(CommandWord.duePlanStatesNoReporting)
            StandardOutput.print("\(summary.id) · \(period.label(vietnamese: l == .vi)) · \(deadline)")
            var parts = report.agencies
            if let filter {
                parts = parts.filter { part in plan.tasks.contains { task in
                    (task.lead + task.cooperating).contains {
                        $0.reporting(in: period, directory: directory).key == part.key && filter.matchesReporter($0, in: period)
                    } } }
            }
            for part in parts where part.missingRows > 0 {
                let empty = l(CommandMessage.dueRowsWithoutResult(missingRows: part.missingRows, rowsCount: part.rows.count))
                StandardOutput.print("  \(part.name): \(empty)")
                if filter != nil {
                    StandardOutput.print("    " + part.rows.filter(\.isMissing).map(\.task.code).joined(separator: ", "))
                }
            }
            if filter != nil && parts.isEmpty {
                StandardOutput.print(l(CommandMessage.dueNoAgencyMatches(agency: agency ?? "")))
            }
        }
    }
}
