import ArgumentParser
import Foundation
import PlanKit
import Dashboard

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a published plan's text (nhập kế hoạch từ văn bản).",
        discussion: """
        Reads a plan as published (UTF-8 text copied from the gazette, a legal-document site or the Word file)
        and stores it. Warnings name the line they are about. With --dry-run nothing is stored.

        A YAML file written by `kehoach export --format yaml` (perhaps corrected by hand) is read back: the \
        plan is re-imported, the statuses of tasks whose code still exists are kept, and the file's statuses \
        are applied where they differ, as one change in the history.

        Examples:
          kehoach import ke-hoach-3785.txt
          kehoach import ke-hoach-3785.txt --dry-run --format json
          kehoach import kon-tum-3785.yaml
        """
    )

    @Argument(help: "The plan's text file (UTF-8), or a YAML export.")
    var file: String

    @Flag(help: "Read and check the plan, print it, store nothing.")
    var dryRun = false

    @Option(help: "Output: text (summary and warnings) or json (the whole parsed plan).")
    var format: OutputFormat = .text

    @Flag(help: "Treat warnings as errors (exit code 2).")
    var strict = false

    @OptionGroup var global: GlobalOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let l = Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
        let data = try CommandSupport.readInput(file, l)
        if ExportImport.isExport(path: file, data: data) { return try importExport(data, l) }
        let progress = ProgressLine()
        progress.show(l.pick(vi: "Đang đọc \(file)…", en: "Reading \(file)…"))
        let result = try CommandSupport.importFile(file, data: data, l)
        progress.finish()
        switch format {
        case .json:
            StandardOutput.write(try PlanDocument(result.plan).json() + "\n")
        case .text:
            StandardOutput.print(PlanSummaryText.describe(result.plan))
        }
        for warning in result.warnings {
            CommandSupport.printError("\(file):\(warning.line): " + l.pick(vi: "cảnh báo", en: "warning") + ": \(warning.message)")
        }
        if strict && !result.warnings.isEmpty { throw ExitCode(2) }
        if !dryRun {
            progress.show(l.pick(vi: "Đang lưu \(result.plan.tasks.count) nhiệm vụ…", en: "Storing \(result.plan.tasks.count) tasks…"))
            defer { progress.finish() }
            try CommandSupport.store(result, global: global)
        }
    }

    /// A YAML export read back: the plan and its statuses.
    private func importExport(_ data: Data, _ l: Language) throws {
        let read = try ExportImport.read(path: file, data: data, l)
        switch format {
        case .json: StandardOutput.write(try PlanDocument(read.plan, id: read.export.plan.id).json() + "\n")
        case .text: StandardOutput.print(PlanSummaryText.describe(read.plan))
        }
        if !dryRun {
            try ExportImport.store(path: file, plan: read.plan, statuses: read.statuses, values: read.values, text: read.text,
                                   global: global)
        }
    }
}
