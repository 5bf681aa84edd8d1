import Foundation
import Testing

/// `kehoach export PLAN --format dot` through the built binary, checked by Graphviz itself.
@Suite struct ExportDotTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$KEHOACH_BIN` (set by `make test`), else the debug build of this package.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["KEHOACH_BIN"], !path.isEmpty { return path }
        return packageRoot.appendingPathComponent(".build/debug/kehoach").path
    }

    static var dot: String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: directory + "/dot") {
            return directory + "/dot"
        }
        return nil
    }

    struct Run {
        var status: Int32
        var output: Data
        var error: String
    }

    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: data, error: message)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: ["thai-nguyen", "kon-tum-3785"])
    func dotExportParsesWithGraphviz(plan: String) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            Issue.record("no kehoach binary at \(Self.binary): run swift build first")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("k.sqlite").path
        let export = try Self.run(Self.binary, ["export", plan, "--format", "dot", "--db", database])
        #expect(export.status == 0, "export failed: \(export.error)")
        let text = String(decoding: export.output, as: UTF8.self)
        #expect(text.hasPrefix("digraph "))
        #expect(text.contains("Sở Kế hoạch và Đầu tư"))
        guard let dot = Self.dot else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("Graphviz's dot is missing: install graphviz (make deps) — CI must run this check")
            }
            return
        }
        let svg = try Self.run(dot, ["-Tsvg"], input: export.output)
        #expect(svg.status == 0, "dot -Tsvg refused the export: \(svg.error)")
        let drawing = String(decoding: svg.output, as: UTF8.self)
        #expect(drawing.contains("<svg"))
        #expect(drawing.contains("Sở Kế hoạch và Đầu tư"))
    }

    @Test func outputFileIsNotOverwrittenWithoutForce() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            Issue.record("no kehoach binary at \(Self.binary): run swift build first")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("k.sqlite").path
        let file = directory.appendingPathComponent("plan.dot").path
        let first = try Self.run(Self.binary, ["export", "thai-nguyen", "--format", "dot", "-o", file, "--db", database])
        #expect(first.status == 0, "\(first.error)")
        #expect(String(decoding: first.output, as: UTF8.self).contains(file))  // "Đã ghi FILE" names the file
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("digraph "))
        let refused = try Self.run(Self.binary, ["export", "thai-nguyen", "--format", "dot", "-o", file, "--db", database,
                                                 "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("the file exists; add --force"))
        let forced = try Self.run(Self.binary, ["export", "kon-tum-3785", "--format", "dot", "-o", file, "--force",
                                                "--db", database])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("kon-tum-3785"))
        let unknown = try Self.run(Self.binary, ["export", "thai-nguyen", "--format", "pdf", "--db", database])
        #expect(unknown.status != 0)
    }
}
