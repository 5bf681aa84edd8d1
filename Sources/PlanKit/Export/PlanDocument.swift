import Foundation

/// The documented JSON form of a plan (README, "JSON"): stable field names, independent of the model's.
public struct PlanDocument: Codable, Sendable, Equatable {
    public struct Header: Codable, Sendable, Equatable {
        public var id: String
        public var number: String?
        public var date: CalendarDate?
        public var issuer: String
        public var province: String?
        public var title: String
        public var signer: String?
        public var sourceDigest: String
    }
    public struct TargetEntry: Codable, Sendable, Equatable {
        public var value: Double
        public var valueText: String
        public var qualifier: Target.Qualifier
        public var unit: String
        public var period: Target.Period
    }
    public struct ObjectiveEntry: Codable, Sendable, Equatable {
        public var level: ObjectiveLevel
        public var heading: String
        public var text: String
        public var targets: [TargetEntry]
        public var line: Int
    }
    public struct GroupEntry: Codable, Sendable, Equatable {
        public var code: String
        public var title: String
    }
    public struct AgencyEntry: Codable, Sendable, Equatable {
        public var name: String
        public var canonical: String
        public var kind: AgencyKind
        public var id: String?
        /// The parent's id, for a unit the directory does not list of a body it does.
        public var parent: String?
    }
    public struct TimeframeEntry: Codable, Sendable, Equatable {
        public var text: String
        public var kind: Timeframe.Kind
        public var start: CalendarDate?
        public var end: CalendarDate?
        public var note: String?
    }
    public struct TaskEntry: Codable, Sendable, Equatable {
        public var code: String
        public var group: String
        public var text: String
        public var lead: [AgencyEntry]
        public var cooperating: [AgencyEntry]
        public var level: String?
        public var result: String?
        public var remark: String?
        public var timeframe: TimeframeEntry
        public var line: Int
    }
    public struct DutyEntry: Codable, Sendable, Equatable {
        public var agencies: [AgencyEntry]
        public var heading: String
        public var remark: String?
        public var items: [String]
        public var line: Int
    }
    public struct ReportingEntry: Codable, Sendable, Equatable {
        public var reporters: [AgencyEntry]
        public var to: AgencyEntry?
        public var through: AgencyEntry?
        /// "MM-DD", every year.
        public var due: String
        public var text: String
        public var line: Int
    }
    public struct FootnoteEntry: Codable, Sendable, Equatable {
        public var number: Int
        public var text: String
    }

    public var plan: Header
    public var objectives: [ObjectiveEntry]
    public var groups: [GroupEntry]
    public var tasks: [TaskEntry]
    public var duties: [DutyEntry]
    public var reporting: [ReportingEntry]
    public var footnotes: [FootnoteEntry]

    public init(_ plan: Plan, id: String? = nil) {
        func agency(_ ref: AgencyRef) -> AgencyEntry {
            AgencyEntry(name: ref.printed, canonical: ref.canonical, kind: ref.kind, id: ref.agencyID, parent: ref.parentID)
        }
        let identity = plan.identity
        self.plan = Header(id: id ?? identity.slug, number: identity.number, date: identity.date, issuer: identity.issuer,
                           province: identity.province, title: identity.title, signer: identity.signer,
                           sourceDigest: plan.sourceDigest)
        objectives = plan.objectives.map { o in
            ObjectiveEntry(level: o.level, heading: o.heading, text: o.text, targets: o.targets.map {
                TargetEntry(value: $0.value, valueText: $0.valueText, qualifier: $0.qualifier, unit: $0.unit, period: $0.period)
            }, line: o.sourceLine)
        }
        groups = plan.groups.map { GroupEntry(code: $0.code, title: $0.title) }
        tasks = plan.tasks.map { t in
            TaskEntry(code: t.code, group: t.groupCode, text: t.text, lead: t.lead.map(agency),
                      cooperating: t.cooperating.map(agency), level: t.submissionLevel, result: t.result, remark: t.remark,
                      timeframe: TimeframeEntry(text: t.timeframe.text, kind: t.timeframe.kind, start: t.timeframe.start,
                                                end: t.timeframe.end, note: t.timeframe.note),
                      line: t.sourceLine)
        }
        duties = plan.duties.map {
            DutyEntry(agencies: $0.agencies.map(agency), heading: $0.heading, remark: $0.remark, items: $0.items, line: $0.sourceLine)
        }
        reporting = plan.reporting.map { r in
            let mm = r.dueMonth < 10 ? "0\(r.dueMonth)" : "\(r.dueMonth)"
            let dd = r.dueDay < 10 ? "0\(r.dueDay)" : "\(r.dueDay)"
            return ReportingEntry(reporters: r.reporters.map(agency), to: r.recipient.map(agency),
                                  through: r.through.map(agency), due: "\(mm)-\(dd)", text: r.text, line: r.sourceLine)
        }
        footnotes = plan.footnotes.map { FootnoteEntry(number: $0.number, text: $0.text) }
    }

    /// Pretty-printed JSON with sorted keys and unescaped slashes and Vietnamese.
    public func json() throws -> String {
        try JSONOutput.encode(self)
    }
}
