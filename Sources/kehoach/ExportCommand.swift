import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a plan (xuất kế hoạch): the agency–task graph for Graphviz.",
        discussion: """
        --format dot writes the agency–task graph: agencies as boxes, tasks as ellipses, solid edges from \
        lead agencies, dashed edges from cooperating ones. Output goes to standard output, or to -o FILE \
        (an existing file is kept unless --force).

        Examples:
          kehoach export thai-nguyen --format dot | dot -Tsvg > thai-nguyen.svg
          kehoach export kon-tum-3785 --format dot -o kon-tum.dot
        """
    )

    /// Export formats; each case names the function that writes it.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot

        func render(_ plan: Plan) -> String {
            switch self {
            case .dot: return DotGraph.render(plan)
            }
        }
    }

    @Argument(help: "The plan id.")
    var plan: String

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file (- for standard output).")
    var output: String = "-"

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let (_, plan) = try context.resolvePlan(self.plan)
        let text = format.render(plan)
        try ExportOutput.write(text, to: output, force: force, language: context.language)
    }
}

/// Where an export goes: standard output, or a file that is not silently overwritten.
enum ExportOutput {
    static func write(_ text: String, to path: String, force: Bool, language: Language) throws {
        guard path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        if !force, FileManager.default.fileExists(atPath: path) {
            throw CommandSupport.Failure(message: language.pick(
                vi: "\(path) đã có; dùng --force để ghi đè",
                en: "\(path) exists; use --force to overwrite"), code: 1)
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandSupport.Failure(message: language.pick(
                vi: "không ghi được \(path): \(CommandSupport.reason(error))",
                en: "cannot write \(path): \(CommandSupport.reason(error))"), code: 1)
        }
    }
}
