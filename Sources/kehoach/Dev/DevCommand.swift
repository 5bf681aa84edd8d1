import ArgumentParser

/// Tools for tests and measurements; hidden from `kehoach --help`.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: HelpText.text(vi: "Công cụ cho nhà phát triển: ghi thử, đo tốc độ, chẩn đoán cửa sổ dòng lệnh, đường dẫn tài nguyên.",
                                en: "Developer tools: test writers, benchmarks, terminal diagnostics, asset paths."),
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
