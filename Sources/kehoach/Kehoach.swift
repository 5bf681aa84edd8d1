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
        abstract: HelpText.text(vi: "Theo dõi các kế hoạch triển khai của tỉnh ngay trong cửa sổ dòng lệnh.",
                                en: "Follow Vietnamese provincial implementation plans (kế hoạch) in the terminal."),
        discussion: HelpText.text(vi: """
        Giao diện nói tiếng Việt, hoặc tiếng Anh với --lang en hay một LANG tiếng Anh.

        Mã thoát: 0 xong; 1 lỗi của người dùng (tùy chọn sai, kế hoạch hay nhiệm vụ không có, tệp không \
        đọc được hoặc sẽ bị ghi đè); 2 lỗi dữ liệu (tệp không phải kế hoạch, tệp xuất không hợp lệ, \
        cảnh báo khi nhập với --strict).
        """, en: """
        The interface speaks Vietnamese, or English with --lang en or an English LANG.

        Exit codes: 0 done; 1 a user error (a wrong option, an unknown plan or task, a file that cannot be \
        read or would be overwritten); 2 a data problem (a file that is not a plan, an invalid export, \
        import warnings with --strict).
        """) + "\n\n" + HelpText.examples("""
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
