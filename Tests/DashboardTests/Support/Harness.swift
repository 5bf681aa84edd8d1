import Dashboard
import PlanKit
import PlanStore

/// Drives the real runtime one action at a time and renders like the terminal would: keys in, screen text out.
final class Harness {
    let store: any Store
    let device: ScriptedTerminal
    let runtime: DashboardRuntime
    var capabilities: TerminalCapabilities

    convenience init(plans: [SeedPlan] = [.thaiNguyen, .konTum], width: Int = 80, height: Int = 24, language: Language = .vi,
         asOf: String = "2026-11-23", initialPlan: String? = nil, colors: Bool = true, unicode: Bool = true,
         successors: AgencySuccessorProvider = .directory(Seeds.directory),
         reporting: ReportingSettings = ReportingSettings(), reportDirectory: String = ".") {
        self.init(store: InMemoryStore(plans: plans.map { ($0.rawValue, $0.plan) }), width: width, height: height,
                  language: language, asOf: asOf, initialPlan: initialPlan, colors: colors, unicode: unicode,
                  successors: successors, reporting: reporting, reportDirectory: reportDirectory)
    }

    /// A dashboard on any store (a real SQLite file for editing tests), as `user`.
    init(store: any Store, width: Int = 80, height: Int = 24, language: Language = .vi, asOf: String = "2026-11-23",
         initialPlan: String? = nil, colors: Bool = true, unicode: Bool = true,
         successors: AgencySuccessorProvider = .directory(Seeds.directory), user: String = "thu-ky",
         reporting: ReportingSettings = ReportingSettings(), reportDirectory: String = ".") {
        self.store = store
        capabilities = TerminalCapabilities(colors: colors, unicode: unicode)
        device = ScriptedTerminal(width: width, height: height, capabilities: capabilities, script: [])
        var configuration = DashboardConfiguration(language: language, user: user, initialPlanID: initialPlan,
                                                   asOf: Seeds.date(asOf), successors: successors)
        configuration.reporting = reporting
        configuration.reportDirectory = reportDirectory
        configuration.agencyDirectory = Seeds.directory
        runtime = DashboardRuntime(store: store, device: device, configuration: configuration)
        runtime.dispatch(.started)
        // The change token as of now, so the first poll reports only what others write from here on.
        runtime.checkForChanges()
    }

    var state: AppState { runtime.state }

    /// Sends keys; a string is typed character by character.
    @discardableResult
    func type(_ text: String) -> Harness {
        for character in text { runtime.dispatch(.key(.char(character))) }
        return self
    }

    @discardableResult
    func press(_ keys: Key...) -> Harness {
        for key in keys { runtime.dispatch(.key(key)) }
        return self
    }

    func resize(_ width: Int, _ height: Int) {
        device.size = (width, height)
        runtime.dispatch(.resize(TerminalSize(width: width, height: height)))
    }

    var screen: Screen {
        DashboardApp.render(runtime.state, size: TerminalSize(width: device.size.width, height: device.size.height),
                            capabilities: capabilities)
    }

    var text: String { screen.text }
    var lines: [String] { screen.lines }

    /// The row of the screen that carries the selection of the pane (the selected style from the left edge
    /// over at least half the width: a side panel may share the row).
    var selectedLine: String? {
        let screen = self.screen
        for y in 0..<screen.height {
            let run = (0..<screen.width).prefix { screen[$0, y].style.selected }.count
            if run >= screen.width / 2 { return screen.lines[y] }
        }
        return nil
    }
}
