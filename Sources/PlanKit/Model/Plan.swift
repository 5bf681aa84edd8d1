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

    /// A short, typeable identifier from the province, the issuer's code in the number and the number:
    /// "kon-tum-3785" (a people's committee), "lao-cai-sct-12" (a department), "ttg-2629" (a central body,
    /// whose documents are for no province), or the province alone.
    public var slug: String {
        var parts: [String] = []
        if let province { parts.append(SearchKey.slug(province)) }
        if let code = issuerCode { parts.append(SearchKey.slug(code)) }
        if let number, let digits = number.split(whereSeparator: { !$0.isNumber }).first {
            parts.append(String(digits))
        }
        if parts.isEmpty { parts.append(SearchKey.slug(String(title.prefix(40)))) }
        return parts.filter { !$0.isEmpty }.joined(separator: "-")
    }

    /// The kinds of document a number names before its issuer ("KH" in "3785/KH-UBND").
    private static let documentKindCodes: Set<String> = [
        "kh", "qd", "nq", "cv", "tb", "ct", "bc", "ttr", "hd", "ctr", "da", "kl", "qc", "tt", "nd", "ql",
    ]

    /// Who issued it, as the number codes it ("TTg" in "2629/QĐ-TTg", "SCT" in "/KH-SCT"); nil for a
    /// people's committee ("KH-UBND", "UBND-ĐT": its plans are known by province and number alone).
    public var issuerCode: String? {
        guard let number, let slash = number.firstIndex(of: "/") else { return nil }
        let parts = number[number.index(after: slash)...].split { $0 == "-" || $0 == "/" }.map(String.init)
        let keys = parts.map { SearchKey.make($0) }
        guard !keys.contains("ubnd"), !keys.isEmpty else { return nil }
        return zip(parts, keys).first { !Self.documentKindCodes.contains($0.1) && !$0.1.isEmpty }?.0
    }
}
