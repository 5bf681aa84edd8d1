import Foundation
import PlanKit
import PlanStore

/// Runs the dashboard: waits for keys with a short timeout, feeds actions to `update`, performs the effects
/// against the store, checks the store for other processes' changes, and presents `render`'s screens.
public final class DashboardRuntime {
    let store: any Store
    let device: any TerminalDevice
    let configuration: DashboardConfiguration
    public internal(set) var state: AppState
    var lastToken: Int64?
    /// The store stopped answering (a shared server out of reach): see `DashboardRuntime+Connection`.
    var isOffline = false
    var needsDraw = true
    var applied: [AppliedChangesRecord] = []
    var errors: [String] = []
    /// Per plan, the record each status had before this session first changed it.
    var originals: [String: [StatusKey: StatusRecord]] = [:]
    /// The whole of a large plan, loading while its first page is shown.
    private var loader: PlanLoader?
    /// The lazy panes of a large plan, building off the run loop while it takes keys.
    private var paneBuild: BackgroundWork<BuiltPanes>?
    /// A whole load asked for by an effect, started once the effects in hand are done (so that the
    /// loader reads the store after this session's own writes, such as the last plan viewed).
    private var wholeLoadToStart: String?
    /// Keys already waiting after one are applied before the next frame, at most this many at once.
    static let mergedKeysLimit = 256
    /// How often the loop looks for a finished background load while one is running.
    static let loadingPollMilliseconds = 10

    public init(store: any Store, device: any TerminalDevice, configuration: DashboardConfiguration) {
        self.store = store
        self.device = device
        self.configuration = configuration
        let size = device.size
        self.state = AppState(language: configuration.language, size: TerminalSize(width: size.width, height: size.height),
                              asOf: configuration.asOf, requestedPlanID: configuration.initialPlanID,
                              successors: configuration.successors)
        self.state.today = configuration.today ?? configuration.asOf
        for module in Pane.modules { module.configure(configuration, &self.state) }
        self.state.editing.rights = store.editRights
        // Said once, from the first frame on; edits then fail as any refused save does.
        if let path = configuration.readOnlyStorePath {
            state.message = StatusMessage(.editing(.readOnlyStore(path: path)), isError: true)
        }
    }

    /// Runs until the user quits; returns what the session did. The caller restores the terminal.
    public func run() -> DashboardExit {
        lastToken = try? store.changeToken()
        dispatch(.started)
        var lastPoll = ContinuousClock.now
        while !state.isQuitting {
            collectWholePlan(waiting: false)
            collectLazyPanes(waiting: false)
            if needsDraw { present() }
            let wait = loader == nil && paneBuild == nil ? configuration.pollMilliseconds
                : min(configuration.pollMilliseconds, Self.loadingPollMilliseconds)
            let key = device.nextKey(timeoutMilliseconds: wait)
            // The store is checked on a clock, not only when keys pause: a held key or a stream of keys
            // must not hide another terminal's edit or a server gone away.
            if ContinuousClock.now - lastPoll >= .milliseconds(configuration.pollMilliseconds) || (key == nil && loader == nil) {
                lastPoll = ContinuousClock.now
                checkForChanges()
            }
            guard let key else {
                // While a plan loads the loop wakes often for it; the store is still checked at the usual pace.
                if loader != nil { continue }
                // Flashed rows end on time, not on the next key.
                if !state.editing.flashes.isEmpty { dispatch(.clock(Date())) }
                // Idle: build the panes not shown yet, so the first switch to them is instant.
                if state.panesStale && state.document != nil { buildLazyPanes() }
                continue
            }
            handle(key)
            // Keys that arrived while that one was handled (a held key, a burst) are applied one by one,
            // in order, each with its effects, and drawn once: only the frames between them are skipped.
            var merged = 0
            while merged < Self.mergedKeysLimit, !state.isQuitting, let next = device.nextKey(timeoutMilliseconds: 0) {
                handle(next)
                merged += 1
            }
        }
        return exit
    }

    private func handle(_ key: Key) {
        if key == .resize {
            let size = device.size
            dispatch(.resize(TerminalSize(width: size.width, height: size.height)))
        } else {
            dispatch(.key(key))
        }
    }

    /// Whether the whole of a large plan is still loading (its first page is on screen).
    public var isLoadingWholePlan: Bool { loader != nil }

    /// Shows the whole plan if its background load has finished, or (`waiting`) once it has: for a
    /// harness that measures the loaded dashboard. Returns whether it arrived.
    @discardableResult
    public func collectWholePlan(waiting: Bool) -> Bool {
        guard let loader, let finished = waiting ? loader.wait() : loader.take() else { return false }
        self.loader = nil
        do {
            guard var document = try finished.result.get() else {
                throw StoreError.planNotFound(finished.planID)
            }
            // An edit saved while it loaded (here or in another terminal) is in the store, not in the
            // statuses the loader read: read them again, on this thread, after that edit.
            let token = try store.changeToken()
            if finished.token != token {
                document.update(statuses: try store.statuses(planID: finished.planID))
            }
            lastToken = token
            dispatch(.documentLoaded(document))
        } catch {
            // The first page stays, said to be all there is; the next change to the store loads it again.
            let text = StoreErrorText.describe(error, configuration.language)
            errors.append(text)
            dispatch(.wholeLoadFailed(text))
        }
        return true
    }

