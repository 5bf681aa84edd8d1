import ArgumentParser
import Foundation
import PlanKit
import PlanStore
import Wording

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.text(.reportAbstract),
        discussion: HelpText.text(.reportDiscussion) + "\n\n" + HelpText.examples("""
          kehoach report kon-tum-3785 --as-of 23/11/2026 -o bao-cao-2026.md
          kehoach report thai-nguyen --agency "Sở TT&TT" -o bao-cao-so-tttt.csv
          kehoach report kon-tum-3785 --by group --year 2025 --format text --lang en
          kehoach report kon-tum-3785 --period 2026 -o bao-cao-2026.docx
        """)
    )

    enum Format: String, FormatName { case md, csv, json, text, docx, xlsx }

    @Argument(help: HelpText.option(.planArgument), completion: StoreCompletion.planIDs)
    var plan: String

    @Option(help: HelpText.option(.reportAsOf))
    var asOf: String?

    @Option(help: HelpText.option(.reportYear))
    var year: Int?

    @Option(help: HelpText.option(.reportBy))
    var by: ReportBreakdown = .agency

    @Option(help: HelpText.option(.reportAgency))
    var agency: String?

    @Option(help: HelpText.option(.dueSoonDays))
    var dueSoonDays: Int = StandingCalculator.defaultDueSoonDays

    @Option(help: HelpText.option(.reportFormat))
    var format: Format?

    @Option(help: HelpText.option(.reportPeriod))
    var period: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let day = try AsOfDate.parse(asOf, l)
        if let year, !(1900...9999).contains(year) {
            throw CommandSupport.Failure(message: l(CommandMessage.reportYearNotYear(year: year)),
                                         code: 1)
        }
        let (summary, plan) = try context.resolvePlan(self.plan)
        let directory = try? AgencyDirectory.bundled()
        var scope: ReportScope?
        if let agency {
            let filter = AgencyFilter(query: agency, directory: directory)
            guard filter.knowsAnyAgency(in: plan) else {
                throw CommandSupport.Failure(message: l(CommandMessage.noAgencyMatches(plan: summary.id, agency: agency)), code: 1)
            }
            scope = ReportScope(query: agency, matches: filter.matches)
        }
        let chosen = format ?? output.formatFromExtension(Format.self) ?? .md
        if chosen == .docx || chosen == .xlsx {
            let report = try PeriodReportFile.compile(context: context, planID: summary.id, plan: plan, period: period,
                                                      today: day, agency: agency)
            let heading = try PeriodReportFile.heading(plan: plan, report: report, today: day, language: l)
            let bytes: [UInt8]
            do {
                bytes = chosen == .docx ? try DocxReport.build(report, plan: plan, heading: heading, wording: Localizer(.vi))
                    : try XlsxWorkbook.build(report, wording: Localizer(.vi))
            } catch {
                throw CommandSupport.Failure(message: l(CommandMessage.reportCannotBuildWordFile(error: String(describing: error))),
                                             code: 1)
            }
            try output.write(bytes: bytes, language: l)
            return
        }
        let input = try context.attempt { try context.store.reportInput(planID: summary.id, plan: plan) }
        let report = ReportBuilder.build(input, options: ReportOptions(asOf: day, year: year, breakdown: by,
                                                                        dueSoonDays: dueSoonDays, scope: scope,
                                                                        directory: directory))
        let wording = Localizer(l)
        let text: String
        switch chosen {
        case .md: text = MarkdownReport.render(ReportLayout(report, wording: wording))
        case .text: text = TextReport.render(ReportLayout(report, wording: wording))
        case .csv: text = CSVReport.render(ReportLayout(report, wording: wording))
        case .json:
            let parts = try JSONReport.EncodedParts(report, wording: wording)
            try output.writeJSON(language: l) { JSONReport.write(report, parts, into: &$0) }
            return
        case .docx, .xlsx: return
        }
        try output.write(text, language: l)
    }
}

extension ReportBreakdown: ExpressibleByArgument {}
