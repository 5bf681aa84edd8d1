import Foundation
import ArgumentParser

@main
struct Kehoach: ParsableCommand {
    /// Failures the user can act on print one line and exit 1 or 2, not a stack of ArgumentParser text.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandSupport.Failure {
            CommandSupport.printError("kehoach: \(failure.message)")
            Foundation.exit(failure.code)
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "kehoach",
        abstract: "Follow Vietnamese provincial implementation plans (kế hoạch) in the terminal.",
        version: KehoachVersion.current,
        subcommands: [
            ImportCommand.self,
            PlansCommand.self,
            StatusCommand.self,
            HistoryCommand.self,
            ListCommand.self,
            RemoveCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            DevCommand.self,
        ]
    )
}

enum KehoachVersion {
    static let current = "0.1.0"
}
