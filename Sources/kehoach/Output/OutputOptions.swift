import ArgumentParser
import Wording
import Foundation
import PlanKit

/// `-o FILE` and `--force`, shared by every command that writes a document (report, export, list, history, plans, agencies, import's --text/--explain).
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: HelpText.option(.outputOutput))
    var output: String?

    @Flag(help: HelpText.option(.outputForce))
    var force = false

    /// Where the text goes: nil for the standard output.
    var path: String? {
        guard let output, output != "-" else { return nil }
        return output
    }

    /// The width a table is fitted to: the terminal's for the standard output, none (whole cells) for a file.
    var tableWidth: Int? { path == nil ? TerminalWidth.current() : nil }

    /// The format a file's extension asks for (`bao-cao.csv` → csv), when --format is not given.
    func formatFromExtension<F: FormatName>(_ type: F.Type) -> F? {
        guard let path else { return nil }
        return F(argument: URL(fileURLWithPath: path).pathExtension)
    }

    /// Writes the text; to a file, says where on the standard output. Errors name the path and the reason.
    func write(_ text: String, language l: Language) throws {
        guard path != nil else {
            StandardOutput.write(text)
            return
        }
        try write(bytes: Array(text.utf8), language: l)
    }

    /// `write(_:language:)` for a text document already held as UTF-8 bytes (the CSV export).
    func write(documentBytes bytes: [UInt8], language l: Language) throws {
        guard path != nil else {
            StandardOutput.write(bytes: bytes)
            return
        }
        try write(bytes: bytes, language: l)
    }

    /// Writes a file's bytes; a binary format (.docx, .xlsx) is never sent to the standard output.
    func write(bytes: [UInt8], language l: Language) throws {
        guard let path else {
            throw CommandSupport.Failure(message: l(CommandWord.outputFormatBinaryFileWrite), code: 1)
        }
        do {
            try OutputFile.write(bytes, to: path, overwrite: force)
        } catch OutputFile.WriteError.exists(let path) {
            throw CommandSupport.Failure(message: l(CommandMessage.outputFileExistsAddForce(path: path)), code: 1)
        } catch OutputFile.WriteError.failed(let path, let code) {
            let reason = SystemErrorText.reason(code, l)
            throw CommandSupport.Failure(message: l(CommandMessage.outputCannotWrite(path: path, reason: reason)), code: 1)
        }
        StandardOutput.print(l(CommandMessage.outputWrote(path: path)))
    }

    /// A text for a person (a table): anything that would steer a terminal shown as its picture, in a file too.
    func writeText(_ text: String, language l: Language) throws {
        guard path != nil else { return StandardOutput.print(text) }
        try write(ControlCharacters.terminalText(text) + "\n", language: l)
    }

    /// A JSON document: streamed to the standard output, gathered whole for a file (written at once, renamed).
    func writeJSON(language l: Language, _ body: (inout JSONStream) -> Void) throws {
        guard path != nil else { return StandardOutput.write(body) }
        var stream = JSONStream()
        body(&stream)
        stream.finish()
        try write(String(decoding: stream.bytes, as: UTF8.self), language: l)
    }
}
