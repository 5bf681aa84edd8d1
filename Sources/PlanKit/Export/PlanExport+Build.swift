extension PlanExport {
    /// The export of a plan and what was recorded about it. With `derivedFor`, each task also carries
    /// its current status, standing and deadline on that day (the JSON and CSV forms).
    public init(plan: Plan, id: String, statuses: [StatusKey: StatusRecord], recordedValues: [TargetValue] = [],
                derivedFor asOf: CalendarDate? = nil, calculator: StandingCalculator = StandingCalculator(),
                progress: ((Int, Int) -> Void)? = nil) {
        func agency(_ ref: AgencyRef) -> Agency {
            Agency(name: ref.printed, canonical: ref.canonical, kind: ref.kind, id: ref.agencyID, parent: ref.parentID)
        }
        let identity = plan.identity
        format = Self.formatName
        self.asOf = asOf
        self.plan = PlanDocument.Header(id: id, number: identity.number, date: identity.date, issuer: identity.issuer,
                                        province: identity.province, title: identity.title, signer: identity.signer,
                                        sourceDigest: plan.sourceDigest)
        objectives = plan.objectives.enumerated().map { objectiveIndex, objective in
            ObjectiveEntry(level: objective.level, heading: objective.heading, text: objective.text,
                           targets: objective.targets.enumerated().map { targetIndex, target in
                               let recorded = recordedValues
                                   .filter { $0.objectiveIndex == objectiveIndex && $0.targetIndex == targetIndex }
                                   .sorted { $0.year < $1.year }
                                   .map { RecordedValue(year: $0.year, value: $0.value, note: $0.note) }
                               return TargetEntry(value: target.value, valueText: target.valueText, qualifier: target.qualifier,
                                                  unit: target.unit, period: target.period, phrase: target.phrase,
                                                  recorded: recorded.isEmpty ? nil : recorded)
                           }, line: objective.sourceLine)
        }
        groups = plan.groups.map { GroupEntry(code: $0.code, title: $0.title, line: $0.sourceLine) }
        // Statuses by task once, not a scan of every status per task: 100,000 tasks stay linear.
        var byTask: [String: [StatusRecord]] = [:]
        for record in statuses.values { byTask[record.key.taskCode, default: []].append(record) }
        var tasks: [TaskEntry] = []
        tasks.reserveCapacity(plan.tasks.count)
        for (index, task) in plan.tasks.enumerated() {
            let recorded = (byTask[task.code] ?? []).sorted { ($0.key.year ?? 0) < ($1.key.year ?? 0) }.map {
                StatusEntry(year: $0.key.year, status: $0.status, progress: $0.progress, doneOn: $0.doneOn, note: $0.note,
                            updatedBy: $0.updatedBy)
            }
            let timeframe = task.timeframe
            var entry = TaskEntry(code: task.code, group: task.groupCode, text: task.text, lead: task.lead.map(agency),
                                  cooperating: task.cooperating.map(agency), level: task.submissionLevel, result: task.result,
                                  remark: task.remark,
                                  timeframe: TimeframeEntry(text: timeframe.text, kind: timeframe.kind, start: timeframe.start,
                                                            end: timeframe.end, note: timeframe.note),
                                  line: task.sourceLine, status: nil, standing: nil, deadline: nil,
                                  statuses: recorded.isEmpty ? nil : recorded)
            if let asOf {
                let key = StatusKey.current(for: task, asOf: asOf)
                entry.status = statuses[key]?.status ?? .notStarted
                entry.standing = calculator.standing(timeframe: timeframe, record: statuses[key], asOf: asOf)
                entry.deadline = calculator.deadline(of: timeframe, instanceYear: key.year ?? asOf.year)
            }
            tasks.append(entry)
            if let progress, index % 1000 == 999 { progress(index + 1, plan.tasks.count) }
        }
        self.tasks = tasks
        duties = plan.duties.map {
            DutyEntry(agencies: $0.agencies.map(agency), heading: $0.heading, remark: $0.remark, items: $0.items, line: $0.sourceLine)
        }
        reporting = plan.reporting.map { r in
            ReportingEntry(reporters: r.reporters.map(agency), to: r.recipient.map(agency), through: r.through.map(agency),
                           due: Self.twoDigits(r.dueMonth) + "-" + Self.twoDigits(r.dueDay), text: r.text, line: r.sourceLine)
        }
        footnotes = plan.footnotes.map { FootnoteEntry(number: $0.number, text: $0.text, line: $0.sourceLine) }
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
