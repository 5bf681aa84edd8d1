import PlanKit

/// Who the user reports as, and how the Word report is headed: config.toml's `agency`, `superior`,
/// `place`, `signer`, `signer_title` (the command fills it).
public struct ReportingSettings: Sendable, Equatable {
    /// The user's agency, as written ("Sở Tài chính"); the report pane opens on it.
    public var agency: String?
    public var superior: String?
    public var place: String?
    public var signerTitle: String?
    public var signerName: String?

    public init(agency: String? = nil, superior: String? = nil, place: String? = nil, signerTitle: String? = nil,
                signerName: String? = nil) {
        self.agency = agency
        self.superior = superior
        self.place = place
        self.signerTitle = signerTitle
        self.signerName = signerName
    }
}

/// The free sections of an agency's report, in the order of the Word report (II, III, IV).
public enum ReportSection: Int, Sendable, Hashable, CaseIterable {
    case shortcomings, direction, proposals

    func text(_ sections: AgencySections?) -> String? {
        switch self {
        case .shortcomings: return sections?.shortcomings
        case .direction: return sections?.direction
        case .proposals: return sections?.proposals
        }
    }

    func set(_ text: String?, in sections: inout AgencySections) {
        switch self {
        case .shortcomings: sections.shortcomings = text
        case .direction: sections.direction = text
        case .proposals: sections.proposals = text
        }
    }
}

/// What the report pane remembers: the agency and period chosen, the results and sections the store
/// holds for the plan, and the compiled form (rebuilt with the lazy panes, not on every frame).
public struct ReportState: Sendable {
    public var viewport = Viewport()
    public var settings = ReportingSettings()
    /// Chosen with `a`/`A` or `:report AGENCY`; nil: the user's agency, else the first that reports.
    public var chosenAgency: String?
    /// Chosen with `<`/`>` or `:report PERIOD`; nil: the plan's rhythm's period holding the as-of date.
    public var chosenPeriod: ReportingPeriod?
    /// The plan the results below belong to (nil until they arrive).
    public var planID: String?
    public var results: [TaskResult] = []
    public var sections: [AgencySections] = []
    /// Names successors of merged agencies; nil reports every agency under its own name.
    public var directory: AgencyDirectory?

    // Derived by `rebuild`.
    public private(set) var compiled: PeriodReport?
    public private(set) var agency: String?
    public private(set) var period: ReportingPeriod?
    /// The selected period's reporting deadline for the agency.
    public private(set) var deadline: CalendarDate?

    public init() {}

    /// The agency's part of the compiled form: its rows and sections.
    public var part: PeriodReport.AgencyPart? { compiled?.agencies.first { $0.key == agency } }

    /// A task row per form row, then the three sections.
    public enum Row: Sendable, Hashable {
        case task(Int)
        case section(ReportSection)
    }

    public var rowCount: Int { part.map { $0.rows.count + ReportSection.allCases.count } ?? 0 }

    public func row(_ index: Int) -> Row? {
        guard let part, index >= 0 else { return nil }
        if index < part.rows.count { return .task(index) }
        return ReportSection(rawValue: index - part.rows.count).map(Row.section)
    }

    /// The agencies with rows in the period, in plan order.
    public var agencies: [PeriodReport.AgencyPart] { compiled?.agencies ?? [] }

    /// Compiles the period's form from the plan, its statuses and the stored results; keeps the chosen
    /// agency where it still has rows, else falls back to the user's, else the first reporter.
    public mutating func rebuild(_ document: LoadedPlan, asOf: CalendarDate) {
        let plan = document.plan
        let period = chosenPeriod ?? ReportingPeriod.containing(asOf, rhythm: ReportingRhythm.of(plan: plan))
        let mine = planID == document.id
        let input = PeriodCompiler.Input(plan: plan, statuses: document.statuses, results: mine ? results : [],
                                         sections: mine ? sections : [])
        let compiled = PeriodCompiler.compile(input, period: period, today: asOf, directory: directory)
        self.compiled = compiled
        self.period = period
        let keys = compiled.agencies.map(\.key)
        if let chosenAgency, keys.contains(chosenAgency) {
            agency = chosenAgency
        } else {
            agency = ReportState.match(settings.agency, in: compiled.agencies) ?? compiled.agencies.first?.key
        }
        deadline = ReportingDeadline.due(for: period, plan: plan, agency: agency, directory: directory)
    }

    /// The part an agency's typed name names: its key, its name with or without diacritics, or words of it.
    static func match(_ typed: String?, in parts: [PeriodReport.AgencyPart]) -> String? {
        guard let typed, !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let key = SearchKey.make(typed)
        if let exact = parts.first(where: { $0.key == typed || SearchKey.make($0.name) == key }) { return exact.key }
        return parts.first { SearchKey.matches(key: SearchKey.make($0.name), query: typed) }?.key
    }

    /// The next or previous agency in the list, wrapping.
    mutating func cycleAgency(by delta: Int) {
        let keys = agencies.map(\.key)
        guard !keys.isEmpty else { return }
        let index = agency.flatMap { keys.firstIndex(of: $0) } ?? 0
        chosenAgency = keys[(index + delta + keys.count) % keys.count]
    }

    /// The period before or after, of the same rhythm.
    mutating func stepPeriod(by delta: Int) {
        guard let period else { return }
        let next = delta < 0 ? period.previous : period.next
        if let next { chosenPeriod = next }
    }

    /// The stored result of a row, or a new one for the agency to write.
    func result(for row: PeriodReport.Row) -> TaskResult? {
        guard let agency, let period else { return nil }
        return row.result ?? TaskResult(key: ResultKey(taskCode: row.task.code, period: period, agency: agency),
                                        role: row.role, text: "")
    }

    /// The agency's sections for the period, or empty ones to fill.
    func sectionsForEditing() -> AgencySections? {
        guard let agency, let period else { return nil }
        return part?.sections ?? AgencySections(agency: agency, period: period)
    }
}
