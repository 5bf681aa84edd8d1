import Dashboard
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a plan's tasks with their status and standing (danh sách nhiệm vụ).",
        discussion: """
        Standing is worked out for the as-of day (default today): done on time, done late, in progress \
        within deadline, due soon, overdue, not started, continuous (no deadline), suspended. --agency \
        matches lead and cooperating agencies, without diacritics and by abbreviation ("so ke hoach", "Sở \
        KH&ĐT"). --standing takes a code (overdue, due-soon, done-on-time, …) or the Vietnamese label ("quá \
        hạn").

        Examples:
          kehoach list kon-tum-3785 --agency "so ke hoach" --format json
          kehoach list thai-nguyen --standing "qua han" --as-of 2026-01-15
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Argument(help: "The plan id.")
    var plan: String

    @Option(help: "Only tasks this agency leads or cooperates on.")
    var agency: String?

    @Option(help: "Only tasks with this standing.")
    var standing: String?

    @Option(help: "The day standings are worked out for: 2026-01-15 or 15/01/2026 (default: today).")
    var asOf: String?

    @Option(help: "Days before a deadline that count as due soon.")
    var dueSoonDays: Int = StandingCalculator.defaultDueSoonDays

    @Option(help: "Output: table, json or csv.")
    var format: Format = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let day: CalendarDate
        if let asOf {
            guard let parsed = Labels.parseDate(asOf) else {
                throw CommandSupport.Failure(message: l.pick(vi: "--as-of \(asOf): ngày không hợp lệ (15/01/2026 hoặc 2026-01-15)",
                                                             en: "--as-of \(asOf): not a date (15/01/2026 or 2026-01-15)"), code: 1)
            }
            day = parsed
        } else {
            day = Labels.today()
        }
        let wanted = try standing.map { text -> Standing in
            guard let parsed = Labels.parseStanding(text) else {
                let codes = Standing.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandSupport.Failure(message: l.pick(vi: "--standing \(text): không hiểu; dùng: \(codes)",
                                                             en: "--standing \(text): unknown; use: \(codes)"), code: 1)
            }
            return parsed
        }
        let (summary, plan) = try context.resolvePlan(self.plan)
        let statuses = try context.attempt { try context.store.statuses(planID: summary.id) }
        let matcher = agency.map { AgencyFilter(query: $0, directory: try? AgencyDirectory.bundled()) }
        let calculator = StandingCalculator(dueSoonDays: dueSoonDays)

        let rows: [TaskRow] = plan.tasks.compactMap { task in
            if let matcher, !matcher.matches(task) { return nil }
            let key = StatusKey.current(for: task, asOf: day)
            let record = statuses[key]
            let standing = calculator.standing(timeframe: task.timeframe, record: record, asOf: day)
            if let wanted, standing != wanted { return nil }
            return TaskRow(task: task, key: key, record: record, standing: standing,
                           deadline: calculator.deadline(of: task.timeframe, instanceYear: key.year ?? day.year))
        }
        if let agency, rows.isEmpty, matcher?.knowsAnyAgency(in: plan) == false {
            throw CommandSupport.Failure(message: l.pick(vi: "không cơ quan nào trong \(summary.id) khớp \"\(agency)\"",
                                                         en: "no agency in \(summary.id) matches \"\(agency)\""), code: 1)
        }
        switch format {
        case .json: StandardOutput.write(try JSONText.encode(rows.map { $0.json(l, asOf: day) }) + "\n")
        case .csv: StandardOutput.write(csv(rows, l))
        case .table: StandardOutput.print(table(rows, l, day: day))
        }
    }

    private func table(_ rows: [TaskRow], _ l: Language, day: CalendarDate) -> String {
        var table = TableText(headers: [l.pick(vi: "Mã", en: "Code"), l.pick(vi: "Tình trạng", en: "Standing"),
                                        l.pick(vi: "Thời hạn", en: "Timeframe"), l.pick(vi: "Chủ trì", en: "Lead"),
                                        l.pick(vi: "Nhiệm vụ", en: "Task")], flexibleColumn: 4)
        table.rows = rows.map { row in
            [StoreErrorText.label(row.key), Labels.standing(row.standing, l) + (row.record?.progress.map { " \($0)%" } ?? ""),
             TextLayout.truncate(row.task.timeframe.text, toWidth: 24),
             TextLayout.truncate(row.task.lead.map(\.printed).joined(separator: ", "), toWidth: 30), row.task.text]
        }
        let counts = StandingCounts(rows.map(\.standing))
        let percent = counts.onTimePercentage.map { String(format: "%.0f%%", $0) } ?? "—"
        let footer = l.pick(vi: "\(rows.count) nhiệm vụ · tính đến \(day.vietnamese) · đúng hạn \(percent) (không tính thường xuyên)",
                            en: "tasks: \(rows.count) · as of \(day.iso) · on time \(percent) (continuous excluded)")
        return table.render() + "\n" + footer
    }

    private func csv(_ rows: [TaskRow], _ l: Language) -> String {
        var lines = [CSVText.line(["code", "year", "group", "standing", "status", "progress", "done_on", "deadline",
                                   "timeframe", "lead", "cooperating", "text", "note"])]
        for row in rows {
            lines.append(CSVText.line([
                row.task.code, row.key.year.map(String.init) ?? "", row.task.groupCode, row.standing.rawValue,
                (row.record?.status ?? .notStarted).rawValue, row.record?.progress.map(String.init) ?? "",
                row.record?.doneOn?.iso ?? "", row.deadline?.iso ?? "", row.task.timeframe.text,
                row.task.lead.map(\.printed).joined(separator: "; "),
                row.task.cooperating.map(\.printed).joined(separator: "; "), row.task.text, row.record?.note ?? "",
            ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// One listed task with what the list shows of it.
struct TaskRow {
    var task: PlanTask
    var key: StatusKey
    var record: StatusRecord?
    var standing: Standing
    var deadline: CalendarDate?

    struct JSON: Encodable {
        var code: String
        var year: Int?
        var group: String
        var text: String
        var lead: [String]
        var cooperating: [String]
        var timeframe: String
        var deadline: String?
        var status: String
        var progress: Int?
        var doneOn: String?
        var note: String?
        var version: Int
        var standing: String
        var standingLabel: String
        var asOf: String
    }

    func json(_ l: Language, asOf: CalendarDate) -> JSON {
        JSON(code: task.code, year: key.year, group: task.groupCode, text: task.text,
             lead: task.lead.map(\.printed), cooperating: task.cooperating.map(\.printed),
             timeframe: task.timeframe.text, deadline: deadline?.iso,
             status: (record?.status ?? .notStarted).rawValue, progress: record?.progress, doneOn: record?.doneOn?.iso,
             note: record?.note, version: record?.version ?? 0, standing: standing.rawValue,
             standingLabel: Labels.standing(standing, l), asOf: asOf.iso)
    }
}
