import Foundation
import Testing

/// Issue 17 through the built binary: hostile text on the command line comes out escaped on every
/// output; output errors are errors; files are looked at before they are read; other programs'
/// databases and newer stores are left alone; $HOME is honoured.
@Suite("Hardening (issue 17)")
struct HardeningCommandTests {
    final class Scratch {
        let url: URL
        init() throws { url = try Binary.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: url) }
        var db: String { url.appendingPathComponent("kehoach.sqlite").path }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            environment["KEHOACH_USER"] = "Lan"
            environment["KEHOACH_DB"] = db
            return environment
        }

        @discardableResult
        func kehoach(_ arguments: [String]) throws -> Binary.Output {
            try Binary.kehoach(arguments, cwd: url.path, environment: environment)
        }

        /// kehoach inside bash, for redirections: `$K` is the binary.
        func shell(_ script: String) throws -> Binary.Output {
            var environment = self.environment
            environment["K"] = Binary.path
            return try Binary.run("/bin/bash", ["-c", script], cwd: url.path, environment: environment)
        }
    }

    static let hostile = "\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}]0;title\u{07}\u{1B}[2J\u{9B}31m\u{202E}\u{2066}\u{7F}Ghi chú"

    /// Raw scalars that would steer a terminal or reorder text (a CR before LF is a CSV line end).
    static func unsafe(_ text: String) -> [UInt32] {
        let scalars = Array(text.unicodeScalars)
        return scalars.enumerated().compactMap { index, s in
            let v = s.value
            if v == 0x0D && index + 1 < scalars.count && scalars[index + 1] == "\n" { return nil }
            let control = (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
            let bidi = (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            return control || bidi ? v : nil
        }
    }

    @Test func hostileArgumentsComeOutEscapedEverywhere() throws {
        let s = try Scratch()
        let set = try s.kehoach(["status", "set", "kon-tum-3785", "II.1", "in-progress", "--note", "=HYPERLINK(\"http://x\")" + Self.hostile,
                                 "--as", Self.hostile])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(Self.unsafe(set.stdout).isEmpty)
        let runs: [[String]] = [
            ["list", "kon-tum-3785"], ["list", "kon-tum-3785", "--format", "csv"], ["list", "kon-tum-3785", "--format", "json"],
            ["history", "kon-tum-3785"], ["history", "kon-tum-3785", "--format", "json"],
            ["export", "kon-tum-3785", "--format", "csv"], ["export", "kon-tum-3785", "--format", "json"],
            ["export", "kon-tum-3785", "--format", "md"], ["export", "kon-tum-3785", "--format", "yaml"],
            ["export", "kon-tum-3785", "--format", "dot"],
            ["report", "kon-tum-3785", "--format", "txt"], ["report", "kon-tum-3785", "--format", "csv"],
            ["report", "kon-tum-3785", "--format", "md"], ["report", "kon-tum-3785", "--format", "json"],
        ]
        for arguments in runs {
            let run = try s.kehoach(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(Self.unsafe(run.stdout).isEmpty, "\(arguments.joined(separator: " ")) lets through \(Self.unsafe(run.stdout))")
            #expect(!run.stdout.contains("]52;"), "\(arguments): escape debris")
        }
        // The note is stored clean, its formula neutralised in both CSVs.
        #expect(try s.kehoach(["list", "kon-tum-3785", "--format", "csv"]).stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")Ghi chú\""))
        #expect(try s.kehoach(["export", "kon-tum-3785", "--format", "csv"]).stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")Ghi chú\""))
        #expect(try s.kehoach(["history", "kon-tum-3785", "II.1", "--format", "json"]).stdout.contains("\"who\" : \"Ghi chú\""))
    }

    @Test func outputErrorsAreErrors() throws {
        let s = try Scratch()
        try s.kehoach(["plans"])
        for command in ["plans", "list kon-tum-3785", "history kon-tum-3785", "export kon-tum-3785", "report kon-tum-3785 --format txt"] {
            let full = try s.shell("$K \(command) --lang en > /dev/full")
            #expect(full.status == 1, "\(command) > /dev/full")
            #expect(full.stderr.contains("cannot write to the standard output: no space left on the device"), "\(full.stderr)")
            let closed = try s.shell("$K \(command) >&-")
            #expect(closed.status == 1, "\(command) >&-")
            #expect(closed.stderr.contains("đầu ra đã bị đóng"), "\(closed.stderr)")
        }
        // A reader that went away: a quiet exit 0, no message, no crash.
        let pipe = try s.shell("$K export kon-tum-3785 --format json | true; echo \"status=${PIPESTATUS[0]}\" >&2")
        #expect(pipe.stderr == "status=0\n")
        // -o a file that cannot take it: exit 1, never "Wrote". (/dev/full through a link: a faulty
        // binary run as root would rename over the link, not over /dev/full.)
        #expect(symlink("/dev/full", s.path("full.json")) == 0)
        let device = try s.kehoach(["export", "kon-tum-3785", "-o", s.path("full.json"), "--force", "--lang", "en"])
        #expect(device.status == 1)
        #expect(device.stderr.contains("cannot write \(s.path("full.json")): no space left on the device"))
        #expect(!device.stdout.contains("Wrote"))
        let missing = try s.kehoach(["report", "kon-tum-3785", "-o", s.path("no/such/dir/bao-cao.md")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("không ghi được \(s.path("no/such/dir/bao-cao.md")): không có tệp hoặc thư mục này"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.url.path).allSatisfy { !$0.contains("kehoach-") })
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: s.path("full.json")) == "/dev/full")
    }

    @Test func inputFilesAreLookedAtBeforeReading() throws {
        let s = try Scratch()
        let directory = try s.kehoach(["import", s.url.path])
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("là một thư mục, không phải tệp"), "\(directory.stderr)")
        #expect(!directory.stderr.contains("NSCocoaErrorDomain"))
        let device = try s.kehoach(["import", "/dev/zero", "--lang", "en"])
        #expect(device.stderr.contains("/dev/zero: is a device, not a regular file"))
        #expect(mkfifo(s.path("fifo"), 0o600) == 0)
        let fifo = try s.kehoach(["import", s.path("fifo"), "--lang", "en"])
        #expect(fifo.stderr.contains("is a pipe (FIFO), not a regular file"))
        // A sparse 2 GB file: refused from its size, at once.
        #expect(FileManager.default.createFile(atPath: s.path("big.txt"), contents: nil))
        #expect(truncate(s.path("big.txt"), 2_000_000_000) == 0)
        let started = Date()
        let big = try s.kehoach(["import", s.path("big.txt"), "--lang", "en"])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(big.stderr.contains("the file is 2000 MB, over a plan's limit of 64 MB; not read"))
        // A plan text may be far larger than a Word file (100,000 tasks are 62 MB), but not without end.
        try Data("KẾ HOẠCH\nTriển khai thực hiện\n".utf8).write(to: URL(fileURLWithPath: s.path("huge.txt")))
        #expect(truncate(s.path("huge.txt"), 2_100_000_000) == 0)
        let huge = try s.kehoach(["import", s.path("huge.txt"), "--lang", "en"])
        #expect(huge.stderr.contains("the file is 2100 MB, over a plan's limit of 2000 MB; not read"), "\(huge.stderr)")
        // UTF-16 with its byte-order mark (Notepad's "Unicode") is read as text; without the mark it is
        // named, not called binary.
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("KẾ HOẠCH\nTriển khai".data(using: .utf16LittleEndian)!)
        try utf16.write(to: URL(fileURLWithPath: s.path("u16.txt")))
        let wide = try s.kehoach(["import", s.path("u16.txt"), "--dry-run"])
        #expect(wide.status == 0, "\(wide.stderr)")
        #expect(wide.stdout.contains("Triển khai"))
        try "KẾ HOẠCH\nTriển khai".data(using: .utf16LittleEndian)!.write(to: URL(fileURLWithPath: s.path("u16-nobom.txt")))
        let unmarked = try s.kehoach(["import", s.path("u16-nobom.txt")])
        #expect(unmarked.status == 2)
        #expect(unmarked.stderr.contains("tệp là UTF-16, không phải UTF-8"), "\(unmarked.stderr)")
        // Refusals in Vietnamese by default, English with --lang en.
        try Data().write(to: URL(fileURLWithPath: s.path("empty.txt")))
        #expect(try s.kehoach(["import", s.path("empty.txt")]).stderr.contains("tệp rỗng"))
        #expect(try s.kehoach(["import", s.path("empty.txt"), "--lang", "en"]).stderr.contains("the file is empty"))
    }

    @Test func otherDatabasesAndNewerStoresAreLeftAlone() throws {
        let s = try Scratch()
        let other = s.path("contacts.db")
        let made = try Binary.run("/usr/bin/env", ["python3", "-c",
            "import sqlite3; c = sqlite3.connect('\(other)'); c.execute('create table contacts(name)'); c.commit()"])
        #expect(made.status == 0, "\(made.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        for command in [["plans"], ["status", "set", "kon-tum-3785", "I.1", "done"]] {
            let run = try Binary.kehoach(command + ["--db", other, "--lang", "en"], environment: s.environment)
            #expect(run.status == 1)
            #expect(run.stderr.contains("is another program's database, not a kehoach store"), "\(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)

        try s.kehoach(["plans"])
        let bump = try Binary.run("/usr/bin/env", ["python3", "-c",
            "import sqlite3; c = sqlite3.connect('\(s.db)'); c.execute('pragma user_version = 40'); c.commit()"])
        #expect(bump.status == 0)
        let newer = try s.kehoach(["list", "kon-tum-3785", "--lang", "en"])
        #expect(newer.status == 1)
        #expect(newer.stderr.contains("was made by a newer kehoach (schema 40)"), "\(newer.stderr)")
    }

    /// A store that cannot be written: mode 0444, or for root (who ignores modes) immutable (chattr +i).
    @Test func readOnlyStoreIsReadAndNotWritten() throws {
        let s = try Scratch()
        try s.kehoach(["plans"])
        if geteuid() == 0 {
            let locked = try Binary.run("/usr/bin/chattr", ["+i", s.db])
            #expect(locked.status == 0, "chattr +i: \(locked.stderr)")
        } else {
            #expect(chmod(s.db, 0o444) == 0)
        }
        defer { if geteuid() == 0 { _ = try? Binary.run("/usr/bin/chattr", ["-i", s.db]) } }
        for command in [["plans"], ["list", "kon-tum-3785"], ["report", "kon-tum-3785", "--format", "txt"],
                        ["export", "kon-tum-3785", "--format", "csv"], ["history", "kon-tum-3785"]] {
            let run = try s.kehoach(command)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(!run.stderr.contains("readonly"), "\(command): \(run.stderr)")
        }
        let set = try s.kehoach(["status", "set", "kon-tum-3785", "I.1", "done"])
        #expect(set.status == 1)
        #expect(set.stderr.contains("chỉ cho đọc"), "\(set.stderr)")
    }

    @Test func homeIsHonouredAndEverythingCreatedIsPrivate() throws {
        let s = try Scratch()
        var environment = s.environment
        environment["KEHOACH_DB"] = nil
        environment["XDG_DATA_HOME"] = nil
        environment["HOME"] = s.url.path
        let run = try Binary.kehoach(["plans"], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let file = s.path(".local/share/kehoach/kehoach.sqlite")
        func mode(_ path: String) throws -> Int? { try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int }
        #expect(try mode(file) == 0o600)
        #expect(try mode(s.path(".local/share/kehoach")) == 0o700)
        #expect(try mode(s.path(".local")) == 0o700)
    }
}
