import ArgumentParser

/// Options every command that touches the store or speaks to the user shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file, or a postgres://USER@HOST:PORT/DB URL for a shared server (default: $KEHOACH_DB, else $XDG_DATA_HOME/kehoach/kehoach.sqlite).")
    var databasePath: String?

    @Option(name: .customLong("as"), help: "Who makes the changes (default: $KEHOACH_USER, else the login name).")
    var user: String?

    @Option(name: .customLong("lang"), help: "Interface language: vi or en (default: from LANG, Vietnamese unless English).")
    var language: String?
}
