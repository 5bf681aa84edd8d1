import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text(.listAbstract),
        discussion: HelpText.text(.listDiscussion) + "\n\n" + HelpText.examples("""
          kehoach list kon-tum-3785 --agency "so ke hoach" --format json
          kehoach list thai-nguyen --standing "qua han" --as-of 2026-01-15
          kehoach list kon-tum-3785 --format csv -o nhiem-vu.csv
        """)
    )

    enum Format: String, FormatName { case table, json, csv }

    @Argument(help: HelpText.option(.planArgumentShort), completion: StoreCompletion.planIDs)
    var plan: String

    @Option(help: HelpText.option(.listAgency))
    var agency: String?

    @Option(help: HelpText.option(.listStanding))
    var standing: String?

    @Option(help: HelpText.option(.listAsOf))
    var asOf: String?

    @Option(help: HelpText.option(.dueSoonDays))
    var dueSoonDays: Int = StandingCalculator.defaultDueSoonDays

    @Option(help: HelpText.option(.listFormat))
    var format: Format = .table

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let day: CalendarDate
        if let asOf {
            guard let parsed = Labels.parseDate(asOf) else {
                throw CommandSupport.Failure(message: l(CommandMessage.listNotDate(asOf: asOf)), code: 1)
            }
            day = parsed
        } else {
            day = Labels.today()
        }
        let wanted = try standing.map { text -> Standing in
            guard let parsed = Labels.parseStanding(text) else {
                let codes = Standing.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandSupport.Failure(message: l(CommandMessage.listStandingUnknownUse(text: text, codes: codes)), code: 1)
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
            throw CommandSupport.Failure(message: l(CommandMessage.noAgencyMatches(plan: summary.id, agency: agency)), code: 1)
        }
        let rows = listing.tasks
        switch format {
        case .json: try output.writeJSON(language: l) { json(rows, l, asOf: day, into: &$0) }
        case .csv: try output.write(csv(rows, l), language: l)
        case .table: try output.writeText(table(rows, l, day: day), language: l)
        }
    }

    private func table(_ rows: [ListedTask], _ l: Language, day: CalendarDate) -> String {
        var table = TableText(headers: [l(CommandWord.listCode), l(CommandWord.listStanding),
                                        l(CommandWord.listTimeframe), l(CommandWord.listLead),
                                        l(CommandWord.columnTask)], flexibleColumn: 4)
        table.rows = rows.map { row in
            [StoreErrorText.label(row.key), Labels.standing(row.standing, l) + (row.record?.progress.map { " \($0)%" } ?? ""),
             row.timeframeText, row.lead.joined(separator: ", "), row.text]
        }
        let counts = StandingCounts(rows.map(\.standing))
        let percent = counts.onTimePercentage.map { String(format: "%.0f%%", $0) } ?? "—"
        let footer = l(CommandMessage.listFooter(tasks: rows.count, asOf: day, onTime: percent))
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
    /// The members of a row, each quoted once.
    private enum Key {
        static let asOf = JSONStream.Key("asOf"), code = JSONStream.Key("code"), cooperating = JSONStream.Key("cooperating")
        static let deadline = JSONStream.Key("deadline"), doneOn = JSONStream.Key("doneOn"), group = JSONStream.Key("group")
        static let lead = JSONStream.Key("lead"), note = JSONStream.Key("note"), progress = JSONStream.Key("progress")
        static let standing = JSONStream.Key("standing"), standingLabel = JSONStream.Key("standingLabel")
        static let status = JSONStream.Key("status"), text = JSONStream.Key("text"), timeframe = JSONStream.Key("timeframe")
        static let version = JSONStream.Key("version"), year = JSONStream.Key("year")
    }

    /// The rows as the JSON array `JSONEncoder` used to print (sorted keys, nil fields left out), streamed.
    func json(_ rows: [ListedTask], _ l: Language, asOf: CalendarDate, into json: inout JSONStream) {
        // What many rows repeat, quoted once.
        let day = JSONStream.Quoted(asOf.iso)
        let standings = Dictionary(uniqueKeysWithValues: Standing.allCases.map {
            ($0, (code: JSONStream.Quoted($0.rawValue), label: JSONStream.Quoted(Labels.standing($0, l))))
        })
        let statuses = Dictionary(uniqueKeysWithValues: TaskStatus.allCases.map { ($0, JSONStream.Quoted($0.rawValue)) })
        // A list's rows mostly share their standing and status: looked up again only when they change.
        var standing = (value: Standing.notStarted, quoted: standings[.notStarted]!)
        var status = (value: TaskStatus.notStarted, quoted: statuses[.notStarted]!)
        json.beginArray()
        for row in rows {
            if row.standing != standing.value { standing = (row.standing, standings[row.standing]!) }
            let rowStatus = row.record?.status ?? .notStarted
            if rowStatus != status.value { status = (rowStatus, statuses[rowStatus]!) }
            json.beginObject()
            json.string(Key.asOf, day)
            json.string(Key.code, row.code)
            json.strings(Key.cooperating, row.cooperating)
            json.string(Key.deadline, row.deadline?.iso)
            json.string(Key.doneOn, row.record?.doneOn?.iso)
            json.string(Key.group, row.groupCode)
            json.strings(Key.lead, row.lead)
            json.string(Key.note, row.record?.note)
            json.int(Key.progress, row.record?.progress)
            json.string(Key.standing, standing.quoted.code)
            json.string(Key.standingLabel, standing.quoted.label)
            json.string(Key.status, status.quoted)
            json.string(Key.text, row.text)
            json.string(Key.timeframe, row.timeframeText)
            json.int(Key.version, row.record?.version ?? 0)
            json.int(Key.year, row.key.year)
            json.endObject()
        }
        json.endArray()
    }
}
