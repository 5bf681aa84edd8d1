import Dashboard
import Foundation
@testable import PlanKit
import PlanStore
import Testing

/// One hostile corpus fed through every input (the text importer, the YAML import, the store's writers
/// as the command line and the editors reach them) and checked on every output (CSV, JSON, Markdown,
/// YAML, DOT, the text and CSV reports). Issue 17.
@Suite struct HostileCorpusTests {
    /// What a hostile tester puts in a plan or a note: terminal escapes (CSI, OSC 52 clipboard, OSC 8
    /// link, OSC 0 title), C1 CSI, BEL, NUL, DEL, the bidi overrides and isolates, NEL and U+2028.
    static let escapes = [
        "\u{1B}[2J", "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]8;;http://x.example\u{1B}\\", "\u{1B}]0;title\u{07}",
        "\u{9B}31m", "\u{07}", "\u{0}", "\u{7F}", "\u{202E}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{85}", "\u{2028}",
    ]
    /// Spreadsheet formulas, kept as text at the boundary (they are legitimate text) and neutralised in CSV.
    static let formulas = ["=HYPERLINK(\"http://x.example\",\"x\")", "+1+2", "-3+4", "@SUM(A1:A2)", "\t=1", "\r=1"]
    static let hostile = escapes.joined() + "Sở"

    /// Any scalar that could steer a terminal or reorder text, outside a CRLF line end.
    static func unsafeScalars(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (i, s) in scalars.enumerated() where ControlCharacters.isUnsafe(s) || s.value == 0x2028 || s.value == 0x2029 {
            if s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { continue }
            found.append("U+" + String(s.value, radix: 16, uppercase: true))
        }
        return found
    }

    /// Every string a plan carries, by key path on its encoding.
    static func strings(of plan: Plan) throws -> [String] {
        func walk(_ value: Any) -> [String] {
            if let s = value as? String { return [s] }
            if let a = value as? [Any] { return a.flatMap(walk) }
            if let d = value as? [String: Any] { return d.keys.map { $0 } + d.values.flatMap(walk) }
            return []
        }
        return walk(try JSONSerialization.jsonObject(with: JSONEncoder().encode(plan)))
    }

    /// A seed plan with the corpus in every kind of field, the boundary bypassed (as an older store
    /// or a bug could leave it): what the writers must escape by themselves.
    static func hostilePlan() -> Plan {
        var plan = Seeds.konTum
        plan.identity.title = hostile + plan.identity.title
        plan.identity.issuer = "\u{1B}]0;x\u{07}" + plan.identity.issuer
        for index in plan.tasks.indices {
            let formula = formulas[index % formulas.count]
            plan.tasks[index].text = (index % 2 == 0 ? formula : hostile) + plan.tasks[index].text
            if !plan.tasks[index].lead.isEmpty { plan.tasks[index].lead[0].printed = hostile + plan.tasks[index].lead[0].printed }
            plan.tasks[index].remark = formula
        }
        return plan
    }

    static func hostileStatuses(_ plan: Plan) -> [StatusKey: StatusRecord] {
        var statuses: [StatusKey: StatusRecord] = [:]
        for (index, task) in plan.tasks.enumerated() {
            let key = StatusKey(taskCode: task.code, year: task.timeframe.hasYearlyInstances ? 2026 : nil)
            statuses[key] = StatusRecord(key: key, status: .inProgress, progress: 10,
                                         note: formulas[index % formulas.count] + hostile, doneOn: nil,
                                         version: 1, updatedBy: hostile)
        }
        return statuses
    }

    // MARK: Outputs

    /// Every output of an export and a report, by name.
    static func outputs(plan: Plan, statuses: [StatusKey: StatusRecord]) throws -> [(String, String)] {
        let wording = Localizer(.vi)
        let asOf = Seeds.date("2026-11-23")
        let export = PlanExport(plan: plan, id: "kon-tum-3785", statuses: statuses, derivedFor: asOf)
        let report = ReportBuilder.build(ReportInput(planID: "kon-tum-3785", plan: plan, statuses: statuses),
                                         options: ReportOptions(asOf: asOf, directory: Seeds.directory))
        let layout = ReportLayout(report, wording: wording)
        return [
            ("export csv", PlanCSV.render(export, wording: wording)),
            ("export json", try export.json()),
            ("export md", PlanMarkdown.render(export, wording: wording)),
            ("export yaml", try PlanExport(plan: plan, id: "kon-tum-3785", statuses: statuses).yaml()),
            ("export dot", DotGraph.render(plan)),
            ("plan json", try PlanDocument(plan).json()),
            ("report md", MarkdownReport.render(layout)),
            ("report txt", TextReport.render(layout)),
            ("report csv", CSVReport.render(layout)),
            ("report json", try JSONReport.render(report, wording: wording)),
        ]
    }

