import ArgumentParser
import Foundation
import PlanKit
import Wording

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.text(vi: "Nhập kế hoạch đã ban hành từ tệp Word, PDF hoặc văn bản.",
                                en: "Import published plans: Word, PDF or text (nhập kế hoạch từ tệp Word, PDF hoặc văn bản)."),
        discussion: HelpText.text(vi: """
        Đọc từng kế hoạch như đã ban hành và lưu lại. Loại tệp được nhận theo nội dung, không theo tên: \
        tệp Word (.docx), PDF có lớp chữ (đọc bằng pdftotext của poppler), Markdown hoặc văn bản UTF-8 \
        chép từ công báo hay trang văn bản pháp luật. Tệp .doc cũ, .odt, .rtf hoặc ảnh bị từ chối kèm \
        cách xử lý (lưu lại thành .docx). Nhiều tệp được nhập lần lượt, mỗi tệp báo trên một dòng; một \
        tệp lỗi không làm dừng các tệp còn lại (khi đó mã thoát cho biết). Cảnh báo nêu dòng của văn bản \
        đã trích mà nó nói tới (xem --text). Với --dry-run không lưu gì.

        Tệp YAML do `kehoach export --format yaml` tạo ra (có thể đã sửa tay) được đọc lại: kế hoạch được \
        nhập lại, tình trạng của nhiệm vụ còn mã thì được giữ, và tình trạng trong tệp được áp dụng ở chỗ \
        khác đi, thành một thay đổi trong lịch sử.
        """, en: """
        Reads each plan as issued and stores it. The kind of file is told by its content, not its name: a \
        Word file (.docx), a PDF with a text layer (read with poppler's pdftotext), Markdown or UTF-8 text \
        copied from the gazette or a legal-document site. A legacy .doc, .odt, .rtf or an image is refused \
        with what to do (save it as .docx). Several files are imported one after the other, each reported \
        on its own line; one that fails does not stop the rest (the exit code then says so). Warnings name \
        the line of the extracted text they are about (see --text). With --dry-run nothing is stored.

        A YAML file written by `kehoach export --format yaml` (perhaps corrected by hand) is read back: the \
        plan is re-imported, the statuses of tasks whose code still exists are kept, and the file's statuses \
        are applied where they differ, as one change in the history.
        """) + "\n\n" + HelpText.examples("""
          kehoach import ke-hoach-3785.docx
          kehoach import *.docx *.pdf
          kehoach import ke-hoach-3785.pdf --dry-run --format json
          kehoach import ke-hoach-3785.docx --text
          kehoach import kon-tum-3785.yaml
        """)
    )

    @Argument(help: HelpText.option(vi: "Các tệp kế hoạch: .docx, .pdf, Markdown hoặc văn bản UTF-8, hoặc tệp YAML đã xuất.", en: "The plans' files: .docx, .pdf, Markdown or UTF-8 text, or a YAML export."))
    var files: [String]

    @Flag(help: HelpText.option(vi: "Đọc và kiểm tra kế hoạch, in ra, không lưu gì.", en: "Read and check the plans, print them, store nothing."))
    var dryRun = false

    @Option(help: HelpText.option(vi: "Kết quả: text (tóm tắt và cảnh báo) hoặc json (toàn bộ kế hoạch đã đọc).", en: "Output: text (summary and warnings) or json (the whole parsed plan)."))
    var format: OutputFormat = .text

    @Flag(help: HelpText.option(vi: "Coi cảnh báo là lỗi (mã thoát 2).", en: "Treat warnings as errors (exit code 2)."))
    var strict = false

    @Flag(help: HelpText.option(vi: "Lưu thành kế hoạch mới dù trong kho đã có văn bản cùng số, cùng ngày (đọc với cơ quan ban hành khác).", en: "Store as a new plan even when the store holds a document of the same number and date (read with another issuer)."))
    var asNew = false

    @Flag(help: HelpText.option(vi: "In văn bản kehoach trích từ mỗi tệp (cái bộ đọc nhìn thấy), không lưu gì.", en: "Print the text kehoach extracted from each file (what the readers see) and store nothing."))
    var text = false

    @Flag(help: HelpText.option(vi: "In từng dòng nguồn cùng với kết quả đọc dòng đó (nhiệm vụ, mục tiêu, trách nhiệm, không hiểu); không lưu gì.", en: "Print the source line by line with what each line became (task, objective, duty, not understood); store nothing."))
    var explain = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    enum OutputFormat: String, FormatName { case text, json }

    func validate() throws {
        if files.isEmpty {
            throw ValidationError(HelpText.text(vi: "hãy nêu ít nhất một tệp để nhập", en: "name at least one file to import"))
        }
        // -o takes a document import prints instead of storing; a stored import's summary stays on the screen.
        if output.path != nil && !(text || explain || (dryRun && format == .json)) {
            throw ValidationError(HelpText.text(vi: "-o chỉ dùng với --text, --explain hoặc --dry-run --format json",
                                                en: "-o goes with --text, --explain or --dry-run --format json"))
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
        // One read through the checked boundary (kind and size from fstat before a byte is read).
        let data = try CommandSupport.readInput(file, language, limit: Int(DocumentFile.sizeLimit))
        if ExportImport.isExport(path: file, data: data) { return try importExport(file, data, language: language) }
        if text {
            // The document's own text: anything that would steer the terminal is shown as its picture.
            let extracted = try CommandSupport.extract(file, data: data, language: language).text
            if document != nil { document! += extracted } else { StandardOutput.print(extracted, terminator: "") }
            return
        }
        let progress = ProgressLine()
        progress.show(language.pick(vi: "Đang đọc \(file)…", en: "Reading \(file)…"))
        let imported: (document: DocumentFile, result: ImportResult)
        do {
            imported = try CommandSupport.importFile(file, data: data, language: language)
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
            throw CommandSupport.Failure(message: language.pick(
                vi: "\(file): \(result.warnings.count) cảnh báo, không lưu (--strict)",
                en: "\(file): \(result.warnings.count) warnings, not stored (--strict)"), code: 2)
        }
        if !dryRun {
            progress.show(language.pick(vi: "Đang lưu \(result.plan.tasks.count) nhiệm vụ…",
                                        en: "Storing \(result.plan.tasks.count) tasks…"))
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
