import Foundation

/// The agency's own word on how a task went in a period (the form's "Tiến độ" column).
public enum Assessment: String, Codable, Sendable, CaseIterable {
    case ahead     // Vượt
    case met       // Đạt
    case behind    // Chậm

    /// What the standing at the period's end says, before the agency edits it:
    /// done ahead of a deadline that falls after the period → ahead; late or overdue → behind;
    /// on track otherwise. nil for a suspended task (nothing to assess).
    public static func derived(from standing: Standing, deadline: CalendarDate?, period: ReportingPeriod) -> Assessment? {
        switch standing {
        case .suspended: return nil
        case .doneLate, .overdue: return .behind
        case .doneOnTime:
            if let deadline, deadline > period.lastDay { return .ahead }
            return .met
        case .inProgress, .dueSoon, .continuous, .notStarted: return .met
        }
    }
}

/// Whether the reporting agency leads the task or cooperates on it (the form's "Vai trò").
public enum ResultRole: String, Codable, Sendable, CaseIterable {
    case lead, cooperating
}

/// A figure reported for a task ("đào tạo 120 nhân lực"), linked to an objective's target where it counts
/// toward one (indexes as in `Plan.objectives` and `Objective.targets`).
public struct ResultQuantity: Codable, Sendable, Hashable {
    public var value: Double
    public var unit: String
    public var objectiveIndex: Int?
    public var targetIndex: Int?

    public init(value: Double, unit: String, objectiveIndex: Int? = nil, targetIndex: Int? = nil) {
        self.value = value
        self.unit = unit
        self.objectiveIndex = objectiveIndex
        self.targetIndex = targetIndex
    }
}

/// Which result: one task, one period, one agency (a lead agency and each cooperating agency report apart).
public struct ResultKey: Hashable, Codable, Sendable {
    public var taskCode: String
    public var period: ReportingPeriod
    /// `AgencyRef.reportingKey` of the reporting agency.
    public var agency: String

    public init(taskCode: String, period: ReportingPeriod, agency: String) {
        self.taskCode = taskCode
        self.period = period
        self.agency = agency
    }
}

/// One row of the reporting form, as an agency wrote it for a period.
public struct TaskResult: Codable, Sendable, Hashable {
    public var key: ResultKey
    public var role: ResultRole
    /// Kết quả thực hiện trong kỳ.
    public var text: String
    public var quantities: [ResultQuantity]
    /// The agency's assessment; nil means "as the standing says" (see `Assessment.derived`).
    public var assessment: Assessment?
    /// Tồn tại, khó khăn, vướng mắc.
    public var difficulties: String?
    /// Đề xuất, kiến nghị.
    public var proposals: String?
    /// Increases by one on every write; a write based on an older version is refused.
    public var version: Int
    public var updatedBy: String?
    public var updatedAt: Date?

    public init(key: ResultKey, role: ResultRole, text: String, quantities: [ResultQuantity] = [],
                assessment: Assessment? = nil, difficulties: String? = nil, proposals: String? = nil,
                version: Int = 0, updatedBy: String? = nil, updatedAt: Date? = nil) {
        self.key = key
        self.role = role
        self.text = text
        self.quantities = quantities
        self.assessment = assessment
        self.difficulties = difficulties
        self.proposals = proposals
        self.version = version
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}

/// An agency's free sections of its report for a period.
public struct AgencySections: Codable, Sendable, Hashable {
    public var agency: String
    public var period: ReportingPeriod
    /// II. Tồn tại, hạn chế và nguyên nhân.
    public var shortcomings: String?
    /// III. Phương hướng, nhiệm vụ.
    public var direction: String?
    /// IV. Đề xuất, kiến nghị.
    public var proposals: String?
    public var version: Int
    public var updatedBy: String?
    public var updatedAt: Date?

    public init(agency: String, period: ReportingPeriod, shortcomings: String? = nil, direction: String? = nil,
                proposals: String? = nil, version: Int = 0, updatedBy: String? = nil, updatedAt: Date? = nil) {
        self.agency = agency
        self.period = period
        self.shortcomings = shortcomings
        self.direction = direction
        self.proposals = proposals
        self.version = version
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }

    public var isEmpty: Bool { [shortcomings, direction, proposals].allSatisfy { ($0 ?? "").isEmpty } }
}

extension AgencyRef {
    /// How results name the agency: the directory's identifier, else the folded canonical name, so
    /// two spellings of one unknown agency still report as one.
    public var reportingKey: String { agencyID ?? SearchKey.slug(canonical) }
}

extension PlanTask {
    /// The role an agency has on this task, nil when the task does not name it.
    public func role(of agencyKey: String) -> ResultRole? {
        if lead.contains(where: { $0.reportingKey == agencyKey }) { return .lead }
        if cooperating.contains(where: { $0.reportingKey == agencyKey }) { return .cooperating }
        return nil
    }
}
