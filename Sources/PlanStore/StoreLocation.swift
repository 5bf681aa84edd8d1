import Foundation

/// Where the database file lives: `--db PATH`, else `$KEHOACH_DB`, else
/// `$XDG_DATA_HOME/kehoach/kehoach.sqlite`, else `~/.local/share/kehoach/kehoach.sqlite`.
public struct StoreLocation: Sendable, Equatable {
    public enum Source: String, Sendable, Equatable {
        case option, environment, xdgDataHome, home
    }

    public var path: String
    public var source: Source

    public static let fileName = "kehoach.sqlite"

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// Resolves the location from the command line option and an environment (passed in, so tests
    /// need not touch the process environment). Empty values count as unset; `~` is expanded. The home
    /// directory is `$HOME` as the XDG spec says (the password file's only when HOME is unset or relative).
    public static func resolve(option: String?, environment: [String: String],
                               homeDirectory home: String? = nil) -> StoreLocation {
        let environmentHome = environment["HOME"].flatMap { home -> String? in home.hasPrefix("/") ? home : nil }
        let homeDirectory = home ?? environmentHome ?? NSHomeDirectory()
        func given(_ value: String?) -> String? {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return value
        }
        func expand(_ path: String) -> String {
            if path == "~" { return homeDirectory }
            if path.hasPrefix("~/") { return homeDirectory + path.dropFirst(1) }
            return path
        }
        if let path = given(option) { return StoreLocation(path: expand(path), source: .option) }
        if let path = given(environment["KEHOACH_DB"]) { return StoreLocation(path: expand(path), source: .environment) }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let data = given(environment["XDG_DATA_HOME"]), data.hasPrefix("/") {
            return StoreLocation(path: join(data, "kehoach", fileName), source: .xdgDataHome)
        }
        return StoreLocation(path: join(homeDirectory, ".local/share/kehoach", fileName), source: .home)
    }

    private static func join(_ parts: String...) -> String {
        var result = ""
        for part in parts {
            if result.isEmpty { result = part; continue }
            result = (result.hasSuffix("/") ? String(result.dropLast()) : result) + "/" + part
        }
        return result
    }
}
