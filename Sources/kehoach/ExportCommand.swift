import ArgumentParser
import Foundation
import PlanKit
import PlanStore
import Wording

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.text(.exportAbstract),
        discussion: HelpText.text(.exportDiscussion) + "\n\n" + HelpText.examples("""
          kehoach export kon-tum-3785 --format csv -o ke-hoach-3785.csv
          kehoach export thai-nguyen -o thai-nguyen.yaml
          kehoach import thai-nguyen.yaml
          kehoach export thai-nguyen --format dot -o - | dot -Tsvg > thai-nguyen.svg
        """)
    )

    @Argument(help: HelpText.option(.planArgument), completion: StoreCompletion.planIDs)
    var plan: String

    @Option(help: HelpText.option(.exportFormat))
    var format: ExportFormat?

    @Option(help: HelpText.option(.exportAsOf))
    var asOf: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let day = try AsOfDate.parse(asOf, l)
        let (summary, plan) = try context.resolvePlan(self.plan)
        let statuses = try context.attempt { try context.store.statuses(planID: summary.id) }
        let values = try context.attempt { try context.store.targetValues(planID: summary.id) }
        let chosen = format ?? output.formatFromExtension(ExportFormat.self) ?? .json
        let progress = ProgressLine(outputToTerminal: output.path == nil)
        let label = l(CommandMessage.exportIng(summaryId: summary.id))
        let report: (Int, Int) -> Void = { done, total in progress.update(label, done: done, total: total) }
        // YAML carries only what is read back: the derived status, standing and deadline stay out.
        let export = PlanExport(plan: plan, id: summary.id, statuses: statuses, recordedValues: values,
                                derivedFor: chosen == .yaml ? nil : day, progress: report)
        progress.show(label)
        if chosen == .csv {
            // The CSV as bytes straight to the output: the largest export, not made a string first.
            let bytes = PlanCSV.renderBytes(export, wording: Localizer(l), progress: report)
            progress.finish()
            return try output.write(documentBytes: bytes, language: l)
        }
        let text = try chosen.render(export, of: plan, wording: Localizer(l), progress: report)
        progress.finish()
        try output.write(text, language: l)
    }
}

/// The export formats; each is one case here and one line in `render`.
enum ExportFormat: String, FormatName {
    case json, csv, md, yaml, dot

    func render(_ export: PlanExport, of plan: Plan, wording: Localizer, progress: @escaping (Int, Int) -> Void) throws -> String {
        switch self {
        case .json: return try export.json()
        case .csv: return PlanCSV.render(export, wording: wording, progress: progress)
        case .md: return PlanMarkdown.render(export, wording: wording, progress: progress)
        case .yaml: return try export.yaml()
        case .dot: return DotGraph.render(plan)
        }
    }
}
