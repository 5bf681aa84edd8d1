import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// The report as the officials receive it: Markdown against a reviewed golden file, CSV read back,
/// both languages complete, and `:report` from the dashboard.
@Suite struct ReportRenderTests {
    static let asOf = Seeds.date("2026-11-23")

    static func record(_ code: String, _ status: TaskStatus, progress: Int? = nil, doneOn: String? = nil,
                       note: String? = nil) -> (StatusKey, StatusRecord) {
        let key = StatusKey(taskCode: code)
        return (key, StatusRecord(key: key, status: status, progress: progress, note: note, doneOn: doneOn.map(Seeds.date),
                                  version: 1, updatedBy: "Lan"))
    }

    /// Fixed statuses, changes and a recorded value on the Thái Nguyên plan.
    static func report(breakdown: ReportBreakdown = .agency) -> PlanReport {
        let statuses = Dictionary(uniqueKeysWithValues: [
            record("1.2", .done, progress: 100, doneOn: "2025-12-20"),
            record("1.3", .done, progress: 100, doneOn: "2026-02-10"),
            record("3.1", .inProgress, progress: 60, note: "Chờ ý kiến các sở | bản 2"),
            record("4.2", .suspended),
            record("6", .inProgress),
        ])
        let changes = [
            StatusChangeRecord(key: StatusKey(taskCode: "1.3"), on: Seeds.date("2026-02-10"), who: "Nguyễn Thị Lan",
                               kind: .edit, from: nil, to: .done, progress: 100, doneOn: Seeds.date("2026-02-10")),
            StatusChangeRecord(key: StatusKey(taskCode: "3.1"), on: Seeds.date("2026-04-02"), who: "Trần Minh",
                               kind: .edit, from: .notStarted, to: .inProgress, progress: 60, note: "Chờ ý kiến các sở | bản 2"),
        ]
        let values = [TargetValue(objectiveIndex: 6, targetIndex: 0, year: 2026, value: 1280.5)]
        return ReportBuilder.build(ReportInput(planID: "thai-nguyen", plan: Seeds.thaiNguyen, statuses: statuses,
                                               changes: changes, recordedValues: values),
                                   options: ReportOptions(asOf: asOf, breakdown: breakdown, directory: Seeds.directory))
    }

