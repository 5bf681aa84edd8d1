import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the yearly report on a plan (báo cáo tình hình thực hiện kế hoạch).",
        discussion: """
        For the as-of day (default today): tasks in the Government Office's categories (đã hoàn thành đúng \
        hạn, hoàn thành quá hạn, đang thực hiện trong hạn, sắp đến hạn, quá hạn chưa hoàn thành, chưa thực \
        hiện, thường xuyên, tạm hoãn) in total and by lead and cooperating agency (--by agency) or by task \
        group (--by group); the overdue ratio (overdue ÷ tasks with a deadline, continuous and suspended \
        tasks excluded); the overdue and due-soon tasks with their leads; the year's status changes; the \
        targets with their recorded values; the next reporting date. Agencies are named as printed, with \
        their successor ("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"). Vietnamese unless --lang en. The \
        format follows -o's extension when --format is not given (Markdown otherwise). CSV is for \
        machines (Excel reads codes such as 1.10 as numbers); in Excel or LibreOffice take --format xlsx: \
        the form and the task list with codes as text, dates as dates, the header frozen and filtered.

        --format docx writes the period's report as the agency sends it (Nghị định 30/2020/NĐ-CP): the \
        results written with `kehoach result set` for --period, sections I–IV, and the form (Biểu 01) as \
        an appendix. The heading and signature come from config.toml (agency, superior, place, signer, \
        signer_title); what is not set is left as a blank to fill by hand.

        Examples:
          kehoach report kon-tum-3785 --as-of 23/11/2026 -o bao-cao-2026.md
          kehoach report thai-nguyen --agency "Sở TT&TT" --format csv -o bao-cao-so-tttt.csv
          kehoach report kon-tum-3785 --by group --year 2025 --format txt --lang en
          kehoach report kon-tum-3785 --period 2026 --agency "so ke hoach" -o bao-cao-2026.docx
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, csv, json, txt, docx, xlsx }

    @Argument(help: "The plan id (see `kehoach plans`).")
    var plan: String

    @Option(help: "The day the figures are for: 2026-11-23 or 23/11/2026 (default: today).")
    var asOf: String?

    @Option(help: "The year whose status changes and target values are reported (default: the as-of year).")
    var year: Int?

    @Option(help: "Break the figures down by agency (lead and cooperating) or by task group.")
    var by: ReportBreakdown = .agency

    @Option(help: "Only tasks this agency leads or cooperates on (no diacritics needed; abbreviations work).")
    var agency: String?

    @Option(help: "Days before a deadline that count as due soon.")
    var dueSoonDays: Int = StandingCalculator.defaultDueSoonDays

    @Option(help: "Output: md, csv (for machines), json, txt, docx (the period's report in the official format) or xlsx (its form and tasks as a spreadsheet).")
    var format: Format?

    @Option(help: "For docx and xlsx: the reporting period (2026, 2026-H2, 2026-Q4, 2026-11; default: the plan's current one).")
    var period: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let day = try AsOfDate.parse(asOf, l)
        if let year, !(1900...9999).contains(year) {
            throw CommandSupport.Failure(message: l.pick(vi: "--year \(year): năm không hợp lệ", en: "--year \(year): not a year"),
                                         code: 1)
        }
        let (summary, plan) = try context.resolvePlan(self.plan)
        let directory = try? AgencyDirectory.bundled()
        var scope: ReportScope?
        if let agency {
            let filter = AgencyFilter(query: agency, directory: directory)
            guard filter.knowsAnyAgency(in: plan) else {
                throw CommandSupport.Failure(message: l.pick(vi: "không cơ quan nào trong \(summary.id) khớp \"\(agency)\"",
                                                             en: "no agency in \(summary.id) matches \"\(agency)\""), code: 1)
            }
            scope = ReportScope(query: agency, matches: filter.matches)
        }
        let chosen = format ?? output.formatFromExtension(Format.self, aliases: ["markdown": .md, "text": .txt]) ?? .md
        if chosen == .docx || chosen == .xlsx {
            let key = agency.flatMap { AgencyFilter(query: $0, directory: directory).firstAgency(in: plan)?.reportingKey }
            let report = try PeriodReportFile.compile(context: context, planID: summary.id, plan: plan, period: period,
                                                      today: day, agencyKey: key)
            let heading = try PeriodReportFile.heading(plan: plan, report: report, today: day, language: l)
            let bytes: [UInt8]
            do {
                bytes = chosen == .docx ? try DocxReport.build(report, plan: plan, heading: heading, wording: Localizer(.vi))
                    : try XlsxWorkbook.build(report, wording: Localizer(.vi))
            } catch {
                throw CommandSupport.Failure(message: l.pick(vi: "không tạo được tệp Word: \(error)", en: "cannot build the Word file: \(error)"),
                                             code: 1)
            }
            try output.write(bytes: bytes, language: l)
            return
        }
        let input = try context.attempt { try context.store.reportInput(planID: summary.id) }
        let report = ReportBuilder.build(input, options: ReportOptions(asOf: day, year: year, breakdown: by,
                                                                        dueSoonDays: dueSoonDays, scope: scope,
                                                                        directory: directory))
        let wording = Localizer(l)
        let text: String
        switch chosen {
        case .md: text = MarkdownReport.render(ReportLayout(report, wording: wording))
        case .txt: text = TextReport.render(ReportLayout(report, wording: wording))
        case .csv: text = CSVReport.render(ReportLayout(report, wording: wording))
        case .json: text = try JSONReport.render(report, wording: wording)
        case .docx, .xlsx: return
        }
        try output.write(text, language: l)
    }
}

extension ReportBreakdown: ExpressibleByArgument {}
