import Foundation
import PlanKit
import PlanStore

extension DashboardRuntime {
    /// The report pane's store and file work. A save is one store transaction; what was stored comes back.
    func performReport(_ effect: ReportEffect) -> ReportAction {
        let language = configuration.language
        do {
            switch effect {
            case .load(let planID):
                return .loaded(planID: planID, try store.results(planID: planID), try store.agencySections(planID: planID))
            case .saveResult(let result, let planID):
                let stored = try store.saveResult(result, planID: planID, by: configuration.user)
                acknowledgeOwnWrite()
                return .saved(planID: planID, what: stored.key.taskCode, try store.results(planID: planID),
                              try store.agencySections(planID: planID))
            case .saveSections(let sections, let planID):
                _ = try store.saveSections(sections, planID: planID, by: configuration.user)
                acknowledgeOwnWrite()
                return .saved(planID: planID, what: sections.period.label(vietnamese: language == .vi),
                              try store.results(planID: planID), try store.agencySections(planID: planID))
            case .write(let planID, let period, let agency, let format):
                return try writePeriodReport(planID: planID, period: period, agency: agency, format: format)
            }
        } catch OutputFile.WriteError.failed(let path, let code) {
            return .failed("\(path): \(SystemErrorText.reason(code, language))")
        } catch OutputFile.WriteError.exists(let path) {
            return .failed("\(path): \(SystemErrorText.reason(EEXIST, language))")
        } catch {
            return .failed(StoreErrorText.describe(error, language))
        }
    }

    /// The agency's report for the period, as `kehoach report --format docx|xlsx --agency` writes it, in the
    /// report directory (`bao-cao-PLAN-PERIOD.docx`); an existing file is kept and the new one numbered.
    private func writePeriodReport(planID: String, period: ReportingPeriod, agency: String,
                                   format: ReportFileFormat) throws -> ReportAction {
        guard let plan = try store.plan(id: planID) else { throw StoreError.planNotFound(planID) }
        let input = PeriodCompiler.Input(plan: plan, statuses: try store.statuses(planID: planID),
                                         results: try store.results(planID: planID),
                                         sections: try store.agencySections(planID: planID))
        // Judged on the as-of date, as the pane shows it (and as `report --as-of` does); the document is dated so.
        let today = state.asOf
        let report = PeriodCompiler.compile(input, period: period, today: today, agency: agency,
                                            directory: state.report.directory)
        let settings = configuration.reporting
        let recipients = Array(Set(plan.reporting.compactMap { $0.recipient?.canonical })).sorted()
        // The heading is the user's own agency as config.toml writes it when the report is theirs; another
        // agency's report (chosen with `a`) is headed by that agency's name.
        let own = ReportState.match(settings.agency, in: report.agencies) == agency ? settings.agency : nil
        let heading = OfficialHeading(body: own ?? report.agencies.first?.name ?? plan.identity.issuer,
                                      superior: settings.superior, place: settings.place ?? plan.identity.province,
                                      date: today, signerTitle: settings.signerTitle, signerName: settings.signerName,
                                      recipients: recipients)
        // The report is a Vietnamese document whatever the interface language, as the command writes it.
        let bytes = format == .docx ? try DocxReport.build(report, plan: plan, heading: heading, wording: Localizer(.vi))
            : try XlsxWorkbook.build(report, wording: Localizer(.vi))
        let name = "bao-cao-\(planID)-\(period.code).\(format.rawValue)"
        let path = OutputFile.available((configuration.reportDirectory as NSString).appendingPathComponent(name))
        try OutputFile.write(bytes, to: path, overwrite: false)
        return .written(path: path)
    }
}
