import Wording
import Foundation
import PlanKit
import PlanStore

/// `kehoach report --format docx`: the period's compiled report, with the heading from config.toml.
enum PeriodReportFile {
    static func compile(context: StoreContext, planID: String, plan: Plan, period typed: String?, today: CalendarDate,
                        agencyKey: String?) throws -> PeriodReport {
        let period = try ResultOptions.period(typed, plan: plan, language: context.language)
        let store = context.store
        let input = PeriodCompiler.Input(
            plan: plan, statuses: try context.attempt { try store.statuses(planID: planID) },
            results: try context.attempt { try store.results(planID: planID) },
            sections: try context.attempt { try store.agencySections(planID: planID) })
        return PeriodCompiler.compile(input, period: period, today: today, agency: agencyKey)
    }

    /// The heading: the reporting body is config.toml's `agency`, else the agency the report is limited
    /// to, else the plan's issuer; the recipient is whom the plan's reporting duty names.
    static func heading(plan: Plan, report: PeriodReport, today: CalendarDate, language l: Language) throws -> OfficialHeading {
        let file: ConfigFile?
        do {
            file = try ConfigFile.load(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandSupport.Failure(message: error.message(l), code: 1)
        }
        let body = file?.agency ?? (report.agencies.count == 1 ? report.agencies[0].name : plan.identity.issuer)
        let recipients = plan.reporting.compactMap { $0.recipient?.canonical }
        return OfficialHeading(body: body, superior: file?.superior, place: file?.place ?? plan.identity.province,
                               date: today, signerTitle: file?.signerTitle, signerName: file?.signer,
                               recipients: Array(Set(recipients)).sorted())
    }
}
