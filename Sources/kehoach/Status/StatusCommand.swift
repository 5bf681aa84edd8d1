import Wording
import ArgumentParser

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HelpText.text(.statusAbstract),
        discussion: HelpText.examples("""
          kehoach status set kon-tum-3785 II.1 "đang thực hiện" --note "Đã họp"
          kehoach status undo kon-tum-3785
        """),
        subcommands: [StatusSetCommand.self, StatusUndoCommand.self, StatusRedoCommand.self]
    )
}
