import Foundation
import PlanKit

/// Import throughput of the readers on real documents: the twelve of Tests/PlanKitTests/Fixtures/real and the
/// two bundled plans, each in lines/s (lines of the extracted text). Word and PDF files are extracted once,
/// before timing: what is measured is `PlanImporter` (the layout readers), not unzipping or pdftotext.
enum RealDocumentBenchmark {
    /// The fixtures folder of the source tree this was built from (the benchmark runs from a build tree).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/PlanKitTests/Fixtures/real")

    static func run(into report: inout Report, directory: AgencyDirectory) throws {
        var documents: [(name: String, text: String)] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        for name in names.sorted() where name != "SOURCES.md" {
            documents.append((name, try DocumentFile.read(path: fixtures.appendingPathComponent(name).path).text))
        }
        for path in try BundledAssets.planFiles() {
            documents.append(((path as NSString).lastPathComponent, try String(contentsOfFile: path, encoding: .utf8)))
        }
        guard !documents.isEmpty else { return }
        var totalLines = 0
        var totalMilliseconds = 0.0
        var totalTasks = 0
        for document in documents {
            let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).count
            var tasks = 0
            _ = try PlanImporter.importPlan(text: document.text, directory: directory)  // uncounted warm-up
            let times = try Measure.samples(11) { _ in
                tasks = try PlanImporter.importPlan(text: document.text, directory: directory).plan.tasks.count
            }
            let median = Measure.median(times)
            totalLines += lines
            totalMilliseconds += median
            totalTasks += tasks
            report.add("import \(shortName(document.name)) (\(lines) lines, \(tasks) tasks)",
                       Double(lines) / (median / 1000), "lines/s")
        }
        report.add("import the \(documents.count) real and bundled documents (\(totalLines) lines): throughput",
                   Double(totalLines) / (totalMilliseconds / 1000), "lines/s")
        report.add("import the \(documents.count) real and bundled documents (\(totalTasks) tasks): throughput",
                   Double(totalTasks) / (totalMilliseconds / 1000), "tasks/s")
    }

    /// The file name's first two "_" parts, at most 24 characters: the report's rows stay one line.
    private static func shortName(_ name: String) -> String {
        String(name.split(separator: "_").prefix(2).joined(separator: "_").prefix(24))
    }
}
