import ArgumentParser

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Record a task's status, or undo and redo your last change (cập nhật tình hình thực hiện).",
        discussion: """
        Examples:
          kehoach status set kon-tum-3785 II.1 "đang thực hiện" --progress 40 --note "Đã họp lần 1"
          kehoach status undo kon-tum-3785
        """,
        subcommands: [StatusSetCommand.self, StatusUndoCommand.self, StatusRedoCommand.self]
    )
}
