import Foundation
import Testing

/// `kehoach report`, `export` and `import FILE.yaml` through the built binary, as an official runs them,
/// and the command line's conventions: --help everywhere, --version, completions, exit codes.
@Suite("Report and export commands")
struct ReportExportCommandTests {
    final class Scratch {
        let url: URL
        init() throws { url = try Binary.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: url) }
        var db: String { url.appendingPathComponent("kehoach.sqlite").path }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        @discardableResult
        func kehoach(_ arguments: [String], db: String? = nil) throws -> Binary.Output {
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            environment["KEHOACH_USER"] = "Lan"
            // Tables are cut to COLUMNS when it is set; these tests compare whole outputs.
            environment.removeValue(forKey: "COLUMNS")
            return try Binary.kehoach(arguments + ["--db", db ?? self.db], cwd: url.path, environment: environment)
        }
    }

    static func recordSomeStatuses(_ s: Scratch) throws {
        #expect(try s.kehoach(["status", "set", "kon-tum-3785", "II.1", "đang thực hiện", "--progress", "40",
                               "--note", "Đã họp, \"lần 1\""]).status == 0)
        #expect(try s.kehoach(["status", "set", "kon-tum-3785", "I.2", "done", "--done-on", "2026-03-01"]).status == 0)
        #expect(try s.kehoach(["status", "set", "kon-tum-3785", "I.1", "done", "--year", "2025", "--done-on", "2025-12-01"]).status == 0)
        #expect(try s.kehoach(["status", "set", "kon-tum-3785", "III.1", "tạm hoãn"]).status == 0)
    }

    @Test func reportIsWrittenOnceAndNeverOverwrittenWithoutForce() throws {
        let s = try Scratch()
        try Self.recordSomeStatuses(s)
        let first = try s.kehoach(["report", "kon-tum-3785", "--as-of", "23/11/2026", "-o", "bao-cao.md"])
        #expect(first.status == 0, "\(first.stderr)")
        let written = try String(contentsOfFile: s.path("bao-cao.md"), encoding: .utf8)
        #expect(written.contains("# Báo cáo tình hình thực hiện kế hoạch"))
        #expect(written.contains("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"))

        let again = try s.kehoach(["report", "kon-tum-3785", "--as-of", "2026-11-23", "-o", "bao-cao.md", "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("bao-cao.md"))
        #expect(again.stderr.contains("--force"))
        #expect(try String(contentsOfFile: s.path("bao-cao.md"), encoding: .utf8) == written)

        let forced = try s.kehoach(["report", "kon-tum-3785", "--as-of", "2026-11-23", "-o", "bao-cao.md", "--force", "--lang", "en"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: s.path("bao-cao.md"), encoding: .utf8).contains("# Plan implementation report"))

        let missingDir = try s.kehoach(["report", "kon-tum-3785", "-o", "khong-co/bao-cao.md"])
        #expect(missingDir.status == 1)
        #expect(missingDir.stderr.contains("khong-co/bao-cao.md"))
        #expect(missingDir.stderr.contains("không có tệp hoặc thư mục này"))  // the UI language (issue 17)

        let stdout = try s.kehoach(["report", "kon-tum-3785", "--as-of", "2026-11-23", "--format", "json", "-o", "-"])
        #expect(stdout.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(stdout.stdout.utf8)) as? [String: Any]
        let totals = (json?["report"] as? [String: Any])?["totals"] as? [String: Any]
        #expect(totals?["suspended"] as? Int == 1)
        #expect(totals?["total"] as? Int == 15)

        let unknownAgency = try s.kehoach(["report", "kon-tum-3785", "--agency", "Sở Du lịch"])
        #expect(unknownAgency.status == 1)
    }

    @Test func exportedCSVReadsBackInPython() throws {
        let s = try Scratch()
        try Self.recordSomeStatuses(s)
        let export = try s.kehoach(["export", "kon-tum-3785", "--as-of", "2026-11-23", "-o", "ke-hoach.csv"])
        #expect(export.status == 0, "\(export.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: s.path("ke-hoach.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                raw = f.read()
            assert "\\r\\n" in raw and "\\n" not in raw.replace("\\r\\n", "")[:0] + raw.replace("\\r\\n", "").replace("\\n", "")
            rows = list(csv.reader(raw.splitlines(keepends=True)))
            print(json.dumps(rows, ensure_ascii=False))
            """
        let python = try Binary.run("/usr/bin/env", ["python3", "-c", script, s.path("ke-hoach.csv")])
        #expect(python.status == 0, "\(python.stderr)")
        let rows = try JSONDecoder().decode([[String]].self, from: Data(python.stdout.utf8))
        #expect(rows.count == 16)  // the header and 15 tasks
        #expect(rows[0].first == "TT")
        let ii1 = try #require(rows.first { $0.first == "II.1" })
        #expect(ii1.contains("Đã họp, \"lần 1\""))
        #expect(ii1.contains("Đang thực hiện"))
        let vii1 = try #require(rows.first { $0.first == "VII.1" })
        #expect(vii1[3] == "Sở Thông tin và Truyền thông; Sở Giáo dục và Đào tạo")
        // Every field quoted: the file has as many quote pairs per record as fields.
        let firstLine = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")[0]
        #expect(firstLine.hasPrefix("\"TT\",\""))
    }

    @Test func yamlExportImportsBackWithStatuses() throws {
        let s = try Scratch()
        try Self.recordSomeStatuses(s)
        #expect(try s.kehoach(["export", "kon-tum-3785", "-o", "kon-tum.yaml"]).status == 0)
        let yaml = try String(contentsOfFile: s.path("kon-tum.yaml"), encoding: .utf8)

        // Into a fresh store, then out again: the same file.
        let other = s.path("other.sqlite")
        let imported = try s.kehoach(["import", "kon-tum.yaml"], db: other)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try s.kehoach(["export", "kon-tum-3785", "-o", "again.yaml"], db: other).status == 0)
        let again = try String(contentsOfFile: s.path("again.yaml"), encoding: .utf8)
        #expect(again.replacingOccurrences(of: "updatedBy: Lan\n", with: "") == yaml.replacingOccurrences(of: "updatedBy: Lan\n", with: ""))

        // Corrected by hand: II.1 is done; imported back into the first store as one recorded change.
        let corrected = yaml.replacingOccurrences(of: "  - status: in-progress\n    progress: 40\n",
                                                  with: "  - status: done\n    progress: 100\n    doneOn: '2026-10-01'\n")
        #expect(corrected != yaml)
        try corrected.write(toFile: s.path("sua.yaml"), atomically: true, encoding: .utf8)
        let reimport = try s.kehoach(["import", "sua.yaml", "--lang", "en"])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stdout.contains("1 statuses updated"))
        let history = try s.kehoach(["history", "kon-tum-3785", "II.1", "--format", "json"])
        #expect(history.stdout.contains("\"doneOn\" : \"2026-10-01\""))

        // The other store had the old status: the corrected file updates it there too.
        #expect(try s.kehoach(["import", "sua.yaml"], db: other).status == 0)
        try "format: kehoach-plan/1\nplan: 3\n".write(toFile: s.path("hong.yaml"), atomically: true, encoding: .utf8)
        let invalid = try s.kehoach(["import", "hong.yaml"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("hong.yaml"))
    }

    @Test func everyCommandHasHelpAndTheCommandLineIsConventional() throws {
        let s = try Scratch()
        let commands: [[String]] = [[], ["import"], ["plans"], ["status"], ["status", "set"], ["status", "undo"],
                                    ["status", "redo"], ["history"], ["list"], ["remove"], ["report"], ["export"],
                                    ["dev"], ["dev", "man"]]
        var english = ProcessInfo.processInfo.environment
        english["LANG"] = "en_US.UTF-8"
        english.removeValue(forKey: "LC_ALL")
        english.removeValue(forKey: "LC_MESSAGES")
        for command in commands {
            let help = try Binary.kehoach(command + ["--help"], environment: english)
            #expect(help.status == 0, "\(command)")
            #expect(help.stdout.contains("kehoach"), "\(command)")
            if !command.isEmpty && command != ["dev"] && command != ["status"] {
                #expect(help.stdout.contains("Example"), "\(command) --help has an example")
            }
        }
        let root = try Binary.kehoach(["--help"], environment: english)
        #expect(root.stdout.contains("Exit codes"))
        let version = try Binary.kehoach(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        for shell in ["bash", "zsh", "fish"] {
            let script = try Binary.kehoach(["--generate-completion-script", shell])
            #expect(script.status == 0, "\(shell)")
            #expect(script.stdout.contains("report") && script.stdout.contains("export"), "\(shell)")
        }
        let man = try Binary.kehoach(["dev", "man"])
        #expect(man.status == 0)
        #expect(man.stdout.contains(".TH KEHOACH 1"))
        #expect(man.stdout.contains("kehoach report"))
        #expect(man.stdout.contains("kế hoạch"))  // Vietnamese kept, unlike generate-manual's output
        #expect(!man.stdout.contains("crash-writer"))
        let usage = try s.kehoach(["report", "kon-tum-3785", "--by", "nothing"])
        #expect(usage.status == 1)
    }
}
