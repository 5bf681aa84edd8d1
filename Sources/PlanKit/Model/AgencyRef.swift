/// An agency named in a plan: the name as printed, and what the agency directory made of it.
public struct AgencyRef: Codable, Sendable, Equatable, Hashable {
    /// The name exactly as the plan prints it (NFC, outer spaces trimmed).
    public var printed: String
    /// The directory's identifier, nil where the directory does not know the name.
    public var agencyID: String?
    /// The directory's canonical name, or the printed name where unknown.
    public var canonical: String
    public var kind: AgencyKind
    /// For a unit the directory does not know but whose parent it does ("Cục … thuộc Bộ …", "Vụ Pháp chế
    /// Bộ Nội vụ"): the parent's identifier; the unit then has the parent's kind.
    public var parentID: String?

    public init(printed: String, agencyID: String?, canonical: String, kind: AgencyKind, parentID: String? = nil) {
        self.printed = printed
        self.agencyID = agencyID
        self.canonical = canonical
        self.kind = kind
        self.parentID = parentID
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
    case judicial            // Tòa án, Viện kiểm sát
    case party               // Ban … Trung ương, Tỉnh ủy, Đảng ủy
    case legislature         // Quốc hội and its bodies, Hội đồng nhân dân
    case massOrganisation    // Mặt trận Tổ quốc, Đoàn, Hội, Liên đoàn Lao động
    case unknown
}
