import Foundation
import Yams

/// The agencies plans name, how they are spelled, and who succeeded whom.
public struct AgencyDirectory: Sendable {
    public let agencies: [Agency]
    public let mergers: [ProvinceMerger]
    private let byID: [String: Int]
    let matcher: AgencyMatcher

    public init(agencies: [Agency], mergers: [ProvinceMerger] = []) {
        self.agencies = agencies
        self.mergers = mergers
        var byID: [String: Int] = [:]
        for (index, agency) in agencies.enumerated() { byID[agency.id] = index }
        self.byID = byID
        var matcher = AgencyMatcher()
        for (index, agency) in agencies.enumerated() {
            matcher.add(agency.name, agency: index)
            for alias in agency.aliases { matcher.add(alias, agency: index) }
        }
        self.matcher = matcher
    }

    public func agency(id: String) -> Agency? { byID[id].map { agencies[$0] } }

    /// The agency a whole name denotes, if the directory knows it.
    public func lookup(_ name: String) -> Agency? {
        let tokens = AgencyTokenizer.tokens(of: name.nfc)
        let words = tokens.filter { $0.isWord }
        guard let match = matcher.longestMatch(in: words.map(\.key), from: 0), match.length == words.count else {
            return nil
        }
        return agencies[match.agency]
    }

    /// "Kho bạc Nhà nước khu vực XI", "Sở Y tế tỉnh Cao Bằng": a known name and the place it serves.
    func lookupPlaced(_ name: String) -> Agency? {
        let words = AgencyTokenizer.tokens(of: name.nfc).filter(\.isWord)
        guard let match = matcher.longestMatch(in: words.map(\.key), from: 0), match.length < words.count else { return nil }
        let rest = words[match.length...]
        let places: [[String]] = [["tinh"], ["thanh", "pho"], ["khu", "vuc"], ["xa"], ["phuong"], ["dac", "khu"]]
        let keys = rest.map(\.key)
        let endsWithPlace = places.contains { words.prefix(match.length).map(\.key).suffix($0.count) == $0[...] }
        guard endsWithPlace || places.contains(where: { keys.starts(with: $0) }) else { return nil }
        let named = endsWithPlace ? rest[...] : rest.dropFirst(places.first { keys.starts(with: $0) }?.count ?? 0)
        let source = name.nfc
        guard !named.isEmpty, named.allSatisfy({ word in
            guard let first = source[word.range].first else { return false }
            return first.isUppercase || first.isNumber
        }) else { return nil }
        return agencies[match.agency]
    }

    /// A reference for a name as printed: resolved where the directory knows it.
    public func reference(for printed: String) -> AgencyRef {
        let clean = TextCleanup.collapseSpaces(printed.nfc)
        if let agency = lookup(clean) ?? lookupPlaced(clean) {
            return AgencyRef(printed: clean, agencyID: agency.id, canonical: agency.name, kind: agency.kind)
        }
        if let parent = parent(ofUnit: clean) {
            return AgencyRef(printed: clean, agencyID: nil, canonical: clean, kind: parent.kind, parentID: parent.id)
        }
        return AgencyRef(printed: clean, agencyID: nil, canonical: clean, kind: .unknown)
    }

    /// The agency that carries a reference's main functions on `date`, following successions in order.
    /// Returns the agency itself where nothing succeeded it by then; nil for an unknown name.
    public func current(_ agencyID: String, on date: CalendarDate) -> Agency? {
        guard var agency = agency(id: agencyID) else { return nil }
        var seen: Set<String> = [agency.id]
        while let next = agency.successors.first(where: { $0.part == nil && $0.from <= date }),
              let successor = self.agency(id: next.agencyID), !seen.contains(successor.id) {
            seen.insert(successor.id)
            agency = successor
        }
        return agency
    }

    /// Every succession that applies to an agency on `date`: the main one first, then partial transfers.
    public func successions(of agencyID: String, on date: CalendarDate) -> [Succession] {
        agency(id: agencyID)?.successors.filter { $0.from <= date } ?? []
    }

