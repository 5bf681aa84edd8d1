import Dashboard
import Foundation
import Testing

/// A pane's own commands, effects and state travel through the core by `PaneMessage` and `PaneStates`, so
/// that a pane is one folder and one entry in the pane list.
@Suite struct PaneRouteTests {
    @Test func messagesCompareByPaneAndValue() {
        let zoomIn = PaneMessage(.timeline, "zoom-in")
        #expect(zoomIn == PaneMessage(.timeline, "zoom-in"))
        #expect(zoomIn.hashValue == PaneMessage(.timeline, "zoom-in").hashValue)
        #expect(zoomIn != PaneMessage(.timeline, "zoom-out"))
        #expect(zoomIn != PaneMessage(.report, "zoom-in"))
        // The same words as another type are another message.
        #expect(PaneMessage(.report, ReportCommand.open) != PaneMessage(.report, "open"))
        #expect(PaneMessage(.report, ReportCommand.writeRow).value(as: ReportCommand.self) == .writeRow)
        #expect(PaneMessage(.report, ReportCommand.writeRow).value(as: String.self) == nil)
        #expect(Set([zoomIn, PaneMessage(.timeline, "zoom-in"), PaneMessage(.report, ReportCommand.open)]).count == 2)
    }

    @Test func eachPaneKeepsItsOwnState() {
        var states = PaneStates()
        #expect(states[TimelineState.self].zoom == .years)  // not stored yet: as the pane starts
        states[TimelineState.self].zoom = .months
        states[ReportState.self].chosenAgency = "Sở Tài chính"
        states[AgenciesState.self].viewport.selected = 3
        #expect(states[TimelineState.self].zoom == .months)
        #expect(states[ReportState.self].chosenAgency == "Sở Tài chính")
        #expect(states[AgenciesState.self].viewport.selected == 3)
        #expect(states[ObjectivesState.self].viewport.selected == 0)
    }

    /// No code outside a pane's folder names the types the folder declares, but the pane list (and the few
    /// places named here, each for a reason): a new pane then touches nothing else.
    @Test(arguments: ["Report", "Timeline", "Agencies", "Objectives", "Tasks"])
    func onlyThePaneListNamesAPane(folder: String) throws {
        let root = Seeds.packageRoot.appendingPathComponent("Sources/Dashboard")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }
        let own = files.filter { $0.hasPrefix("Panes/\(folder)/") }
        #expect(!own.isEmpty)
        let declaration = try Regex(#"^(?:public )?(?:enum|struct|final class|class|protocol) ([A-Z][A-Za-z]*)"#)
            .anchorsMatchLineEndings()
        var types = Set<String>()
        for file in own {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: declaration) { if let name = match.output[1].substring { types.insert(String(name)) } }
        }
        #expect(!types.isEmpty)
        // Its settings come from config.toml; the plan's derived objective rows are shared with the command line.
        // The matrix's state is still a stored property (the 100,000-task scrolling path, not yet measured through
        // `PaneStates`), and its filter picker is one of the core's overlays, drawn where the others are.
        let allowed: Set<String> = [
            "Panes/Pane.swift", "ReportingSettings@Runtime/DashboardConfiguration.swift",
            "ObjectiveRow@State/LoadedPlan.swift", "MatrixState@State/AppState.swift",
            "FilterPickerView@Views/Render.swift",
        ]
        for file in files where !file.hasPrefix("Panes/\(folder)/") && !allowed.contains(file) {
            let code = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            for type in types where !allowed.contains("\(type)@\(file)") {
                // Simple boundaries: by Unicode's rules `TimelineText.title` would be one word.
                let word = try Regex("\\b\(type)\\b").wordBoundaryKind(.simple)
                #expect(!code.contains(word), "\(file) names \(type) of Panes/\(folder)")
            }
        }
    }
}
