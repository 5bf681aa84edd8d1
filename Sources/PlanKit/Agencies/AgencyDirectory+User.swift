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
        return try bundled.merging(userYAML: try readText(path), path: path)
    }

    /// A user's entries over this directory: a known id gains the user's aliases (and their name or kind
    /// where given); a new id is a new agency. A file that is not valid says where (line, column, field).
    public func merging(userYAML text: String, path: String) throws -> AgencyDirectory {
        let file: UserFile
        do {
            file = try YAMLDecoder().decode(UserFile.self, from: text)
        } catch {
            throw LoadError.invalidYAML(path: path, YAMLProblem.from(error, in: text))
        }
        var merged = agencies
        for entry in file.agencies {
            let line = Self.line(of: entry.id, in: text)
            if let index = merged.firstIndex(where: { $0.id == entry.id }) {
                if let name = entry.name { merged[index].name = name.cleaned }
                if let kind = entry.kind {
                    guard let known = AgencyKind(rawValue: kind) else {
                        throw LoadError.invalidEntry(path: path, id: entry.id.cleaned, line: line, problem: .unknownKind(kind))
                    }
                    merged[index].kind = known
                }
                merged[index].aliases += (entry.aliases ?? []).map(\.cleaned)
            } else {
                guard let name = entry.name, let kindText = entry.kind else {
                    throw LoadError.invalidEntry(path: path, id: entry.id.cleaned, line: line, problem: .newAgencyNeedsNameAndKind)
                }
                guard let kind = AgencyKind(rawValue: kindText) else {
                    throw LoadError.invalidEntry(path: path, id: entry.id.cleaned, line: line, problem: .unknownKind(kindText))
                }
                merged.append(Agency(id: entry.id.cleaned, name: name.cleaned, kind: kind, aliases: (entry.aliases ?? []).map(\.cleaned)))
            }
        }
        return AgencyDirectory(agencies: merged, mergers: mergers)
    }

    /// The 1-based line where an id is written, for messages.
    private static func line(of id: String, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.contains("id: \(id)") }.map { $0 + 1 }
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
