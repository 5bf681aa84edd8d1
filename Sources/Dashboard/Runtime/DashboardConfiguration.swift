import PlanKit

/// What the dashboard starts with; the `kehoach` command fills it from its options.
public struct DashboardConfiguration: Sendable {
    public var language: Language
    /// Who makes the changes (recorded in the history).
    public var user: String
    /// `--plan PLAN`: an id, a number or words of a title; nil opens the last plan viewed (else the first).
    public var initialPlanID: String?
    public var asOf: CalendarDate
    /// The calendar's today (for "hôm nay" typed in a prompt); nil: the as-of date.
    public var today: CalendarDate?
    public var successors: AgencySuccessorProvider
    /// How long to wait for a key before checking the store for changes.
    public var pollMilliseconds: Int
    /// Where `:report` writes its file (default: the current directory).
    public var reportDirectory: String = "."
    /// Names successors in `:report`; nil: the bundled directory, if it can be found.
    public var agencyDirectory: AgencyDirectory?
    /// The store at this path was opened read-only: the status bar says so once, the last plan viewed
    /// is not remembered, and an edit fails as any refused save does (the screen keeps the stored value).
    public var readOnlyStorePath: String?
    /// The user's agency and the Word report's heading (config.toml).
    public var reporting = ReportingSettings()
    /// A plan of more tasks than this opens on its first `firstPageTasks` tasks, drawn at once, while the
    /// whole of it loads in the background (`PlanLoader`); a smaller one loads whole before its first frame.
    public var firstPageAbove = 5_000
    public var firstPageTasks = 500

    public init(language: Language, user: String, initialPlanID: String? = nil, asOf: CalendarDate,
                successors: AgencySuccessorProvider = .none, pollMilliseconds: Int = 250) {
        self.language = language
        self.user = user
        self.initialPlanID = initialPlanID
        self.asOf = asOf
        self.successors = successors
        self.pollMilliseconds = pollMilliseconds
    }

    /// The store setting that remembers the last plan viewed.
    public static let lastPlanSetting = "last-plan"
}

/// What a dashboard session leaves behind, for the command to report after the terminal is restored.
public struct DashboardExit: Sendable {
    /// The plan on screen when the user quit.
    public var lastPlanID: String?
    /// Every batch of status changes this session saved, in order.
    public var applied: [AppliedChangesRecord]
    /// Store errors met on the way (also shown on the status bar at the time).
    public var errors: [String]
    /// One paragraph in the UI language on what the session changed; nil when it changed nothing.
    /// The command prints it once the terminal is restored.
    public var summary: String? = nil
}