    @Test func markdownMatchesTheGoldenFile() throws {
        let markdown = MarkdownReport.render(ReportLayout(Self.report(), wording: Localizer(.vi)))
        let golden = Seeds.packageRoot.appendingPathComponent("Tests/DashboardTests/Golden/report-thai-nguyen-2026-11-23.md")
        if ProcessInfo.processInfo.environment["KEHOACH_UPDATE_GOLDEN"] == "1" {
            try markdown.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(markdown == expected, "rerun with KEHOACH_UPDATE_GOLDEN=1 and review the diff")
    }

    @Test func markdownEscapesPipesAndNamesSuccessors() {
        let markdown = MarkdownReport.render(ReportLayout(Self.report(), wording: Localizer(.vi)))
        #expect(markdown.contains("Chờ ý kiến các sở \\| bản 2"))
        #expect(markdown.contains("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"))
        #expect(markdown.contains("1.280,5"))  // Vietnamese number writing
        #expect(markdown.contains("| 3.1 |"))
    }

    @Test func englishIsCompleteAndSeparate() {
        let english = MarkdownReport.render(ReportLayout(Self.report(), wording: Localizer(.en)))
        for phrase in ["Plan implementation report", "By lead agency", "Overdue ratio", "now: Sở Tài chính", "1,280.5",
                       "Overdue tasks, not done", "Reporting duties", "2026-12-10 (17 days left)"] {
            #expect(english.contains(phrase), "\(phrase)")
        }
        for phrase in ["Tổng hợp", "Tỷ lệ quá hạn", "nay:", "Chưa thực hiện", "còn 17 ngày"] {
            #expect(!english.contains(phrase), "\(phrase)")
        }
    }

    @Test func csvReadsBackWithVietnameseIntact() throws {
        let csv = CSVReport.render(ReportLayout(Self.report(), wording: Localizer(.vi)))
        #expect(csv.hasPrefix("\u{FEFF}\""))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n") || csv.contains("\r\n"))
        let records = SimpleCSV.parse(csv)
        #expect(records.first == ["Báo cáo tình hình thực hiện kế hoạch"])
        let overdueTitle = try #require(records.firstIndex { $0.first?.hasSuffix("Nhiệm vụ quá hạn chưa hoàn thành") == true })
        #expect(records[overdueTitle + 1].first == "TT")
        #expect(records[overdueTitle + 2].prefix(3) == ["3.1", Seeds.thaiNguyen.task(code: "3.1")?.text ?? "",
                                                        "Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"])
        #expect(records.contains { $0.first == "Tỷ lệ quá hạn" && $0.last == "2/14 (14,3%)" })
    }

    @Test func plainTextLinesUpAndKeepsEveryWord() {
        let text = TextReport.render(ReportLayout(Self.report(), wording: Localizer(.vi)), width: 100)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 100 })
        // At 100 columns the agency column wraps; every word is still there.
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)") || text.contains("Tài chính)"))
        #expect(text.contains("Sở Kế hoạch và"))
        #expect(text.contains("Tỷ lệ quá hạn"))
    }

    @Test func planCSVHasOneRowPerTaskAndAgenciesJoined() throws {
        let export = PlanExport(plan: Seeds.konTum, id: "kon-tum-3785", statuses: [:], derivedFor: Self.asOf)
        let records = SimpleCSV.parse(PlanCSV.render(export, wording: Localizer(.vi)))
        #expect(records.count == 1 + Seeds.konTum.tasks.count)
        let vii1 = try #require(records.first { $0.first == "VII.1" })
        #expect(vii1[3] == "Sở Thông tin và Truyền thông; Sở Giáo dục và Đào tạo")
        #expect(vii1[5] == "Thường xuyên, hàng năm")
    }

    @Test func reportCommandWritesAFileNamedAfterThePlanAndDay() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-dash-report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = InMemoryStore(plans: [("kon-tum-3785", Seeds.konTum)])
        var configuration = DashboardConfiguration(language: .vi, user: "thu-ky", asOf: Self.asOf,
                                                   successors: .directory(Seeds.directory))
        configuration.reportDirectory = dir
        configuration.agencyDirectory = Seeds.directory
        let keys: [ScriptedTerminal.Event] = [.key(.char(":"))] + "report-md".map { .key(.char($0)) } + [.key(.enter)]
        let twice = keys + keys + [.key(.char("q"))]
        let device = ScriptedTerminal(width: 120, height: 30, script: twice)
        let runtime = DashboardRuntime(store: store, device: device, configuration: configuration)
        _ = runtime.run()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        // The second :report-md keeps the first file and numbers the new one.
        #expect(files == ["bao-cao-kon-tum-3785-2026-11-23-2.md", "bao-cao-kon-tum-3785-2026-11-23.md"])
        let written = try String(contentsOfFile: dir + "/bao-cao-kon-tum-3785-2026-11-23.md", encoding: .utf8)
        #expect(written.hasPrefix("# Báo cáo tình hình thực hiện kế hoạch"))
        #expect(runtime.state.message.map { runtime.state.text($0.text) }?.contains("bao-cao-kon-tum-3785-2026-11-23-2.md") == true)
    }
}

/// RFC 4180 reading for the tests: quoted fields, doubled quotes, CRLF, a leading byte-order mark.
enum SimpleCSV {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var rest = Substring(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        while let c = rest.popFirst() {
            if quoted {
                if c == "\"" {
                    if rest.first == "\"" { field.append("\""); rest.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                record.append(field)
                records.append(record == [""] ? [] : record)
                record = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }
}
