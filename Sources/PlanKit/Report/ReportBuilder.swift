/// Computes a `PlanReport` from a plan, its statuses and history: pure, so tests check it figure by figure.
public enum ReportBuilder {
    public static func build(_ input: ReportInput, options: ReportOptions) -> PlanReport {
        let plan = input.plan
        let asOf = options.asOf
        let calculator = StandingCalculator(dueSoonDays: options.dueSoonDays)
        let naming = AgencyNaming(directory: options.directory, asOf: asOf)

        let tasks = plan.tasks.filter { options.scope?.includes($0) ?? true }
        let standings = tasks.map { calculator.standing(of: $0, statuses: input.statuses, asOf: asOf) }
        let identity = plan.identity

        var agencies: [PlanReport.AgencyLine] = []
        var groups: [PlanReport.GroupLine] = []
        switch options.breakdown {
        case .agency:
            agencies = agencyLines(tasks, standings, naming: naming, scope: options.scope)
        case .group:
            groups = plan.groups.compactMap { group in
                let members = tasks.indices.filter { tasks[$0].groupCode == group.code }
                // With --agency, a group without any of the agency's tasks says nothing.
                if options.scope != nil && members.isEmpty { return nil }
                return PlanReport.GroupLine(code: group.code, title: group.title,
                                            counts: ReportCounts(members.map { standings[$0] }))
            }
        }

        var overdue: [PlanReport.TaskLine] = []
        var dueSoon: [PlanReport.TaskLine] = []
        for (task, standing) in zip(tasks, standings) where standing == .overdue || standing == .dueSoon {
            let key = StatusKey.current(for: task, asOf: asOf)
            guard let deadline = calculator.deadline(of: task.timeframe, instanceYear: key.year ?? asOf.year) else { continue }
            let record = input.statuses[key]
            let line = PlanReport.TaskLine(code: task.code, year: key.year, text: task.text, lead: task.lead.map(naming.name),
                                           timeframe: task.timeframe.text, deadline: deadline,
                                           daysPastDeadline: deadline.days(until: asOf), status: record?.status ?? .notStarted,
                                           progress: record?.progress, note: record?.note)
            if standing == .overdue { overdue.append(line) } else { dueSoon.append(line) }
        }
        // Stable sorts: ties keep plan order.
        overdue = stableSorted(overdue) { $0.deadline < $1.deadline }
        dueSoon = stableSorted(dueSoon) { $0.deadline < $1.deadline }

        let inScope = Set(tasks.map(\.code))
        let changes = input.changes.filter { $0.on.year == options.year && inScope.contains($0.key.taskCode) }.map {
            PlanReport.ChangeLine(on: $0.on, who: $0.who, kind: $0.kind, code: $0.key.taskCode, year: $0.key.year,
                                  from: $0.from, to: $0.to, progress: $0.progress, doneOn: $0.doneOn, note: $0.note)
        }
        let doneInYear = input.statuses.values.filter {
            $0.status == .done && $0.doneOn?.year == options.year && inScope.contains($0.key.taskCode)
        }.count
        let summary = PlanReport.ChangeSummary(changes: changes.count,
                                               tasks: Set(changes.map { StatusKey(taskCode: $0.code, year: $0.year) }).count,
                                               doneInYear: doneInYear)

        let reporting = plan.reporting.map { duty -> PlanReport.ReportingLine in
            let next = duty.nextDue(onOrAfter: asOf)
            return PlanReport.ReportingLine(reporters: duty.reporters.map(naming.name), to: duty.recipient.map(naming.name),
                                            through: duty.through.map(naming.name),
                                            dueEachYear: twoDigits(duty.dueMonth) + "-" + twoDigits(duty.dueDay),
                                            nextDue: next, daysLeft: next.map { asOf.days(until: $0) }, text: duty.text)
        }
        let nextReport = reporting.compactMap(\.nextDue).min().map {
            PlanReport.NextReport(due: $0, daysLeft: asOf.days(until: $0))
        }

        return PlanReport(
            plan: .init(id: input.planID, number: identity.number, date: identity.date, issuer: identity.issuer,
                        title: identity.title),
            asOf: asOf, year: options.year, dueSoonDays: options.dueSoonDays, breakdown: options.breakdown,
            scope: options.scope?.query, totals: ReportCounts(standings), agencies: agencies, groups: groups,
            overdue: overdue, dueSoon: dueSoon, changeSummary: summary, changes: changes,
            targets: targetLines(plan, input.recordedValues, year: options.year), reporting: reporting,
            nextReport: nextReport)
    }

