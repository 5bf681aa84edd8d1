import ArgumentParser
import Foundation
import Dashboard
import PlanKit

/// What several commands share: reading plan files, printing errors.
enum CommandSupport {
    /// A failure the user can act on: printed as one line, exit code 1 (usage, files) or 2 (data).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var code: Int32
        var description: String { message }
    }

    /// A plan read from a file of any kind kehoach takes (text, Markdown, Word, PDF), chosen by content.
    /// Refusals are one-line failures in the user's language: exit code 1 when the file cannot be
    /// read, 2 when it is not a plan kehoach can read.
    static func importFile(_ path: String, language: Language) throws -> (document: DocumentFile, result: ImportResult) {
        let document = try readDocument(path, language: language)
        let directory: AgencyDirectory
        do {
            directory = try AgencyDirectory.bundled()
        } catch {
            throw Failure(message: String(describing: error), code: 1)
        }
        do {
            return (document, try PlanImporter.importPlan(text: document.text, directory: directory))
        } catch let error as ImportError {
            throw Failure(message: "\(path): \(ImportErrorText.describe(error, language))", code: 2)
        }
    }

    /// The file's text as extracted, before any reading as a plan.
    static func readDocument(_ path: String, language: Language) throws -> DocumentFile {
        do {
            return try DocumentFile.read(path: path)
        } catch let error as FormatError {
            let code: Int32
            switch error {
            case .notFound, .permissionDenied, .unreadable, .notARegularFile, .pdftotextMissing: code = 1
            default: code = 2
            }
            throw Failure(message: "\(path): \(ImportErrorText.describe(error, language))", code: code)
        } catch let error as ImportError {
            throw Failure(message: "\(path): \(ImportErrorText.describe(error, language))", code: 2)
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain && ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

}

/// A few lines that say what a plan holds.
enum PlanSummaryText {
    /// The plan in one line, for a list of imported files.
    static func oneLine(_ plan: Plan, _ language: Language) -> String {
        let id = plan.identity
        let tasks = language.pick(vi: "\(plan.tasks.count) nhiệm vụ", en: "\(plan.tasks.count) tasks")
        return "\(id.slug) · \(id.number ?? "—") · \(tasks) · \(id.title)"
    }

    static func describe(_ plan: Plan, _ language: Language) -> String {
        let id = plan.identity
        var lines: [String] = []
        lines.append("\(id.slug)  \(id.number ?? "—")  \(id.date?.vietnamese ?? "")")
        lines.append(id.title)
        lines.append("\(id.issuer)\(id.signer.map { " · \($0)" } ?? "")")
        let targets = plan.objectives.reduce(0) { $0 + $1.targets.count }
        lines.append(language.pick(
            vi: "mục tiêu: \(plan.objectives.count) (chỉ tiêu: \(targets)) · nhóm: \(plan.groups.count) · "
                + "nhiệm vụ: \(plan.tasks.count) · trách nhiệm: \(plan.duties.count) · báo cáo: \(plan.reporting.count)",
            en: "objectives: \(plan.objectives.count) (targets: \(targets)) · groups: \(plan.groups.count) · "
                + "tasks: \(plan.tasks.count) · duties: \(plan.duties.count) · reporting: \(plan.reporting.count)"))
        return lines.joined(separator: "\n")
    }
}
