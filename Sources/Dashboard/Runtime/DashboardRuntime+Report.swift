import Foundation
import PlanKit
import PlanStore

extension DashboardRuntime {
    /// `:report`: the report as Markdown in the configured directory, named after the plan and the day
    /// (`bao-cao-kon-tum-3785-2026-11-23.md`); an existing file is kept and the new one numbered.
    func writeReport(planID: String, asOf: CalendarDate) -> Action {
        let language = state.text.language
        do {
            let input = try store.reportInput(planID: planID)
            let directory = configuration.agencyDirectory ?? (try? AgencyDirectory.bundled())
            let report = ReportBuilder.build(input, options: ReportOptions(asOf: asOf, directory: directory))
            let markdown = MarkdownReport.render(ReportLayout(report, wording: Localizer(language)))
            let name = language(UIText.reportFileStem) + "-\(planID)-\(asOf.iso).md"
            let path = OutputFile.available((configuration.reportDirectory as NSString).appendingPathComponent(name))
            try OutputFile.write(markdown, to: path, overwrite: false)
            return .reportWritten(path: path)
        } catch OutputFile.WriteError.failed(let path, let code) {
            return .reportFailed("\(path): \(SystemErrorText.reason(code, language))")
        } catch OutputFile.WriteError.exists(let path) {
            return .reportFailed("\(path): \(SystemErrorText.reason(EEXIST, language))")
        } catch {
            return .reportFailed(StoreErrorText.describe(error, language))
        }
    }
}
