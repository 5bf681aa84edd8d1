import Wording
import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/kehoach/config.toml` (else `~/.config/kehoach/config.toml`): what the dashboard uses when
/// the command line does not say. Every key is optional; an unknown key, a wrong type or a bad value is an
/// error naming its line, and nothing starts.
///
///     language = "vi"          # or "en"
///     plan = "kon-tum-3785"    # the plan to open
///     user = "thu-ky"          # who makes the changes
///     theme = "dark"           # or "light" (for a light terminal background)
///     mouse = true
///     # The heading and signature of the reports kehoach writes in Word (.docx):
///     agency = "Sở Kế hoạch và Đầu tư"          # the reporting body
///     superior = "Ủy ban nhân dân tỉnh Kon Tum"  # printed above it
///     place = "Kon Tum"                          # địa danh
///     signer = "Nguyễn Văn A"
///     signer_title = "Giám đốc"
struct ConfigFile: Equatable {
    var language: Language?
    var plan: String?
    var user: String?
    var theme: String?
    var mouse: Bool?
    var agency: String?
    var superior: String?
    var place: String?
    var signer: String?
    var signerTitle: String?

    static let keys = ["language", "plan", "user", "theme", "mouse", "agency", "superior", "place", "signer", "signer_title"]

    struct Failure: Error, Equatable {
        let path: String
        let line: Int?
        let reason: Reason

        enum Reason: Equatable {
            case unreadable
            case syntax(String)
            case unknownKey(String)
            case notText(String)
            case notTrueOrFalse(String)
            case badValue(key: String, value: String, allowed: [String])
        }

        func message(_ language: Language) -> String {
            let place = line.map { language(CommandMessage.configFileLine(path: path, value: $0)) } ?? path
            switch reason {
            case .unreadable:
                return language(CommandMessage.configFileCannotReadConfigFile(place: place))
            case .syntax(let detail):
                return language(CommandMessage.configFileNotValid(place: place, detail: detail))
            case .unknownKey(let key):
                let known = ConfigFile.keys.joined(separator: ", ")
                return language(CommandMessage.configFileUnknownKey(place: place, key: key, known: known))
            case .notText(let key):
                return language(CommandMessage.configFileMustQuoted(place: place, key: key))
            case .notTrueOrFalse(let key):
                return language(CommandMessage.configFileMustTrue(place: place, key: key))
            case .badValue(let key, let value, let allowed):
                let list = allowed.joined(separator: ", ")
                return language(CommandMessage.configFileCannotOne(place: place, key: key, value: value, list: list))
            }
        }
    }

    /// Where the file is looked for.
    static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/kehoach/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/kehoach/config.toml" }
        return nil
    }

    /// The file's settings; nil when there is no file.
    static func load(environment: [String: String]) throws(Failure) -> ConfigFile? {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20,
              let text = String(data: data, encoding: .utf8) else { throw Failure(path: path, line: nil, reason: .unreadable) }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws(Failure) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Failure(path: path, line: error.source.begin.line, reason: .syntax(error.description))
        } catch {
            throw Failure(path: path, line: nil, reason: .syntax(String(describing: error)))
        }
        let lines = keyLines(text)
        for (key, line) in lines where !keys.contains(key) {
            throw Failure(path: path, line: line, reason: .unknownKey(key))
        }
        func string(_ key: String) throws(Failure) -> String? {
            guard table.contains(key: key) else { return nil }
            guard let value = table[key]?.string else { throw Failure(path: path, line: lines[key], reason: .notText(key)) }
            return value.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        }
        func choice(_ key: String, _ allowed: [String]) throws(Failure) -> String? {
            guard let value = try string(key) else { return nil }
            guard allowed.contains(value.lowercased()) else {
                throw Failure(path: path, line: lines[key], reason: .badValue(key: key, value: value, allowed: allowed))
            }
            return value.lowercased()
        }
        var config = ConfigFile()
        config.language = try choice("language", ["vi", "en"]).flatMap(Language.init(rawValue:))
        config.plan = try string("plan")
        config.user = try string("user")
        config.theme = try choice("theme", ["dark", "light"])
        config.agency = try string("agency")
        config.superior = try string("superior")
        config.place = try string("place")
        config.signer = try string("signer")
        config.signerTitle = try string("signer_title")
        if table.contains(key: "mouse") {
            guard let value = table["mouse"]?.bool else { throw Failure(path: path, line: lines["mouse"], reason: .notTrueOrFalse("mouse")) }
            config.mouse = value
        }
        return config
    }

    /// The line of each top-level `key = …` (before any `[table]`), for errors that name the line.
    static func keyLines(_ text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                // Keys inside a table are not ours: the table's name is reported as the unknown key.
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                if lines[name] == nil { lines[name] = index + 1 }
                continue
            }
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            if !key.isEmpty, lines[key] == nil { lines[key] = index + 1 }
        }
        return lines
    }
}
