import Foundation
import Testing

/// Issue 17: the command line's errors are said in the UI language, with what and where. Each error path
/// runs under `--lang vi` and must hold no English sentence (the file's own words, quoted, and paths
/// aside), then under `--lang en` and must hold no Vietnamese; both name the file and, where there is one,
/// the line.
@Suite struct ErrorLanguageTests {
    final class Scratch {
        let url: URL
        init() throws { url = try Binary.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        func run(_ arguments: [String], config: String? = nil) throws -> Binary.Output {
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            environment["KEHOACH_USER"] = "Lan"
            environment["KEHOACH_DB"] = path("kehoach.sqlite")
            environment["XDG_CONFIG_HOME"] = config.map(path) ?? path("no-config")
            return try Binary.kehoach(arguments, cwd: url.path, environment: environment)
        }
    }

    static let englishWords: Set<String> = [
        "the", "is", "not", "file", "cannot", "no", "such", "database", "error", "invalid", "line", "column",
        "missing", "valid", "directory", "agency", "read", "write", "permission", "unknown", "kind", "entry",
        "given", "data", "was", "value", "type", "field", "expected", "unable", "open", "found", "plan", "detail",
    ]
    static let vietnamesePhrases = ["không", "dòng", "tệp", "cơ quan", "danh bạ", "cơ sở dữ liệu", "giá trị", "chi tiết"]

    /// The message's own words: quoted text (the file's words, a library's detail) and paths taken out.
    static func ownWords(_ line: String) -> Set<String> {
        let unquoted = line.replacing(/"[^"]*"/, with: " ").replacing(/«[^»]*»/, with: " ")
        let words = unquoted.split(separator: " ").filter { !$0.contains("/") && !$0.contains(".") }
        return Set(words.joined(separator: " ").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    /// Every error path, as (name, arguments, config folder): each must fail with a message.
    static func cases(_ s: Scratch) throws -> [(String, [String], String?)] {
        try s.write("bad-syntax/kehoach/agencies.yaml", "agencies:\n  - id: x\n    name: [sai\n")
        try s.write("bad-kind/kehoach/agencies.yaml", "agencies:\n  - id: moi\n    name: Cơ quan mới\n    kind: tàu vũ trụ\n")
        try s.write("bad-type/kehoach/agencies.yaml", "agencies:\n  - id: so-y-te\n    aliases:\n      nested: 1\n")
        try s.write("no-id/kehoach/agencies.yaml", "agencies:\n  - name: Cơ quan không mã\n")
        try FileManager.default.createDirectory(atPath: s.path("a-directory/kehoach/agencies.yaml"), withIntermediateDirectories: true)
        try s.write("syntax.yaml", "format: kehoach-plan/1\ntasks: [\n")
        try s.write("notdb.sqlite", String(repeating: "một dòng chữ, không phải cơ sở dữ liệu\n", count: 200))
        try FileManager.default.createDirectory(atPath: s.path("folder"), withIntermediateDirectories: true)
        return [
            ("agency file syntax", ["agencies"], "bad-syntax"),
            ("agency unknown kind", ["agencies"], "bad-kind"),
            ("agency wrong type", ["agencies"], "bad-type"),
            ("agency without id", ["agencies"], "no-id"),
            ("agency file is a directory", ["agencies"], "a-directory"),
            ("export YAML syntax", ["import", "syntax.yaml", "--dry-run"], nil),
            ("not a database", ["plans", "--db", "notdb.sqlite"], nil),
            ("a directory as the store", ["plans", "--db", "folder"], nil),
            ("import a directory", ["import", "folder"], nil),
            ("import a missing file", ["import", "khong-co.txt"], nil),
            ("output into a missing directory", ["export", "kon-tum-3785", "--format", "csv", "-o", "khong-co/x.csv"], nil),
            ("unknown plan", ["status", "set", "khong-co", "1", "done"], nil),
            ("the dashboard without a terminal", ["open"], nil),
        ]
    }

    @Test func errorsAreInVietnameseUnderVi() throws {
        let s = try Scratch()
        for (name, arguments, config) in try Self.cases(s) {
            let out = try s.run(arguments + ["--lang", "vi"], config: config)
            #expect(out.status != 0, "\(name) should fail")
            let lines = out.stderr.split(separator: "\n").map(String.init)
            #expect(!lines.isEmpty, "\(name): no message")
            for line in lines {
                let english = Self.ownWords(line).intersection(Self.englishWords)
                #expect(english.isEmpty, "\(name): English \(english.sorted()) in: \(line)")
            }
        }
    }

    @Test func errorsAreInEnglishUnderEn() throws {
        let s = try Scratch()
        for (name, arguments, config) in try Self.cases(s) {
            let out = try s.run(arguments + ["--lang", "en"], config: config)
            #expect(out.status != 0, "\(name) should fail")
            for line in out.stderr.split(separator: "\n").map(String.init) {
                let own = line.replacing(/"[^"]*"/, with: " ").lowercased()
                #expect(!Self.vietnamesePhrases.contains { own.contains($0) }, "\(name): Vietnamese in: \(line)")
            }
        }
    }

    /// What and where: the file, the line and column of a YAML error, the field of a decoding error.
    @Test func yamlErrorsSayFileLineAndField() throws {
        let s = try Scratch()
        _ = try Self.cases(s)
        let syntax = try s.run(["agencies", "--lang", "vi"], config: "bad-syntax")
        #expect(syntax.status == 2)
        #expect(syntax.stderr.contains(s.path("bad-syntax/kehoach/agencies.yaml") + ": danh bạ cơ quan: dòng 4, cột 1: không đúng cú pháp YAML"),
                "\(syntax.stderr)")
        let type = try s.run(["agencies", "--lang", "en"], config: "bad-type")
        #expect(type.stderr.contains("line 4, column 7: the value of agencies[0].aliases has the wrong type"), "\(type.stderr)")
        let missing = try s.run(["agencies", "--lang", "vi"], config: "no-id")
        #expect(missing.stderr.contains("dòng 2, cột 5: mục agencies[0] thiếu trường \"id\""), "\(missing.stderr)")
        let kind = try s.run(["agencies", "--lang", "vi"], config: "bad-kind")
        #expect(kind.stderr.contains("dòng 2: danh bạ cơ quan, mục moi: loại \"tàu vũ trụ\" không có"), "\(kind.stderr)")
        let export = try s.run(["import", "syntax.yaml", "--dry-run", "--lang", "en"])
        #expect(export.stderr.contains("syntax.yaml: invalid export: line 3, column 1: not valid YAML"), "\(export.stderr)")
        let directory = try s.run(["agencies", "--lang", "vi"], config: "a-directory")
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("là một thư mục, không phải tệp"), "\(directory.stderr)")
    }
}
