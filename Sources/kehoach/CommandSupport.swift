import ArgumentParser
import Foundation
import PlanKit

/// What several commands share: reading plan files, printing errors.
enum CommandSupport {
    /// A failure the user can act on: printed as one line, exit code 1 (usage, files) or 2 (data).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var code: Int32
        var description: String { message }
    }

    static func importFile(_ path: String) throws -> ImportResult {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(message: "cannot read \(path): \(reason(error))", code: 1)
        }
        let directory: AgencyDirectory
        do {
            directory = try AgencyDirectory.forUser(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw Failure(message: String(describing: error), code: 1)
        }
        do {
            return try PlanImporter.importPlan(data: data, directory: directory)
        } catch let error as ImportError {
            throw Failure(message: "\(path): \(error)", code: 2)
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
