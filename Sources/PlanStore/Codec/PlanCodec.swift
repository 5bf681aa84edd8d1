import Foundation
import PlanKit

/// The stored form of a `Plan`: compact and quick to read. A plan of 100,000 tasks names a few hundred
/// agencies and a dozen timeframes thousands of times; each distinct string is stored and decoded once,
/// so loading costs about one string per task instead of JSON's twenty.
enum PlanCodec {
    static let magic: [UInt8] = Array("KHPLAN".utf8)
    /// 2 keeps an agency reference's parent (a unit the directory does not list, of one it does); plans
    /// stored in version 1 are still read, their references without a parent.
    static let version = 2
    static let readableVersions = 1...version

    static func encode(_ plan: Plan) -> [UInt8] {
        var w = BinaryWriter()
        let id = plan.identity
        w.string(id.issuer)
        w.optionalString(id.province)
        w.optionalString(id.number)
        w.date(id.date)
        w.string(id.title)
        w.optionalString(id.signer)
        w.string(plan.sourceDigest)
        w.list(plan.objectives) { w, o in
            w.string(o.level.code)
            w.string(o.heading)
            w.string(o.text)
            w.list(o.targets) { w, t in
                w.double(t.value)
                w.string(t.valueText)
                w.string(t.qualifier.rawValue)
                w.string(t.unit)
                w.string(t.period.code)
                w.string(t.phrase)
            }
            w.int(o.sourceLine)
        }
        w.list(plan.groups) { w, g in
            w.string(g.code)
            w.string(g.title)
            w.int(g.sourceLine)
        }
        w.list(plan.tasks) { w, t in
            w.string(t.code)
            w.string(t.groupCode)
            w.string(t.text)
            w.list(t.lead, agency)
            w.list(t.cooperating, agency)
            w.optionalString(t.submissionLevel)
            w.optionalString(t.result)
            timeframe(&w, t.timeframe)
            w.optionalString(t.remark)
            w.int(t.sourceLine)
        }
        w.list(plan.duties) { w, d in
            w.list(d.agencies, agency)
            w.string(d.heading)
            w.optionalString(d.remark)
            w.list(d.items) { w, item in w.string(item) }
            w.int(d.sourceLine)
        }
        w.list(plan.reporting) { w, r in
            w.list(r.reporters, agency)
            w.bool(r.recipient != nil)
            if let recipient = r.recipient { agency(&w, recipient) }
            w.bool(r.through != nil)
            if let through = r.through { agency(&w, through) }
            w.int(r.dueMonth)
            w.int(r.dueDay)
            w.string(r.text)
            w.int(r.sourceLine)
        }
        w.list(plan.footnotes) { w, f in
            w.int(f.number)
            w.string(f.text)
            w.int(f.sourceLine)
        }
        return w.finish(magic: magic, version: version)
    }

    private static func agency(_ w: inout BinaryWriter, _ ref: AgencyRef) {
        w.string(ref.printed)
        w.optionalString(ref.agencyID)
        w.string(ref.canonical)
        w.string(ref.kind.rawValue)
        w.optionalString(ref.parentID)
    }

    private static func timeframe(_ w: inout BinaryWriter, _ t: Timeframe) {
        w.string(t.text)
        w.string(t.kind.rawValue)
        w.date(t.start)
        w.date(t.end)
        w.optionalString(t.note)
    }

    static func decode(_ bytes: [UInt8]) throws -> Plan {
        try bytes.withUnsafeBytes { try decode($0) }
    }

