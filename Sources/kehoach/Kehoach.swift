import ArgumentParser

@main
struct Kehoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kehoach",
        abstract: "Follow Vietnamese provincial implementation plans (kế hoạch) in the terminal.",
        version: KehoachVersion.current,
        subcommands: [
            Dev.self,
        ]
    )
}

enum KehoachVersion {
    static let current = "0.1.0"
}