    /// The panes not shown yet, built while the loop is idle: a large plan's off the loop, so that keys
    /// pressed meanwhile are answered at once (one build at a time; a build made out of date by a change is
    /// dropped when it arrives and the next idle moment starts another); a small plan's here, now. The run
    /// loop calls it when idle; public for harnesses.
    public func buildLazyPanes() {
        guard let document = state.document, document.plan.tasks.count > configuration.firstPageAbove else {
            dispatch(.tick)
            return
        }
        if document.isPartial || paneBuild != nil { return }
        let snapshot = state
        paneBuild = BackgroundWork { DashboardApp.buildLazyPanes(of: snapshot) }
    }

    /// Shows the lazy panes if their background build has finished, or (`waiting`) once it has: for a
    /// harness. Returns whether a build arrived (adopted, or dropped as out of date).
    @discardableResult
    public func collectLazyPanes(waiting: Bool) -> Bool {
        guard let paneBuild, let built = waiting ? paneBuild.wait() : paneBuild.take() else { return false }
        self.paneBuild = nil
        dispatch(.lazyPanesBuilt(built))
        return true
    }

    /// Whether the lazy panes of a large plan are building off the run loop.
    public var isBuildingLazyPanes: Bool { paneBuild != nil }

    /// What the session did so far; `run` returns it when the user quits.
    public var exit: DashboardExit {
        DashboardExit(lastPlanID: state.currentPlanID, applied: applied, errors: errors,
                      summary: SessionSummary.text(applied, originals: originals, plans: state.plans,
                                                   language: configuration.language))
    }

    /// Draws the current state now (the run loop does this after every change).
    public func present() {
        let size = device.size
        device.present(DashboardApp.render(state, size: TerminalSize(width: size.width, height: size.height),
                                           capabilities: device.capabilities))
        needsDraw = false
    }

    /// Feeds one action through update and performs the effects, whose results are fed back in turn.
    public func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            let effects = DashboardApp.update(&state, next)
            needsDraw = true
            for effect in effects {
                if let result = perform(effect) { queue.append(result) }
            }
        }
        if let id = wholeLoadToStart {
            wholeLoadToStart = nil
            state.wholeLoadFailed = false
            loader = PlanLoader(store: store, planID: id, asOf: state.asOf)
        }
    }

    /// On a timeout: another terminal may have saved something. Public for harnesses that drive the runtime
    /// one action at a time.
    public func checkForChanges() {
        guard let token = connectionToken() else { return }
        if let lastToken, token == lastToken { return }
        lastToken = token
        dispatch(.clock(Date()))
        // A reload now would start the whole plan's load again: while it runs, only statuses are read.
        if loader != nil, let id = state.document?.id {
            do {
                dispatch(.statusesChangedElsewhere(planID: id, try store.statuses(planID: id)))
            } catch {
                dispatch(.storeFailed(StoreErrorText.describe(error, configuration.language)))
            }
            return
        }
        dispatch(.storeChanged)
    }

    private func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .loadPlanList:
                return .plansLoaded(try store.plans(), lastViewed: try store.setting(DashboardConfiguration.lastPlanSetting))
            case .loadPlan(let id):
                // A newer load replaces one still running (another plan chosen): its result is dropped.
                loader = nil
                wholeLoadToStart = nil
                if let summary = state.plans.first(where: { $0.id == id }), summary.taskCount > configuration.firstPageAbove {
                    wholeLoadToStart = id
                    // A reload keeps the plan on screen until the new one is built.
                    if state.document?.id == id { return nil }
                    guard let page = try store.firstPage(planID: id, taskLimit: configuration.firstPageTasks) else {
                        wholeLoadToStart = nil
                        return .storeFailed(StoreErrorText.describe(StoreError.planNotFound(id), configuration.language))
                    }
                    if page.isWhole { wholeLoadToStart = nil }
                    return page.isWhole ? Action.planLoaded(id: id, page.plan, statuses: page.statuses) : Action.firstPageLoaded(id: id, page)
                }
                guard let plan = try store.plan(id: id) else { return .storeFailed(StoreErrorText.describe(StoreError.planNotFound(id), configuration.language)) }
                return .planLoaded(id: id, plan, statuses: try store.statuses(planID: id))
            case .loadStatuses(let planID):
                return .statusesLoaded(planID: planID, try store.statuses(planID: planID))
            case .loadHistory(let planID, let code):
                return .historyLoaded(planID: planID, taskCode: code, try store.history(planID: planID, taskCode: code))
            case .rememberLastPlan(let id):
                if configuration.readOnlyStorePath != nil { return nil }
                try store.setSetting(DashboardConfiguration.lastPlanSetting, to: id)
                acknowledgeOwnWrite()
                return nil
            case .apply, .undo, .redo:
                return performEdit(effect)
            case .loadPlanHistory(let planID):
                return .planHistoryLoaded(planID: planID, try store.history(planID: planID, taskCode: nil))
            case .loadSource(let planID):
                return .sourceLoaded(planID: planID, try store.sourceText(planID: planID))
            case .quit:
                return nil
            case .editExternally(let text):
                return .externalEditDone(editExternally(text))
            case .suspend:
                device.suspend()
                let size = device.size
                return .resize(TerminalSize(width: size.width, height: size.height))
            case .writeReport(let planID, let asOf):
                return writeReport(planID: planID, asOf: asOf)
            case .pane(let effect):
                return try effect.pane.module.run(effect, on: self)
            }
        } catch {
            let text = StoreErrorText.describe(error, configuration.language)
            errors.append(text)
            return .storeFailed(text)
        }
    }

    /// Our own writes move the change token too; they must not look like another terminal's edit.
    func acknowledgeOwnWrite() {
        if let token = try? store.changeToken() { lastToken = token }
    }
}
