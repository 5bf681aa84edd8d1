/// A provincial implementation plan as published, read into its parts.
public struct Plan: Codable, Sendable, Equatable {
    public var identity: PlanIdentity
    /// SHA-256 of the normalised source text, hex.
    public var sourceDigest: String
    public var objectives: [Objective]
    public var groups: [TaskGroup]
    public var tasks: [PlanTask]
    public var duties: [AgencyDuty]
    public var reporting: [ReportingDuty]
    public var footnotes: [Footnote]

    public init(identity: PlanIdentity, sourceDigest: String, objectives: [Objective], groups: [TaskGroup],
                tasks: [PlanTask], duties: [AgencyDuty], reporting: [ReportingDuty], footnotes: [Footnote]) {
        self.identity = identity
        self.sourceDigest = sourceDigest
        self.objectives = objectives
        self.groups = groups
        self.tasks = tasks
        self.duties = duties
        self.reporting = reporting
        self.footnotes = footnotes
    }

    public func task(code: String) -> PlanTask? { tasks.first { $0.code == code } }

    public func tasks(inGroup code: String) -> [PlanTask] { tasks.filter { $0.groupCode == code } }
}

public struct PlanIdentity: Codable, Sendable, Equatable {
    /// Who issued the plan, as printed ("Ủy ban nhân dân tỉnh Kon Tum").
    public var issuer: String
    /// The province the plan is for ("Kon Tum").
    public var province: String?
    /// The document number ("3785/KH-UBND"); some published copies omit it.
    public var number: String?
    public var date: CalendarDate?
    public var title: String
    public var signer: String?

    public init(issuer: String, province: String?, number: String?, date: CalendarDate?, title: String, signer: String?) {
        self.issuer = issuer
        self.province = province
        self.number = number
        self.date = date
        self.title = title
        self.signer = signer
    }

    /// A short, typeable identifier: province and number ("kon-tum-3785"), or the province alone.
    public var slug: String {
        var parts: [String] = []
        if let province { parts.append(SearchKey.slug(province)) }
        if let number, let digits = number.split(whereSeparator: { !$0.isNumber }).first {
            parts.append(String(digits))
        }
        if parts.isEmpty { parts.append(SearchKey.slug(String(title.prefix(40)))) }
        return parts.filter { !$0.isEmpty }.joined(separator: "-")
    }
}
