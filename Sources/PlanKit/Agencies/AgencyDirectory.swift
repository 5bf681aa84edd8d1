import Foundation

/// The agencies plans name, how they are spelled, and who succeeded whom.
public struct AgencyDirectory: Sendable {
    public let agencies: [Agency]
    public let mergers: [ProvinceMerger]
    private let byID: [String: Int]
    private let indexes: AgencyIndexes
    /// The trie of every name and alias, built on the first lookup by name (`AgencyIndexes`).
    var matcher: AgencyMatcher { indexes.matcher }
    /// The collective each signature denotes (see `CollectiveName.signature`), from the directory's spellings.
    private var collectives: [String: Int] { indexes.collectives }

    public init(agencies: [Agency], mergers: [ProvinceMerger] = []) {
        self.agencies = agencies
        self.mergers = mergers
        var byID: [String: Int] = [:]
        for (index, agency) in agencies.enumerated() { byID[agency.id] = index }
        self.byID = byID
        indexes = AgencyIndexes(agencies: agencies)
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
        let words = ListWords(clean)
        if let collective = CollectiveGrammar.read(words, from: 0, matcher: matcher), collective.end == words.count {
            return reference(for: collective, printed: clean)
        }
        if let parent = parent(ofUnit: clean) {
            return AgencyRef(printed: clean, agencyID: nil, canonical: clean, kind: parent.kind, parentID: parent.id)
        }
        return AgencyRef(printed: clean, agencyID: nil, canonical: clean, kind: .unknown)
    }

    /// A collective as printed: the directory's entry where one spells it or names the same kinds, else a
    /// collective of its own, known by its kinds (it is understood, so it is not flagged as unknown).
    func reference(for collective: CollectiveName, printed: String) -> AgencyRef {
        let clean = TextCleanup.collapseSpaces(printed)
        if let agency = lookup(clean) ?? collectives[collective.signature].map({ agencies[$0] }) {
            return AgencyRef(printed: clean, agencyID: agency.id, canonical: agency.name, kind: agency.kind)
        }
        let id = "tap-the-" + SearchKey.slug(collective.signature)
        return AgencyRef(printed: clean, agencyID: id, canonical: clean.prefix(1).uppercased() + clean.dropFirst(),
                         kind: .collective)
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
    /// A directory file that cannot be used, with the file (nil: text given directly) and the place in it.
    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case invalidYAML(path: String?, YAMLProblem)
        case invalidEntry(path: String?, id: String, line: Int?, problem: EntryProblem)
        case fileUnreadable(InputFile.ReadError)

        public var description: String { english }

        public var vietnamese: String {
            switch self {
            case .invalidYAML(let path, let problem): return Self.located(path, "danh bạ cơ quan: \(problem.vietnamese)")
            case .invalidEntry(let path, let id, let line, let problem):
                let place = line.map { "dòng \($0): " } ?? ""
                return Self.located(path, "\(place)danh bạ cơ quan, mục \(id): \(problem.vietnamese)")
            case .fileUnreadable(let error): return "không đọc được danh bạ cơ quan \(error.path)"
            }
        }

        public var english: String {
            switch self {
            case .invalidYAML(let path, let problem): return Self.located(path, "agency directory: \(problem.english)")
            case .invalidEntry(let path, let id, let line, let problem):
                let place = line.map { "line \($0): " } ?? ""
                return Self.located(path, "\(place)agency directory, entry \(id): \(problem.english)")
            case .fileUnreadable(let error): return "cannot read the agency directory \(error.path)"
            }
        }

        private static func located(_ path: String?, _ text: String) -> String {
            path.map { "\($0): \(text)" } ?? text
        }
    }

    /// What is wrong with one entry of a directory file.
    public enum EntryProblem: Equatable, Sendable {
        case unknownKind(String)
        case duplicateID
        case badDate(String)
        case unknownSuccessor(String)
        /// An id the bundled directory does not know is a new agency: it needs both.
        case newAgencyNeedsNameAndKind

        /// The kinds as the file spells them, quoted: they are words to type, not words of the sentence.
        static var kindList: String { AgencyKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") }

        public var vietnamese: String {
            switch self {
            case .unknownKind(let kind):
                return "loại \"\(kind)\" không có; dùng một trong: \(Self.kindList)"
            case .duplicateID: return "mã này đã có ở một mục khác"
            case .badDate(let text): return "\"\(text)\" không phải ngày dạng NNNN-TT-NN"
            case .unknownSuccessor(let id): return "cơ quan kế nhiệm \(id) không có trong danh bạ"
            case .newAgencyNeedsNameAndKind: return "cơ quan mới cần có tên (name) và loại (kind) hợp lệ"
            }
        }

        public var english: String {
            switch self {
            case .unknownKind(let kind):
                return "unknown kind \"\(kind)\"; use one of: \(Self.kindList)"
            case .duplicateID: return "this id is already used by another entry"
            case .badDate(let text): return "\"\(text)\" is not a YYYY-MM-DD date"
            case .unknownSuccessor(let id): return "successor \(id) is not in the directory"
            case .newAgencyNeedsNameAndKind: return "a new agency needs a name and a known kind"
            }
        }
    }

    /// Reads the directory's YAML form (see Assets/agencies.yaml).
    public static func load(yaml: String, path: String? = nil) throws -> AgencyDirectory {
        let file: DirectoryFile
        do {
            file = try DirectoryFile.read(yaml)
        } catch {
            throw LoadError.invalidYAML(path: path, YAMLProblem.from(error, in: yaml))
        }
        let acts = file.acts ?? [:]
        func date(_ text: String, _ id: String) throws -> CalendarDate {
            guard let d = CalendarDate(iso: text) else { throw LoadError.invalidEntry(path: path, id: id, line: nil, problem: .badDate(text)) }
            return d
        }
        var agencies: [Agency] = []
        var ids = Set<String>()
        for entry in file.agencies {
            guard ids.insert(entry.id).inserted else { throw LoadError.invalidEntry(path: path, id: entry.id, line: nil, problem: .duplicateID) }
            guard let kind = AgencyKind(rawValue: entry.kind) else {
                throw LoadError.invalidEntry(path: path, id: entry.id, line: nil, problem: .unknownKind(entry.kind))
            }
            let successors = try (entry.successors ?? []).map {
                Succession(agencyID: $0.id, from: try date($0.from, entry.id), act: acts[$0.act] ?? $0.act, part: $0.part)
            }
            agencies.append(Agency(id: entry.id, name: entry.name.nfc, kind: kind,
                                   aliases: (entry.aliases ?? []).map(\.nfc), successors: successors))
        }
        for agency in agencies {
            for s in agency.successors where !ids.contains(s.agencyID) {
                throw LoadError.invalidEntry(path: path, id: agency.id, line: nil, problem: .unknownSuccessor(s.agencyID))
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
        try load(yaml: try readText(path), path: path)
    }

    /// A directory file's text, looked at before it is read (see `InputFile`); bytes that are not
    /// UTF-8 are refused with the first bad byte's place.
    static func readText(_ path: String) throws -> String {
        let data: Data
        do {
            data = try InputFile.read(path)
        } catch let error as InputFile.ReadError {
            throw LoadError.fileUnreadable(error)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = data.withUnsafeBytes { SourceText.firstInvalidUTF8($0) } ?? 0
            throw LoadError.invalidYAML(path: path, YAMLProblem(kind: .notUTF8(byte: offset)))
        }
        return text
    }

    /// The directory shipped in Assets/agencies.yaml.
    public static func bundled() throws -> AgencyDirectory {
        try load(path: try BundledAssets.path("agencies.yaml"))
    }
}