    /// The province a province's agencies belong to on `date` (Kon Tum → Quảng Ngãi from 01/07/2025).
    public func province(_ name: String, on date: CalendarDate) -> (name: String, merger: ProvinceMerger?) {
        let key = SearchKey.make(name)
        if let merger = mergers.first(where: { SearchKey.make($0.province) == key && $0.from <= date }) {
            return (merger.mergedInto, merger)
        }
        return (name, nil)
    }
}

extension AgencyDirectory {
    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case invalidYAML(String)
        case invalidEntry(id: String, reason: String)
        case fileUnreadable(path: String, reason: String)

        public var description: String {
            switch self {
            case .invalidYAML(let reason): return "agency directory: not valid YAML: \(reason)"
            case .invalidEntry(let id, let reason): return "agency directory: entry \(id): \(reason)"
            case .fileUnreadable(let path, let reason): return "agency directory: cannot read \(path): \(reason)"
            }
        }
    }

    /// Reads the directory's YAML form (see Assets/agencies.yaml).
    public static func load(yaml: String) throws -> AgencyDirectory {
        let file: DirectoryFile
        do {
            file = try YAMLDecoder().decode(DirectoryFile.self, from: yaml)
        } catch {
            throw LoadError.invalidYAML(String(describing: error))
        }
        let acts = file.acts ?? [:]
        func date(_ text: String, _ id: String) throws -> CalendarDate {
            guard let d = CalendarDate(iso: text) else { throw LoadError.invalidEntry(id: id, reason: "bad date \(text)") }
            return d
        }
        var agencies: [Agency] = []
        var ids = Set<String>()
        for entry in file.agencies {
            guard ids.insert(entry.id).inserted else { throw LoadError.invalidEntry(id: entry.id, reason: "duplicate id") }
            guard let kind = AgencyKind(rawValue: entry.kind) else {
                throw LoadError.invalidEntry(id: entry.id, reason: "unknown kind \(entry.kind)")
            }
            let successors = try (entry.successors ?? []).map {
                Succession(agencyID: $0.id, from: try date($0.from, entry.id), act: acts[$0.act] ?? $0.act, part: $0.part)
            }
            agencies.append(Agency(id: entry.id, name: entry.name.nfc, kind: kind,
                                   aliases: (entry.aliases ?? []).map(\.nfc), successors: successors))
        }
        for agency in agencies {
            for s in agency.successors where !ids.contains(s.agencyID) {
                throw LoadError.invalidEntry(id: agency.id, reason: "successor \(s.agencyID) is not in the directory")
            }
        }
        let mergers = try (file.provinces ?? []).compactMap { p -> ProvinceMerger? in
            guard let into = p.mergedInto, let from = p.from else { return nil }
            return ProvinceMerger(province: p.name.nfc, mergedInto: into.nfc, from: try date(from, p.name),
                                  act: acts[p.act ?? ""] ?? (p.act ?? ""))
        }
        return AgencyDirectory(agencies: agencies, mergers: mergers)
    }

    public static func load(path: String) throws -> AgencyDirectory {
        do {
            return try load(yaml: try String(contentsOfFile: path, encoding: .utf8))
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.fileUnreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// The directory shipped in Assets/agencies.yaml.
    public static func bundled() throws -> AgencyDirectory {
        try load(path: try BundledAssets.path("agencies.yaml"))
    }
}

/// The YAML file's shape.
private struct DirectoryFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]?
        var successors: [SuccessorEntry]?
    }
    struct SuccessorEntry: Decodable {
        var id: String
        var from: String
        var act: String
        var part: String?
    }
    struct ProvinceEntry: Decodable {
        var name: String
        var mergedInto: String?
        var from: String?
        var act: String?
    }
    var acts: [String: String]?
    var provinces: [ProvinceEntry]?
    var agencies: [Entry]
}
