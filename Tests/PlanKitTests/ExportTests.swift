import Foundation
import Testing
@testable import PlanKit

@Suite struct ExportTests {
    /// Statuses as they come back: the file does not carry versions or timestamps.
    static func comparable(_ statuses: [StatusKey: StatusRecord]) -> [StatusKey: StatusRecord] {
        statuses.mapValues { StatusRecord(key: $0.key, status: $0.status, progress: $0.progress, note: $0.note, doneOn: $0.doneOn) }
    }

    @Test(arguments: [TestSupport.konTumFile, TestSupport.thaiNguyenFile])
    func yamlRoundTripIsEqual(_ file: String) throws {
        let plan = try TestSupport.importSeed(file).plan
        let statuses = file == TestSupport.konTumFile ? ReportFixtures.konTumStatuses : ReportFixtures.thaiNguyenStatuses
        let values = file == TestSupport.konTumFile ? [] : ReportFixtures.thaiNguyenValues
        let yaml = try PlanExport(plan: plan, id: plan.identity.slug, statuses: statuses, recordedValues: values).yaml()
        #expect(PlanExport.looksLikeExport(yaml))
        let back = try PlanExport.fromYAML(yaml).read(directory: TestSupport.directory)
        #expect(back.plan == plan)
        #expect(Self.comparable(back.statuses) == Self.comparable(statuses))
        #expect(back.recordedValues == values)
        // And once more: the second export is the same text.
        #expect(try PlanExport(plan: back.plan, id: plan.identity.slug, statuses: back.statuses,
                               recordedValues: back.recordedValues).yaml() == yaml)
    }

    @Test func aMonthlyReportDaySurvivesTheRoundTrip() throws {
        var plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        plan.reporting.append(ReportingDuty(reporters: plan.reporting.first?.reporters ?? [], recipient: nil, through: nil,
                                            dueMonth: ReportingDuty.everyMonth, dueDay: 20,
                                            text: "Báo cáo trước ngày 20 hằng tháng.", sourceLine: 9))
        let yaml = try PlanExport(plan: plan, id: "kon-tum-3785", statuses: [:]).yaml()
        #expect(yaml.contains("00-20"))
        let back = try PlanExport.fromYAML(yaml).read(directory: TestSupport.directory)
        #expect(back.plan == plan)
        #expect(back.plan.reporting.last?.isMonthly == true)
    }

    @Test func aUnitsParentSurvivesTheRoundTrip() throws {
        var plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let unit = AgencyRef(printed: "Phòng Quản lý ngân sách", agencyID: nil, canonical: "Phòng Quản lý ngân sách",
                             kind: .department, parentID: "so-tai-chinh")
        plan.tasks[0].lead = [unit]
        plan.duties[0].agencies.append(unit)
        let yaml = try PlanExport(plan: plan, id: "kon-tum-3785", statuses: [:]).yaml()
        #expect(yaml.contains("parent: so-tai-chinh"))
        let back = try PlanExport.fromYAML(yaml).read(directory: TestSupport.directory)
        #expect(back.plan.tasks[0].lead == [unit])
        #expect(back.plan == plan)
        // The JSON document says it too; a reference without a parent writes no "parent" at all.
        let json = try PlanDocument(plan).json()
        #expect(json.contains("\"parent\":\"so-tai-chinh\"") || json.contains("\"parent\" : \"so-tai-chinh\""))
        #expect(!(try PlanDocument(TestSupport.importSeed(TestSupport.konTumFile).plan).json()).contains("\"parent\""))
    }

    @Test func handCorrectionsAreResolvedAgain() throws {
        let plan = try TestSupport.importSeed(TestSupport.thaiNguyenFile).plan
        var export = PlanExport(plan: plan, id: "thai-nguyen", statuses: [:])
        // An official retypes a lead agency by its abbreviation and the timeframe as a new year.
        export.tasks[0].lead = [PlanExport.Agency(name: "Sở KH&ĐT", canonical: nil, kind: nil, id: nil)]
        export.tasks[0].timeframe = PlanExport.TimeframeEntry(text: "Năm 2027")
        let back = try PlanExport.fromYAML(try export.yaml()).read(directory: TestSupport.directory)
        #expect(back.plan.tasks[0].lead.first?.agencyID == "so-ke-hoach-dau-tu")
        #expect(back.plan.tasks[0].timeframe.end == TestSupport.date("2027-12-31"))
    }

    @Test func invalidExportsSayWhere() throws {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let yaml = try PlanExport(plan: plan, id: "kon-tum-3785", statuses: ReportFixtures.konTumStatuses).yaml()
        let badStatus = yaml.replacingOccurrences(of: "status: in-progress", with: "status: maybe")
        #expect(throws: PlanExportError.self) { try PlanExport.fromYAML(badStatus) }
        do {
            _ = try PlanExport.fromYAML(badStatus)
        } catch {
            #expect("\(error)".contains("tasks[2]"))
        }
        // A yearly task's status without its year.
        var export = PlanExport(plan: plan, id: "kon-tum-3785", statuses: [:])
        export.tasks[0].statuses = [PlanExport.StatusEntry(status: .done)]
        #expect(throws: PlanExportError.badEntry(path: "tasks[0] (I.1)", problem: .yearNeeded)) {
            try export.read(directory: nil)
        }
    }

    @Test func excelCSVQuotesEverythingWithBOMAndCRLF() {
        let text = ExcelCSV.document([["TT", "Nhiệm vụ"], ["1.1", "Khảo sát \"tiềm năng\", đánh giá\nnhu cầu"]])
        #expect(text.hasPrefix("\u{FEFF}\"TT\",\"Nhiệm vụ\"\r\n"))
        #expect(CSVReader.parse(text) == [["TT", "Nhiệm vụ"], ["1.1", "Khảo sát \"tiềm năng\", đánh giá\nnhu cầu"]])
    }

    @Test func outputFileRefusesToOverwriteWithoutForce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-out-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/bao-cao.md"
        try OutputFile.write("một", to: path, overwrite: false)
        #expect(throws: OutputFile.WriteError.exists(path: path)) { try OutputFile.write("hai", to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "một")
        try OutputFile.write("ba", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ba")
        #expect(OutputFile.available(path) == dir + "/bao-cao-2.md")
        #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("x", to: dir + "/no/such/dir.md", overwrite: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["bao-cao.md"])  // nothing half-written left
    }
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, a leading byte-order mark.
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" || c == "\r" {
                record.append(field)
                field = ""
                if i < chars.count - 1 || record != [""] { records.append(record) }
                record = []
            } else {
                field.append(c)
            }
            i += 1
        }
        return records
    }
}