    @Test func everyOutputEscapesWhatReachesIt() throws {
        let plan = Self.hostilePlan()
        for (name, text) in try Self.outputs(plan: plan, statuses: Self.hostileStatuses(plan)) {
            #expect(Self.unsafeScalars(text).isEmpty, "\(name) lets through \(Set(Self.unsafeScalars(text)).sorted())")
        }
    }

    @Test func csvNeutralisesFormulas() throws {
        let plan = Self.hostilePlan()
        let wording = Localizer(.vi)
        let csv = PlanCSV.render(PlanExport(plan: plan, id: "kon-tum-3785", statuses: Self.hostileStatuses(plan),
                                            derivedFor: Seeds.date("2026-11-23")), wording: wording)
        // Every field is quoted; a field's first character after the quote never starts a formula.
        for field in csv.components(separatedBy: "\",\"") {
            let content = field.hasPrefix("\"") || field.hasPrefix("\u{FEFF}\"") ? String(field.drop(while: { $0 == "\"" || $0 == "\u{FEFF}" })) : field
            #expect(!OutputEscaping.startsLikeFormula(content), "field starts a formula: \(content.prefix(20))")
        }
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")"))
        #expect(csv.contains("\"'@SUM(A1:A2)"))
        #expect(OutputEscaping.csvField("=1+2") == "\"'=1+2\"")
        #expect(OutputEscaping.csvField("-") == "\"'-\"")
        #expect(OutputEscaping.csvField("Sở 1-2") == "\"Sở 1-2\"")
        #expect(OutputEscaping.csvFieldMinimal("plain") == "plain")
        #expect(OutputEscaping.csvFieldMinimal("+84 260") == "\"'+84 260\"")
    }

    @Test func jsonEscapesC1AndLineSeparators() throws {
        let json = OutputEscaping.json("{\"a\":\"x\u{9B}y\u{2028}z\u{202E}\u{7F}\"}")
        #expect(json == "{\"a\":\"x\\u009By\\u2028z\\u202E\\u007F\"}")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["a"] == "x\u{9B}y\u{2028}z\u{202E}\u{7F}")
    }

    // MARK: Inputs

    @Test func textImportRemovesC1AndBidiControls() throws {
        let url = Seeds.packageRoot.appendingPathComponent("Assets/plans/2-kon-tum-3785-semiconductor-hr-plan.txt")
        let seed = try String(contentsOf: url, encoding: .utf8)
        // C1 and bidi controls pass the .txt reader's binary check: put them on every line.
        let poisoned = seed.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "\u{202E}\u{9B}" + $0 + "\u{2066}\u{85}" }.joined(separator: "\n")
        let result = try PlanImporter.importPlan(data: Data(poisoned.utf8), directory: Seeds.directory)
        #expect(result.plan.tasks.count == Seeds.konTum.tasks.count)
        for string in try Self.strings(of: result.plan) {
            #expect(ControlCharacters.isClean(string), "unclean: \(string.prefix(30))")
        }
        for warning in result.warnings { #expect(warning.quotedTexts.allSatisfy(ControlCharacters.isClean)) }
        // C0 escapes make the file binary: refused, nothing read.
        #expect(throws: ImportError.self) {
            try PlanImporter.importPlan(data: Data(("\u{1B}]52;c;eA==\u{07}" + seed).utf8), directory: Seeds.directory)
        }
    }

    @Test func yamlImportRemovesEscapes() throws {
        let plan = Self.hostilePlan()
        // JSON is YAML: the export's JSON carries the corpus as \u escapes, so it really reaches the reader.
        let yaml = try PlanExport(plan: plan, id: "kon-tum-3785", statuses: Self.hostileStatuses(plan)).json()
        #expect(yaml.lowercased().contains("\\u001b"))
        let raw = try PlanExport.fromYAML(yaml)
        #expect(raw.tasks.contains { $0.text.contains("\u{1B}") })
        let read = try raw.read(directory: Seeds.directory)
        for string in try Self.strings(of: read.plan) {
            #expect(ControlCharacters.isClean(string), "unclean: \(string.debugDescription.prefix(40))")
        }
        for record in read.statuses.values {
            #expect(ControlCharacters.isClean(record.note ?? ""))
            #expect(ControlCharacters.isClean(record.updatedBy ?? ""))
        }
        #expect(read.plan.tasks[0].text.hasPrefix("=HYPERLINK"))  // formulas are text, kept
        // A lone surrogate escape is no character at all: the file is refused, nothing is read.
        let first = try #require(yaml.range(of: "\"text\" : \""))
        let lone = yaml.replacingCharacters(in: first, with: "\"text\" : \"\\ud800")
        #expect(throws: PlanExportError.self) { try PlanExport.fromYAML(lone) }
    }

    @Test func storeWritersCleanNotesAndNamesAndPlans() throws {
        let temp = try TempStore([])
        let store = try temp.open()
        _ = try store.importPlan(Self.hostilePlan(), sourceText: "x", by: Self.hostile)
        let stored = try #require(try store.plan(id: store.plans()[0].id))
        for string in try Self.strings(of: stored) { #expect(ControlCharacters.isClean(string)) }
        let task = stored.tasks[1]
        let key = StatusKey(taskCode: task.code, year: task.timeframe.hasYearlyInstances ? 2026 : nil)
        let applied = try store.apply([StatusChange(key: key, status: .inProgress, note: Self.hostile, basedOnVersion: 0)],
                                      planID: store.plans()[0].id, by: Self.hostile)
        let record = try #require(applied.records.first)
        // Every escape sequence gone whole; the U+2028 became a line break.
        #expect(record.note == "\nSở")
        #expect(record.updatedBy == "\nSở")
        let history = try store.history(planID: store.plans()[0].id, taskCode: task.code)
        #expect(history.allSatisfy { ControlCharacters.isClean($0.who) && ControlCharacters.isClean($0.to.note ?? "") })
        // The whole way out, from what the store holds.
        let id = try store.plans()[0].id
        for (name, text) in try Self.outputs(plan: stored, statuses: store.statuses(planID: id)) {
            #expect(Self.unsafeScalars(text).isEmpty, "\(name)")
        }
    }

    // MARK: The sanitiser's rules

    @Test func boundaryRemovesAndScreenShows() {
        #expect(ControlCharacters.clean("a\u{1B}[2Jb\u{9B}2Jc\u{202E}d\u{0}e\u{7F}") == "abcde")
        #expect(ControlCharacters.clean("dòng 1\r\ndòng 2\rdòng 3\tcột") == "dòng 1\ndòng 2\ndòng 3\tcột")
        #expect(ControlCharacters.clean("Ho\u{0300}a") == "Hòa")  // NFC
        #expect(ControlCharacters.clean("\u{200F}שלום") == "\u{200F}שלום")  // bidi marks kept
        #expect(ControlCharacters.terminalText("a\u{1B}b\u{202E}c\r\nd\re") == "a␛b\u{FFFD}c\r\nd␍e")
        #expect(ControlCharacters.sanitize("x\u{2067}y") == "x\u{FFFD}y")
        #expect(MarkdownReport.escape("a\u{1B}]52;c;x\u{07}") == "a␛\\]52;c;x␇")
        // Whole escape sequences go, not only their ESC: no debris.
        #expect(ControlCharacters.clean("a\u{1B}]52;c;aGk=\u{07}b\u{1B}]8;;http://x\u{1B}\\c\u{9B}2Jd\u{1B}[1;31me\u{1B}cf") == "abcdef")
        #expect(ControlCharacters.clean("a\u{1B}]0;unterminated\nb") == "a\nb")
        #expect(ControlCharacters.clean("dòng\u{2028}mới") == "dòng\nmới")
        #expect(DotGraph.quote("a\u{202E}\u{9B}b") == "\"ab\"")
    }
}
