import ArgumentParser

/// Hidden diagnostics for developers and the end-to-end tests; not part of the user's interface.
struct Dev: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Developer diagnostics.",
        shouldDisplay: false,
        subcommands: [DevTerminalCheck.self, DevTerminalBench.self]
    )
}