    static func decode(_ data: Data) throws -> Plan {
        try data.withUnsafeBytes { try decode($0) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> Plan {
        try decode(bytes, taskLimit: nil).plan
    }

    /// The plan with only its first `taskLimit` tasks (all with nil) and the number it has. A first page
    /// has the plan's identity, objectives and groups but no duties, reporting or footnotes: they are
    /// written after the tasks, which are not read past the limit.
    static func decode(_ data: Data, taskLimit: Int?) throws -> (plan: Plan, taskCount: Int) {
        try data.withUnsafeBytes { try decode($0, taskLimit: taskLimit) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, taskLimit: Int?) throws -> (plan: Plan, taskCount: Int) {
        var r = try BinaryReader(bytes, magic: magic, versions: readableVersions)
        let identity = PlanIdentity(issuer: try r.string(), province: try r.optionalString(), number: try r.optionalString(),
                                    date: try date(&r), title: try r.string(), signer: try r.optionalString())
        let digest = try r.string()
        let objectives = try r.list { r in
            // Arguments are evaluated left to right: the order here is the order written.
            Objective(level: try enumValue(&r, ObjectiveLevel.init(code:)), heading: try r.string(), text: try r.string(),
                      targets: try r.list { r in
                          Target(value: try r.double(), valueText: try r.string(),
                                 qualifier: try enumValue(&r, Target.Qualifier.init(rawValue:)), unit: try r.string(),
                                 period: try enumValue(&r, Target.Period.init(code:)), phrase: try r.string())
                      }, sourceLine: try r.int())
        }
        let groups = try r.list { r in TaskGroup(code: try r.string(), title: try r.string(), sourceLine: try r.int()) }
        let (tasks, taskCount) = try r.list(limit: taskLimit) { r in
            PlanTask(code: try r.string(), groupCode: try r.string(), text: try r.string(), lead: try r.list(agency),
                     cooperating: try r.list(agency), submissionLevel: try r.optionalString(), result: try r.optionalString(),
                     timeframe: try timeframe(&r), remark: try r.optionalString(), sourceLine: try r.int())
        }
        if tasks.count < taskCount {
            return (Plan(identity: identity, sourceDigest: digest, objectives: objectives, groups: groups, tasks: tasks,
                         duties: [], reporting: [], footnotes: []), taskCount)
        }
        let duties = try r.list { r in
            AgencyDuty(agencies: try r.list(agency), heading: try r.string(), remark: try r.optionalString(),
                       items: try r.list { r in try r.string() }, sourceLine: try r.int())
        }
        let reporting = try r.list { r in
            ReportingDuty(reporters: try r.list(agency), recipient: try r.bool() ? try agency(&r) : nil,
                          through: try r.bool() ? try agency(&r) : nil, dueMonth: try r.int(), dueDay: try r.int(),
                          text: try r.string(), sourceLine: try r.int())
        }
        let footnotes = try r.list { r in Footnote(number: try r.int(), text: try r.string(), sourceLine: try r.int()) }
        return (Plan(identity: identity, sourceDigest: digest, objectives: objectives, groups: groups, tasks: tasks,
                     duties: duties, reporting: reporting, footnotes: footnotes), taskCount)
    }

    private static func agency(_ r: inout BinaryReader) throws -> AgencyRef {
        AgencyRef(printed: try r.string(), agencyID: try r.optionalString(), canonical: try r.string(),
                  kind: try enumValue(&r, AgencyKind.init(rawValue:)), parentID: r.version >= 2 ? try r.optionalString() : nil)
    }

    private static func timeframe(_ r: inout BinaryReader) throws -> Timeframe {
        Timeframe(text: try r.string(), kind: try enumValue(&r, Timeframe.Kind.init(rawValue:)), start: try date(&r),
                  end: try date(&r), note: try r.optionalString())
    }

    /// 0001-01-01 and 9999-12-31 as day numbers: a damaged date outside them is an error, not a crash.
    private static let dayRange = -719_162...2_932_896

    private static func date(_ r: inout BinaryReader) throws -> CalendarDate? {
        guard let day = try r.dayNumber() else { return nil }
        guard dayRange.contains(day) else { throw BinaryReader.Corrupt(offset: 0) }
        return CalendarDate(dayNumber: day)
    }

    private static func enumValue<T>(_ r: inout BinaryReader, _ make: (String) -> T?) throws -> T {
        let text = try r.string()
        guard let value = make(text) else { throw BinaryReader.Corrupt(offset: 0) }
        return value
    }
}
