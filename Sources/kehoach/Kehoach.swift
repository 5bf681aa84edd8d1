import Wording
import Foundation
import ArgumentParser

@main
struct Kehoach: ParsableCommand {
    /// Failures the user can act on print one line and exit 1 or 2, not a stack of ArgumentParser text.
    static func main() {
        StandardOutput.prepare()
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let word = UnknownCommand.unknownWord(in: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            CommandSupport.printError("kehoach: " + UnknownCommand.message(for: word, among: commands, language: HelpLanguage.current))
            Foundation.exit(1)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandSupport.Failure {
            CommandSupport.printError("kehoach: \(failure.message)")
            Foundation.exit(failure.code)
        } catch {
            // ArgumentParser answers a usage error with 64 (EX_USAGE); kehoach's documented code is 1.
            let code = exitCode(for: error)
            if code == .success, HelpLanguage.current == .vi {
                // --help and --version: ArgumentParser's own headings, in the user's language.
                StandardOutput.print(HelpFrame.vietnamese(fullMessage(for: error)))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                let message = fullMessage(for: error)
                CommandSupport.printError(HelpLanguage.current == .vi ? HelpFrame.vietnameseUsageError(message) : message)
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "kehoach",
        abstract: HelpText.text(.kehoachAbstract),
        discussion: HelpText.text(.kehoachDiscussion) + "\n\n" + HelpText.examples("""
          kehoach import ke-hoach-3785.txt
          kehoach report kon-tum-3785 --as-of 23/11/2026 -o bao-cao-2026.md
          kehoach export thai-nguyen --format csv -o thai-nguyen.csv
          kehoach --generate-completion-script bash > /etc/bash_completion.d/kehoach
        """),
        version: KehoachVersion.current,
        subcommands: [
            DashboardCommand.self,
            ImportCommand.self,
            AgenciesCommand.self,
            PlansCommand.self,
            StatusCommand.self,
            ResultCommand.self,
            DueCommand.self,
            HistoryCommand.self,
            ListCommand.self,
            RemoveCommand.self,
            AdminCommand.self,
            CopyCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            DevCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}

enum KehoachVersion {
    static let current = "0.1.0"
}
