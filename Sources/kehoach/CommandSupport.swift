import ArgumentParser
import Foundation
import Wording
import PlanKit

/// What several commands share: reading plan files, printing errors.
enum CommandSupport {
    /// A failure the user can act on: printed as one line, exit code 1 (usage, files) or 2 (data).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var code: Int32
        var description: String { message }
    }

    /// A file named on the command line, its kind and size checked before a byte is read.
    static func readInput(_ path: String, _ l: Language, limit: Int = InputFile.defaultLimit) throws -> Data {
        try readInput(path, l, limitByHead: { _ in limit })
    }

    /// The same, the limit chosen by the file's first bytes (`DocumentFile.sizeLimit(head:)`).
    static func readInput(_ path: String, _ l: Language, limitByHead limit: ([UInt8]) -> Int) throws -> Data {
        do {
            return try InputFile.read(path, limitByHead: limit)
        } catch let error as InputFile.ReadError {
            throw Failure(message: InputErrorText.describe(error, l), code: 1)
        }
    }

    /// The agency directory with the user's own file ($XDG_CONFIG_HOME/kehoach/agencies.yaml) merged
    /// in; a file that cannot be read (exit 1) or is not valid (exit 2) is one line saying which, where and why.
    static func userDirectory(_ l: Language) throws -> AgencyDirectory {
        do {
            return try AgencyDirectory.forUser(environment: ProcessInfo.processInfo.environment)
        } catch let error as AgencyDirectory.LoadError {
            if case .fileUnreadable(let reason) = error {
                throw Failure(message: l(CommandWord.commandSupportAgencyDirectory) + InputErrorText.describe(reason, l), code: 1)
            }
            throw Failure(message: l(error), code: 2)
        }
    }

    /// A plan read from a file of any kind kehoach takes (text, Markdown, Word, PDF), chosen by content.
    /// Refusals are one-line failures in the user's language: exit code 1 when the file cannot be
    /// read, 2 when it is not a plan kehoach can read.
    /// `data` is emptied once the text is extracted: what is said of an error from then on reads only the
    /// file's first bytes, and the rest (as large as the plan) is let go before the reading's peak.
    static func importFile(_ path: String, data: inout Data, language: Language) throws -> (document: DocumentFile, result: ImportResult) {
        var document = try extract(path, data: data, language: language)
        let head = Data(data.prefix(64))
        data = Data()
        let directory = try userDirectory(language)
        // The text is handed to the reader, which lets go of it once normalised (60 MB at 100,000 tasks);
        // the document returned keeps what is recorded of the file (its kind and digest), not its text.
        let text = document.text
        document.text = ""
        do {
            return (document, try PlanImporter.importPlan(text: consume text, directory: directory))
        } catch let error as ImportError {
            throw Failure(message: InputErrorText.describe(error, path: path, data: head, language), code: 2)
        }
    }

    /// The file's text as extracted (Word, PDF or text, told by content), before any reading as a plan.
    static func extract(_ path: String, data: Data, language: Language) throws -> DocumentFile {
        do {
            return try DocumentFile.extract(data, path: path)
        } catch let error as FormatError {
            let code: Int32
            switch error {
            case .notFound, .permissionDenied, .unreadable, .notARegularFile, .pdftotextMissing: code = 1
            default: code = 2
            }
            throw Failure(message: "\(path): \(ImportErrorText.describe(error, language))", code: code)
        } catch let error as ImportError {
            throw Failure(message: InputErrorText.describe(error, path: path, data: data, language), code: 2)
        }
    }

    static func printError(_ message: String) {
        StandardError.print(message)
    }

}

/// A few lines that say what a plan holds.
enum PlanSummaryText {
    /// The plan in one line, for a list of imported files.
    static func oneLine(_ plan: Plan, _ language: Language) -> String {
        let id = plan.identity
        let tasks = language(CommandMessage.planSummaryTasks(tasksCount: plan.tasks.count))
        return "\(id.slug) · \(id.number ?? "—") · \(tasks) · \(id.title)"
    }

    static func describe(_ plan: Plan, _ language: Language) -> String {
        let id = plan.identity
        var lines: [String] = []
        lines.append("\(id.slug)  \(id.number ?? "—")  \(id.date?.vietnamese ?? "")")
        lines.append(id.title)
        lines.append("\(id.issuer)\(id.signer.map { " · \($0)" } ?? "")")
        let targets = plan.objectives.reduce(0) { $0 + $1.targets.count }
        lines.append(language(CommandMessage.planCounts(
            objectives: plan.objectives.count, targets: targets, groups: plan.groups.count, tasks: plan.tasks.count,
            duties: plan.duties.count, reporting: plan.reporting.count)))
        return lines.joined(separator: "\n")
    }
}
