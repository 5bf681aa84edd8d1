/// An agency named in a plan: the name as printed, and what the agency directory made of it.
public struct AgencyRef: Codable, Sendable, Equatable, Hashable {
    /// The name exactly as the plan prints it (NFC, outer spaces trimmed).
    public var printed: String
    /// The directory's identifier, nil where the directory does not know the name.
    public var agencyID: String?
    /// The directory's canonical name, or the printed name where unknown.
    public var canonical: String
    public var kind: AgencyKind

    public init(printed: String, agencyID: String?, canonical: String, kind: AgencyKind) {
        self.printed = printed
        self.agencyID = agencyID
        self.canonical = canonical
        self.kind = kind
    }

    public var isResolved: Bool { agencyID != nil }
}

public enum AgencyKind: String, Codable, Sendable, CaseIterable {
    case department          // Sở ..., Ban Quản lý ... (provincial)
    case peoplesCommittee    // Ủy ban nhân dân
    case school              // Trường Cao đẳng, Phân hiệu
    case university          // Đại học
    case media               // Báo, Đài, Trung tâm Thông tin
    case police              // Công an
    case ministry            // Bộ ..., central agencies
    case collective          // "các sở, ban, ngành", "các đơn vị ... liên quan"
    case enterprise          // doanh nghiệp
    case unknown
}
