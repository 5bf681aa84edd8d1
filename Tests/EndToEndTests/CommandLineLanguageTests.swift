import Foundation
import Testing

/// The command line speaks the UI language: `--help` and a mistyped command in Vietnamese by default,
/// in English with `--lang en` or an English LANG.
@Suite("Command line language") struct CommandLineLanguageTests {
    static func environment(lang: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = lang
        environment["COLUMNS"] = "80"
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "LC_MESSAGES")
        return environment
    }

    static let commands = ["", "open", "import", "agencies", "plans", "status set", "status undo", "history",
                           "list", "remove", "report", "export", "result", "result set", "result sections", "due",
                           "admin", "admin init", "admin grant"]

    @Test func helpIsVietnameseByDefault() throws {
        for command in Self.commands {
            let arguments = command.split(separator: " ").map(String.init) + ["--help"]
            let output = try Binary.kehoach(arguments, environment: Self.environment(lang: "C.UTF-8"))
            #expect(output.status == 0, "\(arguments)")
            #expect(output.stdout.contains("CÁCH DÙNG:"), "\(arguments): \(output.stdout)")
            #expect(output.stdout.contains("Hiện trợ giúp này."), "\(arguments)")
            #expect(!output.stdout.contains("USAGE:") && !output.stdout.contains("Show help information"), "\(arguments)")
            if !command.isEmpty, !["status set", "admin init", "admin grant"].contains(command) {
                #expect(output.stdout.contains("Ví dụ:"), "\(arguments)")
            }
        }
        let list = try Binary.kehoach(["list", "--help"], environment: Self.environment(lang: "vi_VN.UTF-8"))
        #expect(list.stdout.contains("Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp."))
        #expect(list.stdout.contains("Tệp cơ sở dữ liệu"))
        #expect(!list.stdout.contains("Only tasks this agency"))
    }

    @Test func helpIsEnglishWithLangOptionOrEnglishLang() throws {
        let byOption = try Binary.kehoach(["list", "--lang", "en", "--help"], environment: Self.environment(lang: "vi_VN.UTF-8"))
        let byEnvironment = try Binary.kehoach(["list", "--help"], environment: Self.environment(lang: "en_GB.UTF-8"))
        for output in [byOption, byEnvironment] {
            #expect(output.status == 0)
            #expect(output.stdout.contains("USAGE:"))
            #expect(output.stdout.contains("Only tasks this agency leads or cooperates on."))
            #expect(output.stdout.contains("Examples:"))
            #expect(!output.stdout.contains("Chỉ các nhiệm vụ"))
        }
        let equals = try Binary.kehoach(["report", "--lang=en", "--help"], environment: Self.environment(lang: "vi_VN.UTF-8"))
        #expect(equals.stdout.contains("Write the yearly report on a plan"))
    }

    /// Every example stays one line at 80 columns: a command is never cut in two.
    @Test func examplesAreNotWrapped() throws {
        for lang in ["vi_VN.UTF-8", "en_US.UTF-8"] {
            for command in Self.commands {
                let arguments = command.split(separator: " ").map(String.init) + ["--help"]
                let output = try Binary.kehoach(arguments, environment: Self.environment(lang: lang))
                let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                guard let start = lines.firstIndex(where: { $0 == "Ví dụ:" || $0 == "Examples:" || $0.hasSuffix(" Ví dụ:") }) else { continue }
                for line in lines[(start + 1)...] {
                    if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
                    #expect(line == "  kehoach" || line.hasPrefix("  kehoach ") || line.hasPrefix("  swift ") || line.hasPrefix("  .build/"), "\(arguments): wrapped example line “\(line)”")
                }
            }
        }
    }

    @Test func anUnknownCommandSuggestsTheNearest() throws {
        let vi = try Binary.kehoach(["imprt", "x.docx"], environment: Self.environment(lang: "C.UTF-8"))
        #expect(vi.status == 1)
        #expect(vi.stderr.contains("không có lệnh “imprt”, có phải ý bạn là “import”?"), "\(vi.stderr)")
        let en = try Binary.kehoach(["--lang", "en", "reprot"], environment: Self.environment(lang: "C.UTF-8"))
        #expect(en.status == 1)
        #expect(en.stderr.contains("unknown command 'reprot', did you mean 'report'?"), "\(en.stderr)")
        let far = try Binary.kehoach(["xyzzyplugh"], environment: Self.environment(lang: "en_US.UTF-8"))
        #expect(far.status == 1)
        #expect(far.stderr.contains("unknown command 'xyzzyplugh' (see: kehoach --help)"), "\(far.stderr)")
        #expect(!far.stderr.contains("did you mean"))
        let option = try Binary.kehoach(["list", "kon-tum-3785", "--fromat", "csv"], environment: Self.environment(lang: "C.UTF-8"))
        #expect(option.status == 1)
        #expect(option.stderr.contains("không có tùy chọn '--fromat', có phải ý bạn là '--format'?"), "\(option.stderr)")
        #expect(option.stderr.contains("Cách dùng: kehoach list"))
        let optionEnglish = try Binary.kehoach(["list", "kon-tum-3785", "--fromat", "csv", "--lang", "en"],
                                               environment: Self.environment(lang: "C.UTF-8"))
        #expect(optionEnglish.stderr.contains("Unknown option '--fromat'. Did you mean '--format'?"))
    }
}

