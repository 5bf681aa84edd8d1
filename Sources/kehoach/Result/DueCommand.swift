import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: HelpText.text(vi: "Các hạn báo cáo sắp tới, và các dòng của biểu mẫu báo cáo còn trống.",
                                en: "The next reporting deadlines, and the rows of the reporting form still empty."),
        discussion: HelpText.text(vi: """
        Với mỗi kế hoạch (hoặc kế hoạch được nêu): hạn gần nhất của các nhiệm vụ báo cáo và số ngày còn lại, \
        kỳ mà báo cáo bao quát, và với mỗi cơ quan số dòng chưa có kết quả. --agency chỉ giữ một cơ quan và \
        liệt kê các dòng trống của nó theo mã.
        """, en: """
        For each plan (or the one named): its reporting duties' next deadline and the days left, the \
        period the report covers, and per agency how many of its rows have no result yet. --agency keeps \
        one agency and lists its empty rows by code.
        """) + "\n\n" + HelpText.examples("""
          kehoach due
          kehoach due kon-tum-3785 --agency "so ke hoach"
        """)
    )

    @Argument(help: HelpText.option(vi: "Mã kế hoạch (mặc định: mọi kế hoạch).", en: "The plan id (default: every plan)."))
    var plan: String?

    @Option(help: HelpText.option(vi: "Chỉ các dòng của cơ quan này, liệt kê từng dòng.", en: "Only this agency's rows, listed one by one."))
    var agency: String?

    @Option(name: .customLong("as-of"), help: HelpText.option(vi: "Tính từ ngày này thay cho hôm nay (2026-11-23 hoặc 23/11/2026).",
                                                              en: "Count from this day instead of today (2026-11-23 or 23/11/2026)."))
    var asOf: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        var today = Labels.today()
        if let asOf {
            guard let day = Labels.parseDate(asOf) else {
                throw CommandSupport.Failure(message: l.pick(vi: "--as-of \(asOf): ngày không hợp lệ (23/11/2026 hoặc 2026-11-23)",
                                                             en: "--as-of \(asOf): not a date (23/11/2026 or 2026-11-23)"), code: 1)
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
                    return l.pick(vi: "QUÁ HẠN \(-days) ngày (hạn \(day.vietnamese))", en: "LATE by \(-days) days (due \(day.iso))")
                }
                return l.pick(vi: "hạn \(day.vietnamese), còn \(days) ngày", en: "due \(day.iso), \(days) days left")
            } ?? l.pick(vi: "kế hoạch không nêu hạn báo cáo", en: "the plan states no reporting deadline")
            StandardOutput.print("\(summary.id) · \(period.label(vietnamese: l == .vi)) · \(deadline)")
            var parts = report.agencies
            if let filter {
                parts = parts.filter { part in plan.tasks.contains { task in
                    (task.lead + task.cooperating).contains {
                        $0.reporting(in: period, directory: directory).key == part.key && filter.matchesReporter($0, in: period)
                    } } }
            }
            for part in parts where part.missingRows > 0 {
                let empty = l.pick(vi: "\(part.missingRows)/\(part.rows.count) dòng chưa có kết quả",
                                   en: "\(part.missingRows) of \(part.rows.count) rows without a result")
                StandardOutput.print("  \(part.name): \(empty)")
                if filter != nil {
                    StandardOutput.print("    " + part.rows.filter(\.isMissing).map(\.task.code).joined(separator: ", "))
                }
            }
            if filter != nil && parts.isEmpty {
                StandardOutput.print(l.pick(vi: "  không cơ quan nào khớp \"\(agency ?? "")\"", en: "  no agency matches \"\(agency ?? "")\""))
            }
        }
    }
}
