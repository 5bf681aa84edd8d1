import ArgumentParser

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HelpText.text(vi: "Cập nhật tình hình thực hiện nhiệm vụ, hoặc hoàn tác và làm lại thay đổi gần nhất.",
                                en: "Record a task's status, or undo and redo your last change (cập nhật tình hình thực hiện)."),
        discussion: HelpText.examples("""
          kehoach status set kon-tum-3785 II.1 "đang thực hiện" --note "Đã họp"
          kehoach status undo kon-tum-3785
        """),
        subcommands: [StatusSetCommand.self, StatusUndoCommand.self, StatusRedoCommand.self]
    )
}
