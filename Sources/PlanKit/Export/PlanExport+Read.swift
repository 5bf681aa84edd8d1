/// Why an export cannot be read back as a plan; says which entry and what is wrong with it.
public enum PlanExportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unsupportedFormat(String)
    case invalid(String)
    case badEntry(path: String, reason: String)

    public var description: String {
        switch self {
        case .unsupportedFormat(let format): return "format \"\(format)\" is not \(PlanExport.formatName)"
        case .invalid(let reason): return reason
        case .badEntry(let path, let reason): return "\(path): \(reason)"
        }
    }
}

extension PlanExport {
    /// The plan, its statuses and recorded target values. Agencies without `canonical` are resolved by
    /// `directory`, timeframes without `kind` read again from their text; all text is NFC.
    public func read(directory: AgencyDirectory?) throws -> (plan: Plan, statuses: [StatusKey: StatusRecord],
                                                              recordedValues: [TargetValue]) {
        guard format == Self.formatName else { throw PlanExportError.unsupportedFormat(format) }
        func agency(_ entry: Agency) -> AgencyRef {
            let name = entry.name.cleaned
            if let canonical = entry.canonical {
                return AgencyRef(printed: name, agencyID: entry.id, canonical: canonical.cleaned, kind: entry.kind ?? .unknown)
            }
            return directory?.reference(for: name) ?? AgencyRef(printed: name, agencyID: nil, canonical: name, kind: .unknown)
        }
        let header = plan
        let identity = PlanIdentity(issuer: header.issuer.cleaned, province: header.province?.cleaned, number: header.number?.cleaned,
                                    date: header.date, title: header.title.cleaned, signer: header.signer?.cleaned)
        var recordedValues: [TargetValue] = []
        let objectives = objectives.enumerated().map { objectiveIndex, entry in
            Objective(level: entry.level, heading: entry.heading.cleaned, text: entry.text.cleaned,
                      targets: entry.targets.enumerated().map { targetIndex, target in
                          for value in target.recorded ?? [] {
                              recordedValues.append(TargetValue(objectiveIndex: objectiveIndex, targetIndex: targetIndex,
                                                                        year: value.year, value: value.value, note: value.note?.cleaned))
                          }
                          return Target(value: target.value, valueText: target.valueText.cleaned, qualifier: target.qualifier,
                                        unit: target.unit.cleaned, period: target.period, phrase: target.phrase.cleaned)
                      }, sourceLine: entry.line)
        }
        var statuses: [StatusKey: StatusRecord] = [:]
        var codes: Set<String> = []
        var tasks: [PlanTask] = []
        for (index, entry) in self.tasks.enumerated() {
            let path = "tasks[\(index)] (\(entry.code))"
            guard codes.insert(entry.code).inserted else {
                throw PlanExportError.badEntry(path: path, reason: "task code \(entry.code) appears twice")
            }
            let timeframe: Timeframe
            if let kind = entry.timeframe.kind {
                timeframe = Timeframe(text: entry.timeframe.text.cleaned, kind: kind, start: entry.timeframe.start,
                                      end: entry.timeframe.end, note: entry.timeframe.note?.cleaned)
            } else {
                timeframe = TimeframeParser.parse(entry.timeframe.text.cleaned)
            }
            let task = PlanTask(code: entry.code.cleaned, groupCode: entry.group.cleaned, text: entry.text.cleaned,
                                lead: entry.lead.map(agency), cooperating: entry.cooperating.map(agency),
                                submissionLevel: entry.level?.cleaned, result: entry.result?.cleaned, timeframe: timeframe,
                                remark: entry.remark?.cleaned, sourceLine: entry.line)
            tasks.append(task)
            for status in entry.statuses ?? [] {
                if timeframe.hasYearlyInstances != (status.year != nil) {
                    throw PlanExportError.badEntry(path: path, reason: timeframe.hasYearlyInstances
                        ? "a yearly task's status needs its year" : "only yearly tasks take a year in their status")
                }
                if let progress = status.progress, !(0...100).contains(progress) {
                    throw PlanExportError.badEntry(path: path, reason: "progress \(progress) is not within 0–100")
                }
                let key = StatusKey(taskCode: task.code, year: status.year)
                guard statuses[key] == nil else {
                    throw PlanExportError.badEntry(path: path, reason: "two statuses for \(status.year.map(String.init) ?? "the task")")
                }
                statuses[key] = StatusRecord(key: key, status: status.status, progress: status.progress,
                                             note: status.note?.cleaned, doneOn: status.doneOn, updatedBy: status.updatedBy?.cleaned)
            }
        }
        let reporting = try self.reporting.enumerated().map { index, entry -> ReportingDuty in
            let parts = entry.due.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[0]),
                  (1...CalendarDate.daysIn(month: parts[0], year: 2024)).contains(parts[1]) else {
                throw PlanExportError.badEntry(path: "reporting[\(index)].due", reason: "\"\(entry.due)\" is not MM-DD")
            }
            return ReportingDuty(reporters: entry.reporters.map(agency), recipient: entry.to.map(agency),
                                 through: entry.through.map(agency), dueMonth: parts[0], dueDay: parts[1],
                                 text: entry.text.cleaned, sourceLine: entry.line)
        }
        let plan = Plan(identity: identity, sourceDigest: header.sourceDigest, objectives: objectives,
                        groups: groups.map { TaskGroup(code: $0.code.cleaned, title: $0.title.cleaned, sourceLine: $0.line ?? 0) },
                        tasks: tasks,
                        duties: duties.map {
                            AgencyDuty(agencies: $0.agencies.map(agency), heading: $0.heading.cleaned, remark: $0.remark?.cleaned,
                                       items: $0.items.map(\.cleaned), sourceLine: $0.line)
                        },
                        reporting: reporting,
                        footnotes: footnotes.map { Footnote(number: $0.number, text: $0.text.cleaned, sourceLine: $0.line ?? 0) })
        return (plan, statuses, recordedValues)
    }
}
