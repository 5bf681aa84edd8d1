import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.text(vi: "Lập báo cáo tình hình thực hiện kế hoạch hằng năm.",
                                en: "Write the yearly report on a plan (báo cáo tình hình thực hiện kế hoạch)."),
        discussion: HelpText.text(vi: """
        Cho ngày --as-of (mặc định hôm nay): số nhiệm vụ theo các nhóm của Văn phòng Chính phủ (đã hoàn \
        thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, sắp đến hạn, quá hạn chưa hoàn thành, \
        chưa thực hiện, thường xuyên, tạm hoãn), tổng cộng và theo cơ quan chủ trì, phối hợp (--by agency) \
        hoặc theo nhóm nhiệm vụ (--by group); tỷ lệ quá hạn (quá hạn ÷ nhiệm vụ có hạn, không tính nhiệm vụ \
        thường xuyên và tạm hoãn); các nhiệm vụ quá hạn và sắp đến hạn cùng cơ quan chủ trì; các thay đổi \
        tình trạng trong năm; các chỉ tiêu với giá trị đã ghi; kỳ báo cáo tiếp theo. Cơ quan được ghi như \
        trong văn bản, kèm cơ quan kế thừa ("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"). Báo cáo bằng \
        tiếng Việt trừ khi có --lang en. Định dạng theo phần mở rộng của -o khi không có --format (nếu \
        không thì Markdown).
        """, en: """
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
        """) + "\n\n" + HelpText.examples("""
          kehoach report kon-tum-3785 --as-of 23/11/2026 -o bao-cao-2026.md
          kehoach report thai-nguyen --agency "Sở TT&TT" -o bao-cao-so-tttt.csv
          kehoach report kon-tum-3785 --by group --year 2025 --format text --lang en
          kehoach report kon-tum-3785 --period 2026 -o bao-cao-2026.docx
        """)
    )

    enum Format: String, FormatName { case md, csv, json, text, docx, xlsx }

    @Argument(help: HelpText.option(vi: "Mã kế hoạch (xem `kehoach plans`).", en: "The plan id (see `kehoach plans`)."), completion: StoreCompletion.planIDs)
    var plan: String

    @Option(help: HelpText.option(vi: "Ngày của số liệu: 2026-11-23 hoặc 23/11/2026 (mặc định: hôm nay).", en: "The day the figures are for: 2026-11-23 or 23/11/2026 (default: today)."))
    var asOf: String?

    @Option(help: HelpText.option(vi: "Năm có các thay đổi tình trạng và giá trị chỉ tiêu được báo cáo (mặc định: năm của --as-of).", en: "The year whose status changes and target values are reported (default: the as-of year)."))
    var year: Int?

    @Option(help: HelpText.option(vi: "Chia số liệu theo cơ quan (chủ trì và phối hợp) hoặc theo nhóm nhiệm vụ.", en: "Break the figures down by agency (lead and cooperating) or by task group."))
    var by: ReportBreakdown = .agency

    @Option(help: HelpText.option(vi: "Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp (không cần dấu; viết tắt cũng được).", en: "Only tasks this agency leads or cooperates on (no diacritics needed; abbreviations work)."))
    var agency: String?

    @Option(help: HelpText.option(vi: "Số ngày trước hạn được coi là sắp đến hạn.", en: "Days before a deadline that count as due soon."))
    var dueSoonDays: Int = StandingCalculator.defaultDueSoonDays

    @Option(help: HelpText.option(
        vi: "Kết quả: md, csv (cho máy), json, text, docx (báo cáo của kỳ theo thể thức văn bản) hoặc xlsx (biểu mẫu và danh sách nhiệm vụ dạng bảng tính).",
        en: "Output: md, csv (for machines), json, text, docx (the period's report in the official format) or xlsx (its form and tasks as a spreadsheet)."))
    var format: Format?

    @Option(help: HelpText.option(
        vi: "Với docx và xlsx: kỳ báo cáo (2026, 2026-H2, 2026-Q4, 2026-11; mặc định: kỳ hiện tại của kế hoạch).",
        en: "For docx and xlsx: the reporting period (2026, 2026-H2, 2026-Q4, 2026-11; default: the plan's current one)."))
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