    /// One line per agency named in the tasks; a task that names an agency twice counts once for it,
    /// as lead where it is lead at all.
    static func agencyLines(_ tasks: [PlanTask], _ standings: [Standing], naming: AgencyNaming,
                            scope: ReportScope?) -> [PlanReport.AgencyLine] {
        var lines: [String: PlanReport.AgencyLine] = [:]
        var order: [String] = []
        // A plan names a few hundred agencies hundreds of thousands of times: fold each name once.
        var folded: [String: String] = [:]
        func identity(_ agency: AgencyRef) -> String {
            if let id = agency.agencyID { return id }
            if let known = folded[agency.canonical] { return known }
            let key = SearchKey.make(agency.canonical)
            folded[agency.canonical] = key
            return key
        }
        func touch(_ agency: AgencyRef, lead: Bool, _ standing: Standing) {
            let key = identity(agency)
            if lines[key] == nil {
                lines[key] = PlanReport.AgencyLine(agency: naming.name(agency), lead: ReportCounts(), cooperating: ReportCounts())
                order.append(key)
            }
            if lead { lines[key]?.lead.add(standing) } else { lines[key]?.cooperating.add(standing) }
        }
        for (task, standing) in zip(tasks, standings) {
            var seen: Set<String> = []
            for agency in task.lead where seen.insert(identity(agency)).inserted {
                if scope?.matches(agency) ?? true { touch(agency, lead: true, standing) }
            }
            for agency in task.cooperating where seen.insert(identity(agency)).inserted {
                if scope?.matches(agency) ?? true { touch(agency, lead: false, standing) }
            }
        }
        return VietnameseCollation.sorted(order.compactMap { lines[$0] }) { $0.agency.printed }
    }

    static func targetLines(_ plan: Plan, _ values: [TargetValue], year: Int) -> [PlanReport.TargetLine] {
        var lines: [PlanReport.TargetLine] = []
        for (objectiveIndex, objective) in plan.objectives.enumerated() {
            for (targetIndex, target) in objective.targets.enumerated() {
                let recorded = values.filter { $0.objectiveIndex == objectiveIndex && $0.targetIndex == targetIndex }
                    .sorted { $0.year < $1.year }
                lines.append(PlanReport.TargetLine(objectiveIndex: objectiveIndex, targetIndex: targetIndex,
                                                   heading: objective.heading, objective: objective.text, target: target,
                                                   valueInYear: recorded.last { $0.year == year }?.value, recorded: recorded))
            }
        }
        return lines
    }

    static func stableSorted<T>(_ items: [T], by less: (T, T) -> Bool) -> [T] {
        items.enumerated().sorted { a, b in
            less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// Names agencies as printed, with the successor that carries their duties on the as-of day.
struct AgencyNaming {
    var directory: AgencyDirectory?
    var asOf: CalendarDate

    func name(_ agency: AgencyRef) -> PlanReport.AgencyName {
        guard let successor = directory?.successor(of: agency, on: asOf) else {
            return PlanReport.AgencyName(printed: agency.printed, successor: nil, successorSince: nil)
        }
        return PlanReport.AgencyName(printed: agency.printed, successor: successor.agency.name, successorSince: successor.since)
    }
}
