/// How a report is cut: for which day, which year's changes, broken down by what, for whom.
public struct ReportOptions: Sendable {
    public var asOf: CalendarDate
    /// The year whose changes are listed and whose target values are shown; default the as-of year.
    public var year: Int
    public var breakdown: ReportBreakdown
    public var dueSoonDays: Int
    /// `--agency`: only tasks this agency leads or cooperates on; nil for the whole plan.
    public var scope: ReportScope?
    /// Where successors come from ("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"); nil names agencies as printed only.
    public var directory: AgencyDirectory?

    public init(asOf: CalendarDate, year: Int? = nil, breakdown: ReportBreakdown = .agency,
                dueSoonDays: Int = StandingCalculator.defaultDueSoonDays, scope: ReportScope? = nil,
                directory: AgencyDirectory? = nil) {
        self.asOf = asOf
        self.year = year ?? asOf.year
        self.breakdown = breakdown
        self.dueSoonDays = dueSoonDays
        self.scope = scope
        self.directory = directory
    }
}

public enum ReportBreakdown: String, Codable, Sendable, CaseIterable {
    /// Lead and cooperating agencies, each in its own table.
    case agency
    /// The plan's task groups.
    case group
}

/// A report limited to one agency's tasks. The matching rule is the caller's (the commands'
/// diacritic-insensitive, abbreviation-aware agency filter), so the report need not know it.
public struct ReportScope: Sendable {
    /// What the user typed, shown in the report's heading.
    public var query: String
    public var matches: @Sendable (AgencyRef) -> Bool

    public init(query: String, matches: @escaping @Sendable (AgencyRef) -> Bool) {
        self.query = query
        self.matches = matches
    }

    public func includes(_ task: PlanTask) -> Bool { (task.lead + task.cooperating).contains(where: matches) }
}
