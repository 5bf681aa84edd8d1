import Foundation
import Testing
import Dashboard
import PlanKit
import PlanStore

/// `:source`: the open plan's own text beside the tasks read from it, scrolled to the selected task.
@Suite("The source view")
struct SourceViewTests {
    /// A real store holding the Kon Tum seed with the text it was read from.
    private func store() throws -> (SQLiteStore, String, ImportResult, String) {
        let directory = FileManager.default.temporaryDirectory.path + "/kehoach-source-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let url = Seeds.packageRoot.appendingPathComponent("Assets/plans/2-kon-tum-3785-semiconductor-hr-plan.txt")
        let result = try PlanImporter.importPlan(text: try String(contentsOf: url, encoding: .utf8), directory: Seeds.directory)
        let store = try SQLiteStore(path: directory + "/kehoach.sqlite")
        let id = try store.importPlan(result.plan, sourceText: result.normalizedText, by: "import").planID
        return (store, id, result, directory)
    }

    @Test func theSelectedTaskIsShownInItsSourceLines() throws {
        let (store, id, result, directory) = try store()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let h = Harness(store: store, width: 100, height: 30, initialPlan: id)
        // A task well into the document, so the view has to scroll to it.
        let task = try #require(result.plan.tasks.dropFirst(result.plan.tasks.count / 2).first)
        h.type(":goto \(task.code)").press(.enter)
        #expect(h.selectedTaskCode == task.code)
        h.type(":source").press(.enter)
        guard case .source(let source)? = h.state.overlays.last else {
            Issue.record(":source opens the source view")
            return
        }
        #expect(source.taskCode == task.code)
        let text = h.text
        #expect(text.contains("Văn bản gốc của kế hoạch 3785/KH-UBND — nhiệm vụ \(task.code)"))
        // The task's first line, numbered, with its code beside it, on screen.
        let line = result.normalizedText.split(separator: "\n", omittingEmptySubsequences: false)[task.sourceLine - 1]
        let start = String(line.trimmingCharacters(in: .whitespaces).prefix(20))
        let row = try #require(h.lines.first { $0.contains(start) }, "the task's line \(task.sourceLine) is shown")
        #expect(row.contains(String(task.sourceLine)))
        #expect(row.contains(task.code))
        // Scrolling moves the text; Esc closes the view.
        #expect(source.offset > 0, "opened at the task, not at the top")
        h.press(.char("g"))
        if case .source(let top)? = h.state.overlays.last { #expect(top.offset == 0) } else { Issue.record("still open") }
        h.press(.escape)
        #expect(h.state.overlays.isEmpty)
    }

    @Test func itSpeaksEnglishAndSaysWhenNoTextIsKept() throws {
        let h = Harness(language: .en)
        h.type(":source").press(.enter)
        // The in-memory store keeps no source text.
        #expect(h.text.contains("Source text of plan"))
        #expect(h.text.contains("The store keeps no source text for this plan."))
        h.press(.escape)
        #expect(h.state.overlays.isEmpty)
    }

    @Test func controlCharactersInTheDocumentArePictured() throws {
        let plan = Seeds.konTum
        let directory = FileManager.default.temporaryDirectory.path + "/kehoach-source-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteStore(path: directory + "/kehoach.sqlite")
        let id = try store.importPlan(plan, sourceText: "KẾ HOẠCH\nđỏ \u{1B}[31mchữ\u{07}\n", by: "import").planID
        let h = Harness(store: store, initialPlan: id)
        h.type(":source").press(.enter)
        #expect(!h.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(h.text.contains("chữ"))
    }
}
