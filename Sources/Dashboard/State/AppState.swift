import PlanKit
import PlanStore

/// The whole dashboard as one value: update changes it, render draws it.
public struct AppState: Sendable {
    public var text: Localizer
    public var keymap: Keymap
    public var size: TerminalSize
    /// Below this the dashboard shows "terminal too small" and ignores every key but quit.
    public var minimumSize = TerminalSize(width: 60, height: 15)
    public var asOf: CalendarDate
    /// The calendar's today, for dates typed as "hôm nay" or "cuối quý" (the as-of date unless told).
    public var today: CalendarDate
    public var pane: Pane = .tasks
    public var plans: [PlanSummary] = []
    /// Asked for on the command line or by `:plan`; consulted when the plan list arrives.
    public var requestedPlanID: String?
    public var document: LoadedPlan?
    public var isLoading = true
    /// The whole of a large plan could not be read: its first page stays, said to be all there is for now.
    public var wholeLoadFailed = false
    public var overlays: [Overlay] = []
    public var search: SearchState?
    public var message: StatusMessage?
    public var agencyView: AgencyView = .printed
    public var successors: AgencySuccessorProvider
    public var isQuitting = false
    /// The agencies and timeline panes no longer match the plan, statuses or as-of date.
    public var panesStale = true {
        didSet { if panesStale { lazyPanesEdition &+= 1 } }
    }
    /// Moves whenever what the lazy panes are built from may have changed: a build begun before
    /// (off the run loop, `DashboardApp.buildLazyPanes`) is then out of date and dropped.
    public internal(set) var lazyPanesEdition = 0
    public var editing = EditingState()
    /// The panes' own states, each reached through the property its folder declares (`state.report`).
    public var panes = PaneStates()

    public init(language: Language, size: TerminalSize, asOf: CalendarDate, requestedPlanID: String? = nil,
                successors: AgencySuccessorProvider = .none, keymap: Keymap = .standard) {
        self.text = Localizer(language)
        self.keymap = keymap
        self.size = size
        self.asOf = asOf
        self.today = asOf
        self.requestedPlanID = requestedPlanID
        self.successors = successors
    }

    public var isTooSmall: Bool { !size.fits(minimumSize) }

    public var currentPlanID: String? { document?.id }
}
