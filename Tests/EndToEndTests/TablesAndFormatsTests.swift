import Foundation
import Testing

/// The command line's conventions through the real binary: tables fitted to the terminal's width, one
/// spelling of format names, `-o` on agencies and import.
@Suite("Tables, format names and -o") struct TablesAndFormatsTests {
    typealias Scratch = ReportExportCommandTests.Scratch

    static let planFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Assets/plans/2-kon-tum-3785-semiconductor-hr-plan.txt")

    static func run(_ s: Scratch, _ arguments: [String], columns: String?) throws -> Binary.Output {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["KEHOACH_USER"] = "Lan"
        environment.removeValue(forKey: "COLUMNS")
        if let columns { environment["COLUMNS"] = columns }
        return try Binary.kehoach(arguments + ["--db", s.db], cwd: s.url.path, environment: environment)
    }

    /// The table's lines (up to the footer `list` adds, which is a sentence); Vietnamese text takes one
    /// column a character (NFC, no wide characters in these tables).
    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").filter { !$0.contains(" · ") }.map { $0.precomposedStringWithCanonicalMapping.count }.max() ?? 0
    }

    @Test func tablesFitColumnsAndAPipeGetsWholeCells() throws {
        let s = try Scratch()
        for command in [["list", "kon-tum-3785"], ["agencies"], ["plans"]] {
            let whole = try Self.run(s, command, columns: nil)
            #expect(whole.status == 0, "\(command): \(whole.stderr)")
            #expect(!whole.stdout.contains("…"), "\(command): a pipe without COLUMNS cuts nothing")
            for columns in [60, 100] {
                let fitted = try Self.run(s, command, columns: String(columns))
                #expect(fitted.status == 0)
                #expect(Self.widest(fitted.stdout) <= columns, "\(command) at \(columns): \(fitted.stdout.prefix(600))")
                if Self.widest(whole.stdout) > columns {
                    #expect(fitted.stdout.contains("…"), "\(command) at \(columns): a cut cell ends in …")
                }
            }
        }
        // At 60 columns the task text gives way; the code and the plan id, typed next, stay whole.
        let plans = try Self.run(s, ["plans"], columns: "60").stdout
        #expect(plans.contains("kon-tum-3785 ") && plans.contains("thai-nguyen"), "\(plans)")
        let list = try Self.run(s, ["list", "kon-tum-3785"], columns: "60").stdout
        let rows = list.split(separator: "\n").dropFirst(2).filter { $0.hasPrefix("I.") || $0.hasPrefix("II.") }
        #expect(!rows.isEmpty && rows.allSatisfy { !$0.split(separator: " ")[0].contains("…") })
    }

    @Test func oneSpellingOfFormatNames() throws {
        let s = try Scratch()
        let text = try Self.run(s, ["report", "kon-tum-3785", "--format", "text"], columns: nil)
        let txt = try Self.run(s, ["report", "kon-tum-3785", "--format", "txt"], columns: nil)
        #expect(text.status == 0 && txt.status == 0, "\(text.stderr) \(txt.stderr)")
        #expect(text.stdout == txt.stdout && !text.stdout.isEmpty)
        let yml = try Self.run(s, ["export", "kon-tum-3785", "--format", "yml"], columns: nil)
        let yaml = try Self.run(s, ["export", "kon-tum-3785", "--format", "yaml"], columns: nil)
        #expect(yml.status == 0 && yml.stdout == yaml.stdout)
        for command in [["report", "--help"], ["import", "--help"], ["report", "--help", "--lang", "en"]] {
            let help = try Self.run(s, command, columns: "80").stdout
            #expect(help.contains("text"), "\(command)")
            #expect(!help.contains("txt"), "\(command): help shows one spelling")
        }
        let wrong = try Self.run(s, ["report", "kon-tum-3785", "--format", "pdf"], columns: nil)
        #expect(wrong.status == 1)
    }

    @Test func agenciesAndImportWriteWithO() throws {
        let s = try Scratch()
        try FileManager.default.copyItem(atPath: Self.planFile.path, toPath: s.path("ke-hoach.txt"))
        let cases: [[String]] = [["agencies"], ["import", "ke-hoach.txt", "--text"], ["import", "ke-hoach.txt", "--explain"],
                                 ["import", "ke-hoach.txt", "--dry-run", "--format", "json"]]
        for (index, command) in cases.enumerated() {
            let name = "out-\(index).txt"
            let standard = try Self.run(s, command, columns: nil)
            #expect(standard.status == 0, "\(command): \(standard.stderr)")
            let written = try Self.run(s, command + ["-o", name], columns: nil)
            #expect(written.status == 0, "\(command): \(written.stderr)")
            #expect(written.stdout.contains(name), "\(command) says where it wrote")
            let file = try String(contentsOfFile: s.path(name), encoding: .utf8)
            #expect(file == standard.stdout, "\(command): the file holds what the standard output gets")
            let again = try Self.run(s, command + ["-o", name], columns: nil)
            #expect(again.status == 1 && again.stderr.contains("--force"), "\(command)")
            #expect(try String(contentsOfFile: s.path(name), encoding: .utf8) == file, "kept")
            #expect(try Self.run(s, command + ["-o", name, "--force"], columns: nil).status == 0)
        }
        // A stored import has no document to write: -o is refused before anything is stored.
        let stored = try Self.run(s, ["import", "ke-hoach.txt", "-o", "tom-tat.txt"], columns: nil)
        #expect(stored.status == 1)
        #expect(stored.stderr.contains("--text"), "\(stored.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.path("tom-tat.txt")))
    }

    /// `result set|sections`, `due` and `admin` speak the UI language in --help too.
    @Test func resultDueAndAdminHelpInBothLanguages() throws {
        let s = try Scratch()
        let cases: [([String], String, String)] = [
            (["result", "set"], "Mã nhiệm vụ như trong văn bản", "The task code as printed"),
            (["result", "sections"], "Cơ quan báo cáo", "The reporting agency"),
            (["due"], "Chỉ các dòng của cơ quan này", "Only this agency's rows"),
            (["admin", "grant"], "Tên đăng nhập PostgreSQL", "The PostgreSQL login name"),
            (["admin"], "Thiết lập kho PostgreSQL dùng chung", "Set up a shared PostgreSQL store"),
        ]
        for (command, vietnamese, english) in cases {
            let vi = try Self.run(s, command + ["--help"], columns: "80").stdout
            let en = try Self.run(s, command + ["--help", "--lang", "en"], columns: "80").stdout
            #expect(vi.contains(vietnamese) && !vi.contains(english), "\(command): \(vi)")
            #expect(en.contains(english) && !en.contains(vietnamese), "\(command): \(en)")
        }
        // The plan, agency and period options are one group in both result commands.
        for command in [["result", "set"], ["result", "sections"]] {
            let help = try Self.run(s, command + ["--help", "--lang", "en"], columns: "100").stdout
            #expect(help.contains("--agency <agency>") && help.contains("--period <period>") && help.contains("<plan>"))
        }
    }
}
