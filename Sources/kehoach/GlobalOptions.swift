import Wording
import ArgumentParser

/// Options every command that touches the store or speaks to the user shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: HelpText.option(.globalDatabasePath))
    var databasePath: String?

    @Option(name: .customLong("as"), help: HelpText.option(.globalUser))
    var user: String?

    @Option(name: .customLong("lang"), help: HelpText.option(.globalLanguage))
    var language: String?
}
