import Foundation
import Testing

/// `$XDG_CONFIG_HOME/kehoach/config.toml`: a bad file is refused before the terminal is touched, with an
/// error that names the line, in the user's language; a good one sets what the command line does not.
@Suite("Config file") struct ConfigFileTests {
    static func run(config: String, lang: String = "C.UTF-8", extra: [String] = []) throws -> (Binary.Output, URL) {
        let dir = try Binary.temporaryDirectory()
        let folder = dir.appendingPathComponent("config/kehoach")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try config.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = dir.appendingPathComponent("config").path
        environment["LANG"] = lang
        environment.removeValue(forKey: "LC_ALL")
        let output = try Binary.kehoach(["open", "--db", dir.appendingPathComponent("k.sqlite").path] + extra,
                                        environment: environment, stdin: "")
        return (output, dir)
    }

    @Test func aBadFileNamesItsLine() throws {
        let cases: [(String, String)] = [
            ("language = \"vi\"\nplan = 3785\n", "dòng 2: “plan” phải là chuỗi"),
            ("# ghi chú\n\ntheme = \"xanh\"\n", "dòng 3: “theme” không nhận “xanh” (chọn: dark, light)"),
            ("mouse = \"yes\"\n", "dòng 1: “mouse” phải là true hoặc false"),
            ("user = \"thu-ky\"\ncolour = \"red\"\n", "dòng 2: không có khóa “colour”"),
            ("language = \"vi\n", "dòng 1: sai cú pháp TOML"),
        ]
        for (config, expected) in cases {
            let (output, dir) = try Self.run(config: config)
            defer { try? FileManager.default.removeItem(at: dir) }
            #expect(output.status == 1, "\(config)")
            #expect(output.stderr.contains(expected), "\(config) → \(output.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("k.sqlite").path), "nothing opened")
        }
    }

    @Test func inEnglishToo() throws {
        let (output, dir) = try Self.run(config: "theme = \"blue\"\n", lang: "en_US.UTF-8")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(output.stderr.contains("line 1: “theme” cannot be “blue” (one of: dark, light)"))
    }

    /// A good file passes: the command goes on to ask for a terminal, which a pipe is not.
    @Test func aGoodFileIsAccepted() throws {
        let (output, dir) = try Self.run(config: "language = \"en\"\nplan = \"kon-tum-3785\"\ntheme = \"light\"\nmouse = true\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(output.status == 1)
        #expect(output.stderr.contains("terminal"), "\(output.stderr)")
    }
}
