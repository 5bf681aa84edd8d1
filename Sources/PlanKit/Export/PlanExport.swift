import Foundation

/// A whole plan with its statuses, as `kehoach export` writes it (JSON, YAML) and `kehoach import`
/// reads it back. The field names are the documented JSON schema's (`PlanDocument`, README "JSON"),
/// plus what a lossless round trip needs (a target's phrase, source lines of groups and footnotes,
/// recorded target values) and the status fields.
///
/// Made for correcting a plan by hand: an agency without `canonical` is resolved again by the agency
/// directory from its `name`; a timeframe without `kind` is read again from its `text`.
public struct PlanExport: Codable, Sendable, Equatable {
    public static let formatName = "kehoach-plan/1"

    public struct Agency: Codable, Sendable, Equatable {
        public var name: String
        public var canonical: String?
        public var kind: AgencyKind?
        public var id: String?
        /// The parent's id, for a unit the directory does not list of a body it does.
        public var parent: String?
    }

    public struct TimeframeEntry: Codable, Sendable, Equatable {
        public var text: String
        public var kind: Timeframe.Kind?
        public var start: CalendarDate?
        public var end: CalendarDate?
        public var note: String?
    }

    public struct RecordedValue: Codable, Sendable, Equatable {
        public var year: Int
        public var value: Double
        public var note: String?
    }

    public struct TargetEntry: Codable, Sendable, Equatable {
        public var value: Double
        public var valueText: String
        public var qualifier: Target.Qualifier
        public var unit: String
        public var period: Target.Period
        /// The words the target was read from.
        public var phrase: String
        public var recorded: [RecordedValue]?
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
        public var line: Int?
    }

    /// A recorded status: one per task, or one per year for yearly tasks.
    public struct StatusEntry: Codable, Sendable, Equatable {
        public var year: Int?
        public var status: TaskStatus
        public var progress: Int?
        public var doneOn: CalendarDate?
        public var note: String?
        /// Who last changed it; informational, not read back.
        public var updatedBy: String?
    }

    public struct TaskEntry: Codable, Sendable, Equatable {
        public var code: String
        public var group: String
        public var text: String
        public var lead: [Agency]
        public var cooperating: [Agency]
        public var level: String?
        public var result: String?
        public var remark: String?
        public var timeframe: TimeframeEntry
        public var line: Int
        /// Derived for `asOf` (JSON and CSV only; left out of YAML, where `statuses` alone is read back).
        public var status: TaskStatus?
        public var standing: Standing?
        public var deadline: CalendarDate?
        public var statuses: [StatusEntry]?
    }

    public struct DutyEntry: Codable, Sendable, Equatable {
        public var agencies: [Agency]
        public var heading: String
        public var remark: String?
        public var items: [String]
        public var line: Int
    }

    public struct ReportingEntry: Codable, Sendable, Equatable {
        public var reporters: [Agency]
        public var to: Agency?
        public var through: Agency?
        /// "MM-DD", every year.
        public var due: String
        public var text: String
        public var line: Int
    }

    public struct FootnoteEntry: Codable, Sendable, Equatable {
        public var number: Int
        public var text: String
        public var line: Int?
    }

    public var format: String
    /// The day `status`, `standing` and `deadline` were worked out for.
    public var asOf: CalendarDate?
    public var plan: PlanDocument.Header
    public var objectives: [ObjectiveEntry]
    public var groups: [GroupEntry]
    public var tasks: [TaskEntry]
    public var duties: [DutyEntry]
    public var reporting: [ReportingEntry]
    public var footnotes: [FootnoteEntry]
}
