/// An agency the directory knows.
public struct Agency: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var kind: AgencyKind
    /// Other spellings and abbreviations ("Sở KH&ĐT").
    public var aliases: [String]
    /// Who took over its functions, and from when (the 2025 restructuring).
    public var successors: [Succession]

    public init(id: String, name: String, kind: AgencyKind, aliases: [String] = [], successors: [Succession] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.successors = successors
    }
}

/// One agency taking over all (or, with `part`, some) of another's functions from a date, by an act.
public struct Succession: Sendable, Equatable, Codable {
    public var agencyID: String
    public var from: CalendarDate
    /// The act, as cited ("Nghị định 45/2025/NĐ-CP").
    public var act: String
    /// For a partial transfer, which functions moved ("báo chí, xuất bản"); nil for the main successor.
    public var part: String?

    public init(agencyID: String, from: CalendarDate, act: String, part: String? = nil) {
        self.agencyID = agencyID
        self.from = from
        self.act = act
        self.part = part
    }
}

/// A province merged into another.
public struct ProvinceMerger: Sendable, Equatable, Codable {
    public var province: String
    public var mergedInto: String
    public var from: CalendarDate
    public var act: String
}