extension CommandLineLanguageTests {
    /// Every kind of usage error ArgumentParser reports, under Vietnamese: no English sentence left.
    @Test func usageErrorsSpeakVietnamese() throws {
        let cases: [([String], String)] = [
            (["list", "kon-tum-3785", "a", "b", "c"], "3 đối số thừa: 'a', 'b', 'c'"),
            (["list", "kon-tum-3785", "a"], "đối số thừa 'a'"),
            (["status", "set"], "thiếu đối số '<plan>'"),
            (["list", "kon-tum-3785", "--format"], "thiếu giá trị cho '--format <format>'"),
            (["list", "kon-tum-3785", "--force=yes"], "tùy chọn '--force' không nhận giá trị, nhưng đã cho 'yes'"),
            (["status", "set", "kon-tum-3785", "I.1", "done", "--progress", "abc"],
             "giá trị 'abc' không hợp lệ cho '--progress <progress>'"),
        ]
        let english = ["Error", "unexpected", "Missing", "Unknown", "invalid", "does not take", "Usage", "See '"]
        for (arguments, expected) in cases {
            let run = try Binary.kehoach(arguments, environment: Self.environment(lang: "C.UTF-8"))
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains(expected), "\(arguments): \(run.stderr)")
            for word in english { #expect(!run.stderr.contains(word), "\(arguments): English “\(word)” in \(run.stderr)") }
        }
    }
}

/// `kehoach dev man`: the real sections, in the UI language, and roff that groff reads without a warning.
@Suite("Manual page") struct ManualPageTests {
    @Test func hasEverySectionAndFormatsCleanly() throws {
        let cases: [(String, [String])] = [
            ("en_US.UTF-8", ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "DASHBOARD KEYS", "FILES", "ENVIRONMENT",
                             "EXIT STATUS", "EXAMPLES"]),
            ("vi_VN.UTF-8", ["TÊN", "CÚ PHÁP", "MÔ TẢ", "CÁC LỆNH", "PHÍM TRONG BẢNG THEO DÕI", "TỆP", "MÔI TRƯỜNG",
                             "TRẠNG THÁI THOÁT", "VÍ DỤ"]),
        ]
        for (lang, sections) in cases {
            let man = try Binary.kehoach(["dev", "man"], environment: CommandLineLanguageTests.environment(lang: lang))
            #expect(man.status == 0)
            let headings = man.stdout.split(separator: "\n").filter { $0.hasPrefix(".SH ") }.map { String($0.dropFirst(4)) }
            #expect(headings == sections, "\(lang)")
            #expect(man.stdout.contains(":goto"), "the dashboard's : commands are listed")
            #expect(man.stdout.contains("kehoach report kon-tum-3785"), "examples are gathered")
            let dir = try Binary.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let page = dir.appendingPathComponent("kehoach.1")
            try man.stdout.write(to: page, atomically: true, encoding: .utf8)
            let groff = try Binary.run("/usr/bin/groff", ["-k", "-man", "-Tutf8", "-ww", "-z", page.path],
                                       environment: CommandLineLanguageTests.environment(lang: "C.UTF-8"))
            #expect(groff.status == 0)
            #expect(groff.stderr.isEmpty, "\(lang): \(groff.stderr)")
        }
    }
}

/// Shell completion of plan ids and task codes, through the entry point the generated scripts call.
@Suite("Store completion") struct StoreCompletionTests {
    @Test func completesPlanIDsAndTaskCodesFromTheStore() throws {
        let s = try ReportExportCommandTests.Scratch()
        #expect(try s.kehoach(["plans"]).status == 0)
        let plans = try Binary.kehoach(["---completion", "status", "set", "--", "positional@0", "5", "3",
                                        "kehoach", "status", "set", "--db", s.db, "kon"])
        #expect(plans.status == 0)
        #expect(plans.stdout.split(separator: "\n") == ["kon-tum-3785"], "\(plans.stdout)")
        let codes = try Binary.kehoach(["---completion", "history", "--", "positional@1", "5", "3",
                                        "kehoach", "history", "--db", s.db, "kon-tum-3785", "III"])
        let listed = codes.stdout.split(separator: "\n").map(String.init)
        #expect(!listed.isEmpty && listed.allSatisfy { $0.hasPrefix("III") }, "\(listed)")
        #expect(listed.contains("III.1"))
        // A store that does not exist is not created by pressing Tab.
        let missing = s.path("chua-co.sqlite")
        let none = try Binary.kehoach(["---completion", "list", "--", "positional@0", "4", "0",
                                       "kehoach", "list", "--db", missing, ""])
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
