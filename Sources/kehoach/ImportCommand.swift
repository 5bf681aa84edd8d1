import ArgumentParser
import Foundation
import PlanKit
import Wording

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.text(.importAbstract),
        discussion: HelpText.text(.importDiscussion) + "\n\n" + HelpText.examples("""
          kehoach import ke-hoach-3785.docx
          kehoach import *.docx *.pdf
          kehoach import ke-hoach-3785.pdf --dry-run --format json
          kehoach import ke-hoach-3785.docx --text
          kehoach import kon-tum-3785.yaml
        """)
    )

    @Argument(help: HelpText.option(.importFiles))
    var files: [String]

    @Flag(help: HelpText.option(.importDryRun))
    var dryRun = false

    @Option(help: HelpText.option(.importFormat))
    var format: OutputFormat = .text

    @Flag(help: HelpText.option(.importStrict))
    var strict = false

    @Flag(help: HelpText.option(.importAsNew))
    var asNew = false

    @Flag(help: HelpText.option(.importText))
    var text = false

    @Flag(help: HelpText.option(.importExplain))
    var explain = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    enum OutputFormat: String, FormatName { case text, json }

    func validate() throws {
        if files.isEmpty {
            throw ValidationError(HelpText.text(.importNameLeastOneFile))
        }
        // -o takes a document import prints instead of storing; a stored import's summary stays on the screen.
        if output.path != nil && !(text || explain || (dryRun && format == .json)) {
            throw ValidationError(HelpText.text(.importOGoesTextExplain))
        }
    }

    func run() throws {
        let language = Language.resolve(option: global.language, environment: ProcessInfo.processInfo.environment)
        var worst: Int32 = 0
        var context: StoreContext?
        // With -o, every file's document is gathered and written once at the end (never half a file).
        var document: String? = output.path == nil ? nil : ""
        for file in files {
            do {
                try importOne(file, language: language, context: &context, document: &document)
            } catch let failure as CommandSupport.Failure {
                CommandSupport.printError(failure.message)
                worst = max(worst, failure.code)
            }
        }
        if let document, !document.isEmpty {
            if format == .json && !(text || explain) {
                try output.write(document, language: language)
            } else {
                try output.write(ControlCharacters.terminalText(document), language: language)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// Prints a document, or with -o adds it to the one being gathered.
    private func emit(_ text: String, into document: inout String?) {
        if document != nil { document! += text } else { StandardOutput.write(text) }
    }

    private func importOne(_ file: String, language: Language, context: inout StoreContext?,
                           document: inout String?) throws {
        // One read through the checked boundary (kind and size from fstat; the limit by what the first
        // bytes say the file is: a plan text or an export may be as large as its 100,000 tasks, a PDF may not).
        var data = try CommandSupport.readInput(file, language, limitByHead: DocumentFile.sizeLimit(head:))
        if ExportImport.isExport(path: file, data: data) { return try importExport(file, data, language: language) }
        if text {
            // The document's own text: anything that would steer the terminal is shown as its picture.
            let extracted = try CommandSupport.extract(file, data: data, language: language).text
            if document != nil { document! += extracted } else { StandardOutput.print(extracted, terminator: "") }
            return
        }
        let progress = ProgressLine()
        progress.show(language(CommandMessage.importReading(file: file)))
        let imported: (document: DocumentFile, result: ImportResult)
        do {
            imported = try CommandSupport.importFile(file, data: &data, language: language)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        let result = imported.result
        if explain {
            let explained = ImportExplainText.render(result, language: language)
            if document != nil { document! += explained + "\n" } else { StandardOutput.print(explained) }
            return
        }
        switch format {
        case .json:
            emit(try PlanDocument(result.plan).json() + "\n", into: &document)
        case .text:
            // Several files: one line each (the store's line says what was stored).
            if files.count == 1 {
                StandardOutput.print(PlanSummaryText.describe(result.plan, language))
            } else if dryRun {
                StandardOutput.print("\(file): " + PlanSummaryText.oneLine(result.plan, language))
            }
        }
        for warning in result.warnings {
            CommandSupport.printError(ImportWarningText.line(warning, file: file, language: language))
        }
        if let unread = ImportWarningText.unreadSummary(result.warnings, file: file, language: language) {
            CommandSupport.printError(unread)
        }
        if strict && !result.warnings.isEmpty {
            throw CommandSupport.Failure(message: language(CommandMessage.importWarningsNotStoredStrict(
                file: file, warningsCount: result.warnings.count)), code: 2)
        }
        if !dryRun {
            progress.show(language(CommandMessage.importStoringTasks(tasksCount: result.plan.tasks.count)))
            defer { progress.finish() }
            if context == nil { context = try StoreContext.open(global, importBundled: false) }
            guard let context else { return }
            let line = try StoreImport.store(result, from: imported.document, context: context, asNew: asNew)
            progress.finish()
            StandardOutput.print(files.count > 1 ? "\(file): \(line)" : line)
        }
    }

    /// A YAML export read back: the plan and its statuses.
    private func importExport(_ file: String, _ data: Data, language: Language) throws {
        let read = try ExportImport.read(path: file, data: data, language)
        switch format {
        case .json: StandardOutput.write(try PlanDocument(read.plan, id: read.export.plan.id).json() + "\n")
        case .text: StandardOutput.print(PlanSummaryText.describe(read.plan, language))
        }
        if !dryRun {
            try ExportImport.store(path: file, plan: read.plan, statuses: read.statuses, values: read.values, text: read.text,
                                   global: global)
        }
    }
}
