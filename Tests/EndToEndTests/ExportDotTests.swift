import Foundation
import Testing

/// `kehoach export PLAN --format dot` through the built binary, checked by Graphviz itself.
@Suite struct ExportDotTests {
    static var binary: String { Binary.path }

    static var dot: String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: directory + "/dot") {
            return directory + "/dot"
        }
        return nil
    }

    @Test(arguments: ["thai-nguyen", "kon-tum-3785"])
    func dotExportParsesWithGraphviz(plan: String) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            Issue.record("no kehoach binary at \(Self.binary): run swift build first")
            return
        }
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("k.sqlite").path
        let export = try Binary.kehoach(["export", plan, "--format", "dot", "--db", database])
        #expect(export.status == 0, "export failed: \(export.stderr)")
        let text = export.stdout
        #expect(text.hasPrefix("digraph "))
        #expect(text.contains("Sở Kế hoạch và Đầu tư"))
        guard let dot = Self.dot else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("Graphviz's dot is missing: install graphviz (make deps) — CI must run this check")
            }
            return
        }
        let svg = try Binary.run(dot, ["-Tsvg"], stdin: export.stdout)
        #expect(svg.status == 0, "dot -Tsvg refused the export: \(svg.stderr)")
        let drawing = svg.stdout
        #expect(drawing.contains("<svg"))
        #expect(drawing.contains("Sở Kế hoạch và Đầu tư"))
    }

    @Test func outputFileIsNotOverwrittenWithoutForce() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            Issue.record("no kehoach binary at \(Self.binary): run swift build first")
            return
        }
        let directory = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("k.sqlite").path
        let file = directory.appendingPathComponent("plan.dot").path
        let first = try Binary.kehoach(["export", "thai-nguyen", "--format", "dot", "-o", file, "--db", database])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(file))  // "Đã ghi FILE" names the file
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("digraph "))
        let refused = try Binary.kehoach(["export", "thai-nguyen", "--format", "dot", "-o", file, "--db", database,
                                                 "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the file exists; add --force"))
        let forced = try Binary.kehoach(["export", "kon-tum-3785", "--format", "dot", "-o", file, "--force",
                                                "--db", database])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("kon-tum-3785"))
        let unknown = try Binary.kehoach(["export", "thai-nguyen", "--format", "pdf", "--db", database])
        #expect(unknown.status != 0)
    }
}
