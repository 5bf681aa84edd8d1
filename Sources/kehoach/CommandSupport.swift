import ArgumentParser
import Foundation
import PlanKit
import Dashboard

/// What several commands share: reading plan files, printing errors.
enum CommandSupport {
    /// A failure the user can act on: printed as one line, exit code 1 (usage, files) or 2 (data).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var code: Int32
        var description: String { message }
    }

    /// A file named on the command line, its kind and size checked before a byte is read.
    static func readInput(_ path: String, _ l: Language) throws -> Data {
        do {
            return try InputFile.read(path)
        } catch let error as InputFile.ReadError {
            throw Failure(message: InputErrorText.describe(error, l), code: 1)
        }
    }

    static func importFile(_ path: String, data: Data, _ l: Language) throws -> ImportResult {
        let directory: AgencyDirectory
        do {
            directory = try AgencyDirectory.bundled()
        } catch {
            throw Failure(message: String(describing: error), code: 1)
        }
        do {
            return try PlanImporter.importPlan(data: data, directory: directory)
        } catch let error as ImportError {
            throw Failure(message: InputErrorText.describe(error, path: path, data: data, l), code: 2)
        }
    }

    static func printError(_ message: String) {
        StandardError.print(message)
    }

    static func store(_ result: ImportResult, global: GlobalOptions) throws {
        try StoreImport.store(result, global: global)
    }
}

/// A few lines that say what a plan holds.
enum PlanSummaryText {
    static func describe(_ plan: Plan) -> String {
        let id = plan.identity
        var lines: [String] = []
        lines.append("\(id.slug)  \(id.number ?? "—")  \(id.date?.vietnamese ?? "")")
        lines.append(id.title)
        lines.append("\(id.issuer)\(id.signer.map { " · \($0)" } ?? "")")
        let targets = plan.objectives.reduce(0) { $0 + $1.targets.count }
        lines.append("objectives: \(plan.objectives.count) (targets: \(targets)) · groups: \(plan.groups.count) · "
                     + "tasks: \(plan.tasks.count) · duties: \(plan.duties.count) · reporting: \(plan.reporting.count)")
        return lines.joined(separator: "\n")
    }
}
