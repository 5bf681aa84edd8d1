/// How many tasks stand where, and the share done on time among tasks that have a deadline.
public struct StandingCounts: Sendable, Equatable {
    public private(set) var counts: [Standing: Int] = [:]

    public init() {}

    public init<S: Sequence>(_ standings: S) where S.Element == Standing {
        for standing in standings { add(standing) }
    }

    public mutating func add(_ standing: Standing) { counts[standing, default: 0] += 1 }

    public subscript(_ standing: Standing) -> Int { counts[standing] ?? 0 }

    public var total: Int { counts.values.reduce(0, +) }

    /// Tasks that have a deadline: continuous tasks are outside the on-time percentage.
    public var withDeadline: Int { total - self[.continuous] }

    /// Done on time as a percentage of the tasks with a deadline; nil when no task has one.
    public var onTimePercentage: Double? {
        let base = withDeadline
        guard base > 0 else { return nil }
        return Double(self[.doneOnTime]) * 100 / Double(base)
    }
}
