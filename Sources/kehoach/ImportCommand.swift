import ArgumentParser
import Foundation
import PlanKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a published plan's text (nhập kế hoạch từ văn bản).",
        discussion: """
        Reads a plan as published (UTF-8 text copied from the gazette, a legal-document site or the Word file)
        and stores it. Warnings name the line they are about. With --dry-run nothing is stored.

        Examples:
          kehoach import ke-hoach-3785.txt
          kehoach import ke-hoach-3785.txt --dry-run --format json
        """
    )

    @Argument(help: "The plan's text file (UTF-8).")
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
        let result = try CommandSupport.importFile(file)
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
            try CommandSupport.store(result, global: global)
        }
    }
}
