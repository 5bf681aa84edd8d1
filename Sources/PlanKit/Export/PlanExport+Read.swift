/// Why an export cannot be read back, in both languages, with where in the file.
public enum PlanExportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unsupportedFormat(String)
    case invalid(YAMLProblem)
    /// `path` names the entry as the file nests it: `tasks[2] (I.3)`.
    case badEntry(path: String, problem: EntryProblem)

    public enum EntryProblem: Equatable, Sendable {
        case duplicateCode(String)
        case yearNeeded
        case yearNotTaken
        case progressOutOfRange(Int)
        case twoStatuses(year: Int?)
        case notMonthDay(String)
    }

    public var description: String { english }

    public var vietnamese: String {
        switch self {
        case .unsupportedFormat(let format):
            return "định dạng \"\(ControlCharacters.clean(format))\" không phải \(PlanExport.formatName)"
        case .invalid(let problem): return problem.vietnamese
        case .badEntry(let path, let problem):
            let what: String
            switch problem {
            case .duplicateCode(let code): what = "mã nhiệm vụ \(code) xuất hiện hai lần"
            case .yearNeeded: what = "nhiệm vụ hằng năm cần ghi năm cho tình hình thực hiện"
            case .yearNotTaken: what = "chỉ nhiệm vụ hằng năm mới ghi năm cho tình hình thực hiện"
            case .progressOutOfRange(let progress): what = "tiến độ \(progress) không nằm trong 0–100"
            case .twoStatuses(let year): what = "hai tình hình thực hiện cho \(year.map { "năm \($0)" } ?? "nhiệm vụ")"
            case .notMonthDay(let text): what = "\"\(text)\" không phải dạng TT-NN (tháng-ngày)"
            }
            return "\(path): \(what)"
        }
    }

    public var english: String {
        switch self {
        case .unsupportedFormat(let format):
            return "format \"\(ControlCharacters.clean(format))\" is not \(PlanExport.formatName)"
        case .invalid(let problem): return problem.english
        case .badEntry(let path, let problem):
            let what: String
            switch problem {
            case .duplicateCode(let code): what = "task code \(code) appears twice"
            case .yearNeeded: what = "a yearly task's status needs its year"
            case .yearNotTaken: what = "only yearly tasks take a year in their status"
            case .progressOutOfRange(let progress): what = "progress \(progress) is not within 0–100"
            case .twoStatuses(let year): what = "two statuses for \(year.map(String.init) ?? "the task")"
            case .notMonthDay(let text): what = "\"\(text)\" is not MM-DD"
            }
            return "\(path): \(what)"
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
                return AgencyRef(printed: name, agencyID: entry.id, canonical: canonical.cleaned, kind: entry.kind ?? .unknown,
                                 parentID: entry.parent?.cleaned)
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
            let path = "tasks[\(index)] (\(entry.code.cleaned))"
            guard codes.insert(entry.code).inserted else {
                throw PlanExportError.badEntry(path: path, problem: .duplicateCode(entry.code.cleaned))
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
                    throw PlanExportError.badEntry(path: path, problem: timeframe.hasYearlyInstances ? .yearNeeded : .yearNotTaken)
                }
                if let progress = status.progress, !(0...100).contains(progress) {
                    throw PlanExportError.badEntry(path: path, problem: .progressOutOfRange(progress))
                }
                let key = StatusKey(taskCode: task.code, year: status.year)
                guard statuses[key] == nil else {
                    throw PlanExportError.badEntry(path: path, problem: .twoStatuses(year: status.year))
                }
                statuses[key] = StatusRecord(key: key, status: status.status, progress: status.progress,
                                             note: status.note?.cleaned, doneOn: status.doneOn, updatedBy: status.updatedBy?.cleaned)
            }
        }
        let reporting = try self.reporting.enumerated().map { index, entry -> ReportingDuty in
            let parts = entry.due.split(separator: "-").compactMap { Int($0) }
            // "00-20": the 20th of every month.
            guard parts.count == 2, (0...12).contains(parts[0]),
                  (1...(parts[0] == 0 ? 31 : CalendarDate.daysIn(month: parts[0], year: 2024))).contains(parts[1]) else {
                throw PlanExportError.badEntry(path: "reporting[\(index)].due", problem: .notMonthDay(entry.due.cleaned))
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
