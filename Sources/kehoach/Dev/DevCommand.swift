import Wording
import ArgumentParser

/// Tools for tests and measurements; hidden from `kehoach --help`.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: HelpText.text(.devAbstract),
        discussion: HelpText.examples("""
          kehoach dev crash-writer --db /tmp/t.sqlite --plan kon-tum-3785 --count 1000
          kehoach dev bench-store
        """),
        shouldDisplay: false,
        subcommands: [CrashWriterCommand.self, RaceWriterCommand.self, BenchStoreCommand.self, AssetsCommand.self,
                      DevTerminalCheck.self, DevTerminalBench.self, ManCommand.self, FirstFrameCommand.self,
                      SyntheticCommand.self]
    )
}
