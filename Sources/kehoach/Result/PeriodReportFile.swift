import Wording
import Foundation
import PlanKit
import PlanStore

/// `kehoach report --format docx`: the period's compiled report, with the heading from config.toml.
enum PeriodReportFile {
    /// `agency` (a query) limits the report to the agency it names, as it reports in the period (after a
    /// merger, through its successor).
    static func compile(context: StoreContext, planID: String, plan: Plan, period typed: String?, today: CalendarDate,
                        agency: String?) throws -> PeriodReport {
        let period = try ResultOptions.period(typed, plan: plan, language: context.language)
        let directory = try? AgencyDirectory.bundled()
        let agencyKey = agency.flatMap { AgencyFilter(query: $0, directory: directory).reporter(in: plan, period: period)?.key }
        let store = context.store
        let input = PeriodCompiler.Input(
            plan: plan, statuses: try context.attempt { try store.statuses(planID: planID) },
            results: try context.attempt { try store.results(planID: planID) },
            sections: try context.attempt { try store.agencySections(planID: planID) })
        return PeriodCompiler.compile(input, period: period, today: today, agency: agencyKey, directory: directory)
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
