import ArgumentParser

/// Options every command that touches the store or speaks to the user shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: HelpText.option(
        vi: "Tệp cơ sở dữ liệu, hoặc URL postgres://USER@HOST:PORT/DB của máy chủ dùng chung (mặc định: $KEHOACH_DB, nếu không thì $XDG_DATA_HOME/kehoach/kehoach.sqlite).",
        en: "The database file, or a postgres://USER@HOST:PORT/DB URL for a shared server (default: $KEHOACH_DB, else $XDG_DATA_HOME/kehoach/kehoach.sqlite)."))
    var databasePath: String?

    @Option(name: .customLong("as"), help: HelpText.option(vi: "Người thực hiện thay đổi (mặc định: $KEHOACH_USER, nếu không thì tên đăng nhập).", en: "Who makes the changes (default: $KEHOACH_USER, else the login name)."))
    var user: String?

    @Option(name: .customLong("lang"), help: HelpText.option(vi: "Ngôn ngữ giao diện: vi hoặc en (mặc định: theo LANG, tiếng Việt trừ khi LANG là tiếng Anh).", en: "Interface language: vi or en (default: from LANG, Vietnamese unless English)."))
    var language: String?
}
