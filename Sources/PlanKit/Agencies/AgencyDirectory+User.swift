import Foundation
import Yams

extension AgencyDirectory {
    /// Where a user keeps their own agencies and aliases: `$XDG_CONFIG_HOME/kehoach/agencies.yaml`
    /// (or `~/.config/kehoach/agencies.yaml`).
    public static func userFilePath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/kehoach/agencies.yaml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/kehoach/agencies.yaml" }
        return nil
    }

    /// The bundled directory with the user's file merged over it, where there is one.
    public static func forUser(environment: [String: String]) throws -> AgencyDirectory {
        let bundled = try bundled()
        guard let path = userFilePath(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return bundled
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LoadError.fileUnreadable(path: path, reason: error.localizedDescription)
        }
        return try bundled.merging(userYAML: text, path: path)
    }

    /// A user's entries over this directory: a known id gains the user's aliases (and their name or kind
    /// where given); a new id is a new agency. A file that is not valid says where.
    public func merging(userYAML text: String, path: String) throws -> AgencyDirectory {
        do {
            _ = try Yams.load(yaml: text)
        } catch let error as YamlError {
            throw LoadError.invalidYAML("\(path): \(error)")
        }
        let file: UserFile
        do {
            file = try YAMLDecoder().decode(UserFile.self, from: text)
        } catch let DecodingError.typeMismatch(_, context) {
            throw LoadError.invalidYAML("\(path): \(Self.describe(context, in: text))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw LoadError.invalidYAML("\(path): \(Self.describe(context, in: text)): missing \(key.stringValue)")
        } catch {
            throw LoadError.invalidYAML("\(path): \(error)")
        }
        var merged = agencies
        for entry in file.agencies {
            if let index = merged.firstIndex(where: { $0.id == entry.id }) {
                if let name = entry.name { merged[index].name = name.nfc }
                if let kind = entry.kind {
                    guard let known = AgencyKind(rawValue: kind) else {
                        throw LoadError.invalidEntry(id: entry.id, reason: "\(path): unknown kind \(kind) (line \(Self.line(of: entry.id, in: text)))")
                    }
                    merged[index].kind = known
                }
                merged[index].aliases += (entry.aliases ?? []).map(\.nfc)
            } else {
                guard let name = entry.name, let kindText = entry.kind, let kind = AgencyKind(rawValue: kindText) else {
                    throw LoadError.invalidEntry(id: entry.id, reason: "\(path): a new agency needs a name and a known kind (line \(Self.line(of: entry.id, in: text)))")
                }
                merged.append(Agency(id: entry.id, name: name.nfc, kind: kind, aliases: (entry.aliases ?? []).map(\.nfc)))
            }
        }
        return AgencyDirectory(agencies: merged, mergers: mergers)
    }

    private static func describe(_ context: DecodingError.Context, in text: String) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return "\(path): \(context.debugDescription)"
    }

    /// The 1-based line where an id is written, for messages.
    private static func line(of id: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("id: \(id)") } ?? 0) + 1
    }
}

/// A user's file: entries whose fields are all optional but the id.
private struct UserFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var name: String?
        var kind: String?
        var aliases: [String]?
    }
    var agencies: [Entry]
}
