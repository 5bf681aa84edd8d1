import Foundation
import Testing
@testable import PlanKit

/// The two bundled plans, saved as Word and as PDF by LibreOffice, import to the same tasks (codes,
/// leads, cooperating agencies, deadlines) as their text.
@Suite("Bundled plans as Word and PDF", .serialized,
       .enabled(if: FormatTestSupport.canConvert && FormatTestSupport.canReadPDF, "LibreOffice or poppler is not installed"))
struct BundledConversionTests {
    static func convert(_ file: String, to format: String, in directory: URL) throws -> URL {
        guard let soffice = FormatTestSupport.tool("soffice") else { throw FormatTestSupport.ToolError.missing("soffice") }
        let home = directory.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var environment = FormatTestSupport.environment
        environment["HOME"] = home.path
        let source = directory.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent)
        if !FileManager.default.fileExists(atPath: source.path) {
            try FileManager.default.copyItem(at: TestSupport.asset(file), to: source)
        }
        try FormatTestSupport.run(soffice, ["--headless", "--convert-to", format, "--outdir", directory.path, source.path],
                                  environment: environment)
        return source.deletingPathExtension().appendingPathExtension(format)
    }

    @Test(arguments: [TestSupport.thaiNguyenFile, TestSupport.konTumFile])
    func sameTasksAsTheText(file: String) throws {
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try TestSupport.importSeed(file).plan
        #expect(!text.tasks.isEmpty)
        for (format, kind) in [("docx", FileKind.docx), ("pdf", FileKind.pdf)] {
            let converted = try Self.convert(file, to: format, in: directory)
            let document = try DocumentFile.read(path: converted.path)
            #expect(document.kind == kind)
            let plan = try PlanImporter.importPlan(text: document.text, directory: TestSupport.directory).plan
            #expect(plan.tasks.map(\.code) == text.tasks.map(\.code), "\(format)")
            #expect(plan.tasks.map(\.lead) == text.tasks.map(\.lead), "\(format)")
            #expect(plan.tasks.map(\.cooperating) == text.tasks.map(\.cooperating), "\(format)")
            #expect(plan.tasks.map(\.timeframe) == text.tasks.map(\.timeframe), "\(format)")
            #expect(plan.identity.number == text.identity.number, "\(format)")
        }
    }
}
