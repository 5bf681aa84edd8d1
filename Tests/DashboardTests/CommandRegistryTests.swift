import Dashboard
import PlanKit
import Testing

/// Walks the command registry: the keys, the help and the `:` line all come from it, so it must be whole.
@Suite struct CommandRegistryTests {
    let registry = CommandRegistry.standard

    @Test func everyCommandHasHelpInBothLanguages() {
        for spec in registry.specs {
            let vi = Localizer(.vi)(.command(spec.command))
            let en = Localizer(.en)(.command(spec.command))
            #expect(!vi.isEmpty && !en.isEmpty, "help for \(spec.command)")
            for binding in spec.bindings { #expect(!binding.keyLabel(Localizer(.en)).isEmpty) }
        }
    }

    @Test func noTwoCommandsShareAKeyInOneContext() {
        var seen: [BindingContext: [Key: Command]] = [:]
        for binding in registry.bindings {
            for key in binding.keys {
                if let other = seen[binding.context]?[key] {
                    #expect(other == binding.command, "\(key) in \(binding.context): \(other) and \(binding.command)")
                }
                seen[binding.context, default: [:]][key] = binding.command
            }
        }
    }

    /// Task keys come before the global ones on task rows: none may hide a movement or search key.
    @Test func statusKeysAreNeverNavigationKeys() throws {
        let taskKeys = Set(registry.bindings.filter { $0.context == .task }.flatMap(\.keys))
        let elsewhere = registry.bindings.filter { $0.context == .global || $0.context == .detail }.flatMap(\.keys)
        for key in elsewhere { #expect(!taskKeys.contains(key), "\(key) is a task key and a global one") }
        let nextMatchCommand = try #require(registry.command(named: "next-match"))
        let nextMatch = registry.bindings.filter { $0.command == nextMatchCommand }.flatMap(\.keys)
        #expect(nextMatch.contains(.char("n")))
    }

    @Test func namesAreUniquePerCommand() {
        var owner: [String: Command] = [:]
        for spec in registry.specs {
            for name in spec.names {
                if let other = owner[name] { #expect(other == spec.command, ":\(name) names \(other) and \(spec.command)") }
                owner[name] = spec.command
                #expect(name == name.lowercased() && !name.contains(" "), ":\(name)")
            }
        }
    }

    /// A sample argument for the commands that take one.
    static func argument(_ kind: CommandArgument?, _ plan: SeedPlan) -> String {
        switch kind {
        case .taskCode?: return " " + plan.plan.tasks[0].code
        case .date?: return " 31/12/2026"
        case .planName?: return " kon-tum"
        case .agencyAndPeriod?: return " 2026"
        case nil: return ""
        }
    }

    /// Each name typed on the `:` line is understood (the pure update only: effects such as writing the
    /// report are listed, not performed, so the test writes no file).
    @Test(arguments: SeedPlan.allCases)
    func everyNameRuns(plan: SeedPlan) {
        let h = Harness(plans: [.thaiNguyen, .konTum], initialPlan: plan.rawValue)
        h.type(":" + plan.plan.tasks[0].code).press(.enter)
        for name in registry.names {
            let spec = registry.specs(named: name)[0]
            var state = h.state
            var effects: [Effect] = []
            for character in ":" + name + Self.argument(spec.argument, plan) {
                effects += DashboardApp.update(&state, .key(.char(character)))
            }
            effects += DashboardApp.update(&state, .key(.enter))
            let message = state.message.map { state.text($0.text) } ?? ""
            #expect(!message.contains("Lệnh không rõ"), ":\(name) → \(message)")
            if name == "report-md" { #expect(effects.contains { if case .writeReport = $0 { true } else { false } }) }
            if name == "report" { #expect(state.pane == .report) }
            if name == "quit" { #expect(state.isQuitting) }
            let screen = DashboardApp.render(state, size: state.size, capabilities: h.capabilities)
            for line in screen.lines { #expect(DisplayWidth.of(line) == screen.width, ":\(name)") }
        }
    }

    @Test func argumentsAndHelp() {
        let h = Harness(plans: [.thaiNguyen, .konTum], initialPlan: "thai-nguyen")
        h.type(":help").press(.enter)
        if case .help? = h.state.overlays.last {} else { Issue.record(":help opens the help") }
        h.press(.escape)
        h.type(":asof 31/12/2026").press(.enter)
        #expect(h.state.asOf == Seeds.date("2026-12-31"))
        h.type(":plan kon-tum").press(.enter)
        #expect(h.state.document?.id == "kon-tum-3785")
        h.type(":goto III.1").press(.enter)
        #expect(h.selectedTaskCode == "III.1")
        h.type(":III.2").press(.enter)
        #expect(h.selectedTaskCode == "III.2")
        h.type(":halp").press(.enter)
        #expect(h.text.contains("có phải :help?"))
    }

    @Test func tabCompletesNamesAndArguments() {
        let h = Harness(plans: [.konTum])
        h.type(":hel").press(.tab)
        #expect(h.lines.last?.hasPrefix(":help ") == true)
        h.press(.ctrl("u")).type("zoom-").press(.tab)
        #expect(h.lines.last?.hasPrefix(":zoom-in") == true)
        #expect(h.text.contains("zoom-out"))  // the matches list shows both
        h.press(.tab)
        #expect(h.lines.last?.hasPrefix(":zoom-out") == true)
        h.press(.ctrl("u")).type("goto III.").press(.tab)
        #expect(h.lines.last?.hasPrefix(":goto III.1") == true)
        h.press(.tab)
        #expect(h.lines.last?.hasPrefix(":goto III.2") == true)
        h.press(.enter)
        #expect(h.selectedTaskCode == "III.2")
    }
}

@Suite struct MouseTests {
    @Test func clicksSelectRowsAndTabsAndTheWheelScrolls() throws {
        let h = Harness(plans: [.konTum])
        // Line 4 is the first task row under the tab bar, the info line, the header and group I.
        h.press(.mouse(MouseEvent(.press, x: 3, y: 4)))
        #expect(h.selectedTaskCode == "I.1")
        h.press(.mouse(MouseEvent(.press, x: 3, y: 4)))
        if case .detail? = h.state.overlays.last {} else { Issue.record("a click on the selected row opens it") }
        h.press(.mouse(MouseEvent(.wheelDown, x: 3, y: 4)))
        if case .detail(let detail)? = h.state.overlays.last { #expect(detail.offset == 3) }
        h.press(.escape)
        h.press(.mouse(MouseEvent(.wheelDown, x: 3, y: 10)))
        #expect(h.state.matrix.viewport.selected == 4)
        // The agencies tab's title, found on the drawn tab bar (its letters are one column each).
        let bar = h.lines[0]
        let title = try #require(bar.range(of: h.state.text(.pane(.agencies))))
        h.press(.mouse(MouseEvent(.press, x: bar.distance(from: bar.startIndex, to: title.lowerBound), y: 0)))
        #expect(h.state.pane == .agencies)
        // Outside any list nothing happens.
        h.press(.mouse(MouseEvent(.press, x: 5, y: 22)))
        #expect(h.state.pane == .agencies)
    }
}
