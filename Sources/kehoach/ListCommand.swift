import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text(vi: "Danh sách nhiệm vụ của kế hoạch, kèm tình trạng và đánh giá.",
                                en: "List a plan's tasks with their status and standing (danh sách nhiệm vụ)."),
        discussion: HelpText.text(vi: """
        Đánh giá được tính cho ngày --as-of (mặc định hôm nay): hoàn thành đúng hạn, hoàn thành quá hạn, \
        đang thực hiện trong hạn, sắp đến hạn, quá hạn, chưa thực hiện, thường xuyên (không có hạn), tạm \
        hoãn. --agency khớp cơ quan chủ trì và phối hợp, không cần dấu và theo chữ viết tắt ("so ke hoach", \
        "Sở KH&ĐT"). --standing nhận mã (overdue, due-soon, done-on-time, …) hoặc nhãn tiếng Việt ("quá hạn").
        """, en: """
        Standing is worked out for the as-of day (default today): done on time, done late, in progress \
        within deadline, due soon, overdue, not started, continuous (no deadline), suspended. --agency \
        matches lead and cooperating agencies, without diacritics and by abbreviation ("so ke hoach", "Sở \
        KH&ĐT"). --standing takes a code (overdue, due-soon, done-on-time, …) or the Vietnamese label ("quá \
        hạn").
        """) + "\n\n" + HelpText.examples("""
          kehoach list kon-tum-3785 --agency "so ke hoach" --format json
          kehoach list thai-nguyen --standing "qua han" --as-of 2026-01-15
          kehoach list kon-tum-3785 --format csv -o nhiem-vu.csv
        """)
    )

    enum Format: String, FormatName { case table, json, csv }

    @Argument(help: HelpText.option(vi: "Mã kế hoạch.", en: "The plan id."), completion: StoreCompletion.planIDs)
    var plan: String

    @Option(help: HelpText.option(vi: "Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp.", en: "Only tasks this agency leads or cooperates on."))
    var agency: String?

    @Option(help: HelpText.option(vi: "Chỉ các nhiệm vụ có tình trạng này.", en: "Only tasks with this standing."))
    var standing: String?

    @Option(help: HelpText.option(vi: "Ngày tính tình trạng: 2026-01-15 hoặc 15/01/2026 (mặc định: hôm nay).", en: "The day standings are worked out for: 2026-01-15 or 15/01/2026 (default: today)."))
    var asOf: String?

    @Option(help: HelpText.option(vi: "Số ngày trước hạn được coi là sắp đến hạn.", en: "Days before a deadline that count as due soon."))
    var dueSoonDays: Int = StandingCalculator.defaultDueSoonDays

    @Option(help: HelpText.option(vi: "Kết quả: table (bảng), json hoặc csv.", en: "Output: table, json or csv."))
    var format: Format = .table

    @OptionGroup var output: OutputOptions

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
        let summary = try context.resolveSummary(self.plan)
        let filter = agency.map { AgencyFilter(query: $0, directory: try? AgencyDirectory.bundled()) }
        // The store answers from its rows: each distinct agency is judged once, the standing in SQL.
        let query = TaskQuery(asOf: day, dueSoonDays: dueSoonDays, standing: wanted,
                              agency: filter.map { filter in { filter.matches($0) } })
        let listing = try context.attempt { try context.store.listTasks(planID: summary.id, query: query) }
        if let agency, !listing.agencyMatched {
            throw CommandSupport.Failure(message: l.pick(vi: "không cơ quan nào trong \(summary.id) khớp \"\(agency)\"",
                                                         en: "no agency in \(summary.id) matches \"\(agency)\""), code: 1)
        }
        let rows = listing.tasks
        switch format {
        case .json: try output.writeJSON(language: l) { json(rows, l, asOf: day, into: &$0) }
        case .csv: try output.write(csv(rows, l), language: l)
        case .table: try output.writeText(table(rows, l, day: day), language: l)
        }
    }

    private func table(_ rows: [ListedTask], _ l: Language, day: CalendarDate) -> String {
        var table = TableText(headers: [l.pick(vi: "Mã", en: "Code"), l.pick(vi: "Tình trạng", en: "Standing"),
                                        l.pick(vi: "Thời hạn", en: "Timeframe"), l.pick(vi: "Chủ trì", en: "Lead"),
                                        l.pick(vi: "Nhiệm vụ", en: "Task")], flexibleColumn: 4)
        table.rows = rows.map { row in
            [StoreErrorText.label(row.key), Labels.standing(row.standing, l) + (row.record?.progress.map { " \($0)%" } ?? ""),
             row.timeframeText, row.lead.joined(separator: ", "), row.text]
        }
        let counts = StandingCounts(rows.map(\.standing))
        let percent = counts.onTimePercentage.map { String(format: "%.0f%%", $0) } ?? "—"
        let footer = l.pick(vi: "\(rows.count) nhiệm vụ · tính đến \(day.vietnamese) · đúng hạn \(percent) (không tính thường xuyên)",
                            en: "tasks: \(rows.count) · as of \(day.iso) · on time \(percent) (continuous excluded)")
        return table.render(width: output.tableWidth) + "\n" + footer
    }

    private func csv(_ rows: [ListedTask], _ l: Language) -> String {
        var lines = [CSVText.line(["code", "year", "group", "standing", "status", "progress", "done_on", "deadline",
                                   "timeframe", "lead", "cooperating", "text", "note"])]
        for row in rows {
            lines.append(CSVText.line([
                row.code, row.key.year.map(String.init) ?? "", row.groupCode, row.standing.rawValue,
                (row.record?.status ?? .notStarted).rawValue, row.record?.progress.map(String.init) ?? "",
                row.record?.doneOn?.iso ?? "", row.deadline?.iso ?? "", row.timeframeText,
                row.lead.joined(separator: "; "), row.cooperating.joined(separator: "; "), row.text, row.record?.note ?? "",
            ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

extension ListCommand {
    /// The rows as the JSON array `JSONEncoder` used to print (sorted keys, nil fields left out), streamed.
    func json(_ rows: [ListedTask], _ l: Language, asOf: CalendarDate, into json: inout JSONStream) {
        let day = asOf.iso
        let labels = Dictionary(uniqueKeysWithValues: Standing.allCases.map { ($0, Labels.standing($0, l)) })
        json.beginArray()
        for row in rows {
            json.beginObject()
            json.string("asOf", day)
            json.string("code", row.code)
            json.strings("cooperating", row.cooperating)
            json.string("deadline", row.deadline?.iso)
            json.string("doneOn", row.record?.doneOn?.iso)
            json.string("group", row.groupCode)
            json.strings("lead", row.lead)
            json.string("note", row.record?.note)
            json.int("progress", row.record?.progress)
            json.string("standing", row.standing.rawValue)
            json.string("standingLabel", labels[row.standing])
            json.string("status", (row.record?.status ?? .notStarted).rawValue)
            json.string("text", row.text)
            json.string("timeframe", row.timeframeText)
            json.int("version", row.record?.version ?? 0)
            json.int("year", row.key.year)
            json.endObject()
        }
        json.endArray()
    }
}
