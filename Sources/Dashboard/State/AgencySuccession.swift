import PlanKit

/// The agency that took over another's duties, and from when ("Sở Kế hoạch và Đầu tư → Sở Tài chính, từ 01/03/2025").
public struct AgencySuccessor: Sendable, Hashable {
    public var name: String
    public var since: CalendarDate?

    public init(name: String, since: CalendarDate?) {
        self.name = name
        self.since = since
    }
}

/// Where successors come from. The lead's `AgencyDirectory.successor(of:on:)` plugs in here with a closure;
/// until then `.none` answers nothing and the `a` toggle says so.
public struct AgencySuccessorProvider: Sendable {
    public let isAvailable: Bool
    private let lookup: @Sendable (AgencyRef, CalendarDate) -> AgencySuccessor?

    public init(_ lookup: @escaping @Sendable (AgencyRef, CalendarDate) -> AgencySuccessor?) {
        self.isAvailable = true
        self.lookup = lookup
    }

    private init() {
        self.isAvailable = false
        self.lookup = { _, _ in nil }
    }

    public static let none = AgencySuccessorProvider()

    public func successor(of agency: AgencyRef, on date: CalendarDate) -> AgencySuccessor? {
        lookup(agency, date)
    }
}

/// Agencies shown as the plan prints them, or as the agencies that carry the duty today.
public enum AgencyView: Sendable, Hashable {
    case printed, current
}

extension AgencySuccessorProvider {
    /// Successors from the agency directory: the agency that carries the main functions on the date.
    public static func directory(_ directory: AgencyDirectory) -> AgencySuccessorProvider {
        AgencySuccessorProvider { agency, date in
            guard let id = agency.agencyID, let current = directory.current(id, on: date), current.id != id else {
                return nil
            }
            let since = directory.successions(of: id, on: date).first { $0.part == nil }?.from
            return AgencySuccessor(name: current.name, since: since)
        }
    }
}
