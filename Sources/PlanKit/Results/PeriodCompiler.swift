/// Compiles a period's report from a plan, its statuses and the results written so far: pure, so
/// tests check it figure by figure.
public enum PeriodCompiler {
    public struct Input: Sendable {
        public var plan: Plan
        public var statuses: [StatusKey: StatusRecord]
        /// Results of every period (earlier ones feed the cumulative column).
        public var results: [TaskResult]
        public var sections: [AgencySections]

        public init(plan: Plan, statuses: [StatusKey: StatusRecord], results: [TaskResult], sections: [AgencySections]) {
            self.plan = plan
            self.statuses = statuses
            self.results = results
            self.sections = sections
        }
    }

    /// `agency` limits the report to one agency's part (its lead and cooperating rows); nil compiles all.
    /// `directory` names the successors that report for merged agencies (see `ResultReporter`).
    public static func compile(_ input: Input, period: ReportingPeriod, today: CalendarDate,
                               agency: String? = nil, directory: AgencyDirectory? = nil,
                               calculator: StandingCalculator = StandingCalculator()) -> PeriodReport {
        let asOf = min(today, period.lastDay)
        let plan = input.plan
        var current: [ResultKey: TaskResult] = [:]
        var earlier: [ResultKey: [TaskResult]] = [:]
        for result in input.results {
            if result.key.period == period { current[result.key] = result }
            // Same rhythm only: a quarter's figures are already inside its year's.
            if result.key.period.rhythm == period.rhythm && result.key.period <= period {
                earlier[ResultKey(taskCode: result.key.taskCode, period: period, agency: result.key.agency), default: []]
                    .append(result)
            }
        }
        let sections = Dictionary(input.sections.filter { $0.period == period }.map { ($0.agency, $0) },
                                  uniquingKeysWith: { a, _ in a })

        var order: [String] = []
        var names: [String: String] = [:]
        var rows: [String: [PeriodReport.Row]] = [:]
        var counts: [String: ReportCounts] = [:]
        var total = ReportCounts()
        for task in plan.tasks {
            let standing = calculator.standing(of: task, statuses: input.statuses, asOf: asOf)
            let instance = StatusKey.current(for: task, asOf: asOf).year ?? asOf.year
            let deadline = calculator.deadline(of: task.timeframe, instanceYear: instance)
            var inScope = false
            for reporter in task.reporters(in: period, directory: directory) {
                let key = reporter.key
                if let agency, key != agency { continue }
                inScope = true
                if names[key] == nil { order.append(key); names[key] = reporter.name }
                let resultKey = ResultKey(taskCode: task.code, period: period, agency: key)
                let result = current[resultKey]
                rows[key, default: []].append(PeriodReport.Row(
                    task: task, role: reporter.role, standing: standing, deadline: deadline, result: result,
                    assessment: result?.assessment ?? Assessment.derived(from: standing, deadline: deadline, period: period),
                    cumulative: sum(earlier[resultKey] ?? [])))
                if reporter.role == .lead { counts[key, default: ReportCounts()].add(standing) }
            }
            if agency == nil || inScope { total.add(standing) }
        }
        let parts = order.map { key in
            PeriodReport.AgencyPart(key: key, name: names[key] ?? key, rows: rows[key] ?? [], sections: sections[key],
                                    counts: counts[key] ?? ReportCounts())
        }
        var targets: [PeriodReport.TargetContribution] = []
        for result in current.values.sorted(by: { ($0.key.taskCode, $0.key.agency) < ($1.key.taskCode, $1.key.agency) }) {
            for quantity in result.quantities {
                guard let objective = quantity.objectiveIndex, let target = quantity.targetIndex else { continue }
                if let at = targets.firstIndex(where: { $0.objectiveIndex == objective && $0.targetIndex == target }) {
                    targets[at].value += quantity.value
                } else {
                    targets.append(.init(objectiveIndex: objective, targetIndex: target, value: quantity.value))
                }
            }
        }
        targets.sort { ($0.objectiveIndex, $0.targetIndex) < ($1.objectiveIndex, $1.targetIndex) }
        return PeriodReport(period: period, asOf: asOf, counts: total, agencies: parts,
                            notReported: parts.filter { $0.counts.total > 0 && !$0.hasReported }.map(\.name),
                            targets: targets)
    }

    /// Figures summed by unit, in the order the units first appear.
    static func sum(_ results: [TaskResult]) -> [ResultQuantity] {
        var out: [ResultQuantity] = []
        for quantity in results.flatMap(\.quantities) {
            if let at = out.firstIndex(where: { $0.unit == quantity.unit }) {
                out[at].value += quantity.value
            } else {
                out.append(ResultQuantity(value: quantity.value, unit: quantity.unit,
                                          objectiveIndex: quantity.objectiveIndex, targetIndex: quantity.targetIndex))
            }
        }
        return out
    }
}
