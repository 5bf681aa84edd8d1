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

    @Flag(help: "Print the source line by line with what each line became (task, objective, duty, not understood); store nothing.")
    var explain = false

    @OptionGroup var global: GlobalOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        if let data = try? Data(contentsOf: URL(fileURLWithPath: file)), ExportImport.isExport(path: file, data: data) {
            return try importExport(data)
        }
        let progress = ProgressLine()
        progress.show(Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
            .pick(vi: "Đang đọc \(file)…", en: "Reading \(file)…"))
        let result = try CommandSupport.importFile(file)
        progress.finish()
        if explain {
            let language = Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
            print(ImportExplainText.render(result, language: language))
            return
        }
        switch format {
        case .json:
            print(try PlanDocument(result.plan).json())
        case .text:
            print(PlanSummaryText.describe(result.plan))
        }
        for warning in result.warnings {
            CommandSupport.printError("\(file):\(warning.line): warning: \(warning.message)")
        }
        if strict && !result.warnings.isEmpty { throw ExitCode(2) }
        if !dryRun {
            progress.show(Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
                .pick(vi: "Đang lưu \(result.plan.tasks.count) nhiệm vụ…", en: "Storing \(result.plan.tasks.count) tasks…"))
            defer { progress.finish() }
            try CommandSupport.store(result, global: global)
        }
    }

    /// A YAML export read back: the plan and its statuses.
    private func importExport(_ data: Data) throws {
        let read = try ExportImport.read(path: file, data: data)
        switch format {
        case .json: print(try PlanDocument(read.plan, id: read.export.plan.id).json())
        case .text: print(PlanSummaryText.describe(read.plan))
        }
        if !dryRun {
            try ExportImport.store(path: file, plan: read.plan, statuses: read.statuses, values: read.values, text: read.text,
                                   global: global)
        }
    }
}
