import Foundation

/// Where a PostgreSQL store is and how to log in, as libpq users expect: a `postgres://` URL, with
/// the `PG*` environment variables filling what the URL leaves out and `~/.pgpass` the password.
public struct PostgresConnectionInfo: Sendable, Equatable {
    public enum SSLMode: String, Sendable, Equatable {
        case disable, allow, prefer, require, verifyCA = "verify-ca", verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode

    public init(host: String, port: Int, user: String, password: String?, database: String, sslMode: SSLMode) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.sslMode = sslMode
    }

    /// True for the `postgres://` and `postgresql://` schemes: anything else is a SQLite path.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    public enum ParseError: Error, Equatable, Sendable {
        case notAURL(String)
        case badPort(String)
        case badSSLMode(String)
    }

    /// Parses `postgres://[USER[:PASSWORD]@][HOST][:PORT][/DB][?sslmode=…]`.
    public static func parse(_ url: String, environment: [String: String],
                             homeDirectory: String = NSHomeDirectory()) throws -> PostgresConnectionInfo {
        guard isURL(url), let components = URLComponents(string: url) else { throw ParseError.notAURL(url) }
        func given(_ value: String?) -> String? {
            guard let value, !value.isEmpty else { return nil }
            return value
        }
        let host = given(components.host) ?? given(environment["PGHOST"]) ?? "localhost"
        let portText = components.port.map(String.init) ?? given(environment["PGPORT"]) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw ParseError.badPort(portText) }
        let user = given(components.user) ?? given(environment["PGUSER"]) ?? given(environment["USER"]) ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = given(path.removingPercentEncoding) ?? given(environment["PGDATABASE"]) ?? user
        let query = components.queryItems ?? []
        let modeText = given(query.first { $0.name == "sslmode" }?.value) ?? given(environment["PGSSLMODE"]) ?? "prefer"
        guard let sslMode = SSLMode(rawValue: modeText) else { throw ParseError.badSSLMode(modeText) }
        let password = given(components.password) ?? given(environment["PGPASSWORD"])
            ?? PGPass.password(host: host, port: port, database: database, user: user,
                               file: given(environment["PGPASSFILE"]) ?? homeDirectory + "/.pgpass")
        return PostgresConnectionInfo(host: host, port: port, user: user, password: password, database: database,
                                      sslMode: sslMode)
    }

    /// The URL without its password: what messages may show.
    public var displayURL: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}

/// `~/.pgpass`: `host:port:database:user:password` lines, `*` matching anything, `\` escaping `:`.
enum PGPass {
    static func password(host: String, port: Int, database: String, user: String, file: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped { current.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" { fields.append(current); current = "" }
            else { current.append(character) }
        }
        fields.append(current)
        return fields
    }
}
