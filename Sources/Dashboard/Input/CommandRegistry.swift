import PlanKit

/// What a `:` command takes after its name.
public enum CommandArgument: Sendable, Hashable {
    /// A task code as printed (`III.1`).
    case taskCode
    /// A date as a user types it (`31/12/2026`, `hôm nay`).
    case date
    /// A plan's id, number or words of its title.
    case planName
    /// An agency's name and a reporting period, either optional (`:report sở tài chính 2026-Q4`).
    case agencyAndPeriod

    /// Without it the `:` line opens again with the command's name typed. A switch, not a list of
    /// exceptions, so a new kind has to say which it is.
    var isRequired: Bool {
        switch self {
        case .taskCode, .date, .planName: return true
        case .agencyAndPeriod: return false
        }
    }
}

/// Keys of a command in one context.
public struct KeySet: Sendable {
    public let context: BindingContext
    public let keys: [Key]
    public let footer: Bool

    public static func on(_ context: BindingContext, _ keys: Key..., footer: Bool = false) -> KeySet {
        KeySet(context: context, keys: keys, footer: footer)
    }
}

/// One command, declared once: its long name for the `:` line, its keys per context, what it takes.
/// A pane's own command (`PaneModule.command`) and a named core command (`CommandSpec.core`) also carry
/// their help and what they do; the others' help is the catalogue's `.command(command)` and `perform` runs them.
public struct CommandSpec: Sendable {
    /// The name `:` knows it by; nil for commands that only make sense inside an overlay.
    public let name: String?
    public let aliases: [String]
    public let command: Command
    public let argument: CommandArgument?
    public let bindings: [KeyBinding]
    /// Its `?` help, a phrase of its pane's catalogue (nil: `UIText.command`).
    public let help: (any Phrase)?
    /// What it does, with the `:` line's argument (nil: the pane's or the core's `perform`).
    let run: (@Sendable (inout AppState, String) -> [Effect])?

    public init(_ name: String?, _ command: Command, aliases: [String] = [], argument: CommandArgument? = nil,
                keys: [KeySet] = []) {
        self.init(name, command, aliases: aliases, argument: argument, keys: keys, help: nil, run: nil)
    }

    init(_ name: String?, _ command: Command, aliases: [String] = [], argument: CommandArgument? = nil,
         keys: [KeySet] = [], help: (any Phrase)?, run: (@Sendable (inout AppState, String) -> [Effect])?) {
        self.name = name
        self.aliases = aliases
        self.command = command
        self.argument = argument
        self.bindings = keys.map { KeyBinding($0.keys, $0.context, command, footer: $0.footer) }
        self.help = help
        self.run = run
    }

    /// Every name `:` accepts for it.
    public var names: [String] { (name.map { [$0] } ?? []) + aliases }

    /// A core command declared once: its long name (also what identifies it), its keys per context, what it
    /// takes on the `:` line, its help (a phrase of `CommandText`) and what it does with that argument.
    static func core(_ name: String, aliases: [String] = [], argument: CommandArgument? = nil, keys: [KeySet] = [],
                        help: some Phrase, run: @escaping @Sendable (inout AppState, String) -> [Effect]) -> CommandSpec {
        CommandSpec(name, .named(CoreCommandName(declaring: name)), aliases: aliases, argument: argument, keys: keys, help: help, run: run)
    }
}

/// Every command of the dashboard. Keys, the `?` help, the footer and the `:` line all come from here.
public struct CommandRegistry: Sendable {
    public let specs: [CommandSpec]
    /// Each command's first declaration, for running it and for its help (the footer asks on every frame).
    private let declarations: [Command: CommandSpec]

    public init(_ specs: [CommandSpec]) {
        self.specs = specs
        var declarations: [Command: CommandSpec] = [:]
        for spec in specs where declarations[spec.command] == nil { declarations[spec.command] = spec }
        self.declarations = declarations
    }

    /// The declaration of a command.
    func spec(for command: Command) -> CommandSpec? { declarations[command] }

    /// The help a command was declared with (nil: the catalogue's `.command(command)` or its pane's `help`).
    func declaredHelp(_ command: Command) -> (any Phrase)? { declarations[command]?.help }

    /// What `?`, the footer and the `:` palette say a command does, from this registry (the one the
    /// dashboard runs with): its declared help, else its pane's, else the catalogue's.
    public func help(for command: Command) -> any Phrase {
        if let declared = declarations[command]?.help { return declared }
        if case .pane(let own) = command { return own.pane.module.help(own) }
        return UIText.command(command)
    }

    public var bindings: [KeyBinding] { specs.flatMap(\.bindings) }

    /// The command `:` knows by this name or alias (nil: none is declared).
    public func command(named name: String) -> Command? { specs(named: name).first?.command }

    /// The specs `:` accepts under this exact name (a command bound in several panes has one per pane).
    public func specs(named name: String) -> [CommandSpec] {
        let key = name.lowercased()
        return specs.filter { $0.names.contains(key) }
    }

    /// Long names for completion, each once, in declaration order.
    public var names: [String] {
        var seen = Set<String>()
        return specs.compactMap(\.name).filter { seen.insert($0).inserted }
    }

    /// The names that complete what was typed: those starting with it, then those containing it.
    public func completions(of typed: String) -> [String] {
        let key = typed.lowercased()
        guard !key.isEmpty else { return names }
        let starting = names.filter { $0.hasPrefix(key) }
        let containing = names.filter { !$0.hasPrefix(key) && $0.contains(key) }
        return starting + containing
    }

    /// The name a mistyped one most likely meant: one it starts or is contained in, else the nearest
    /// within two typing errors.
    public func suggestion(for typed: String) -> String? {
        let key = typed.lowercased()
        if let completion = completions(of: key).first, !key.isEmpty { return completion }
        let scored = names.map { ($0, EditDistance.between(Array(key), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }
}

extension CommandRegistry {
    /// The dashboard's commands. Movement is repeated in the overlays that scroll, since an overlay
    /// captures every key but quit and help.
    public static let standard: CommandRegistry = {
        var specs: [CommandSpec] = [
            CommandSpec("quit", .quit, aliases: ["q", "q!", "qa"],
                        keys: [.on(.global, .char("q"), footer: true)]),
            .core("suspend", keys: [.on(.global, .ctrl("z"))], help: CommandText.suspend) { _, _ in [.suspend] },
            CommandSpec("help", .help, keys: [.on(.global, .char("?"), .function(1), footer: true)]),
            CommandSpec(nil, .closeOverlay, keys: [
                .on(.detail, .escape, footer: true), .on(.help, .escape, .char("?"), footer: true),
                .on(.filterPicker, .escape, .char("f"), footer: true), .on(.statusMenu, .escape, footer: true),
                .on(.history, .escape, .char("H"), footer: true),
            ]),
        ]
        for pane in Pane.allCases {
            specs.append(CommandSpec("pane-\(pane.id)", .showPane(pane),
                                     keys: [.on(.global, .char(Character(String(pane.number))))]))
        }
        specs += [
            .core("next-pane", keys: [.on(.global, .tab)], help: CommandText.nextPane) { state, _ in
                state.pane = state.pane.next
                return []
            },
            .core("previous-pane", keys: [.on(.global, .backTab)], help: CommandText.previousPane) { state, _ in
                state.pane = state.pane.previous
                return []
            },
            CommandSpec("up", .moveUp, keys: [
                .on(.global, .char("k"), .up), .on(.detail, .char("k"), .up), .on(.help, .char("k"), .up),
                .on(.filterPicker, .char("k"), .up), .on(.statusMenu, .char("k"), .up), .on(.history, .char("k"), .up),
            ]),
            CommandSpec("down", .moveDown, keys: [
                .on(.global, .char("j"), .down), .on(.detail, .char("j"), .down, footer: true),
                .on(.help, .char("j"), .down, footer: true), .on(.filterPicker, .char("j"), .down),
                .on(.statusMenu, .char("j"), .down), .on(.history, .char("j"), .down, footer: true),
            ]),
            CommandSpec("page-up", .pageUp, keys: [
                .on(.global, .pageUp, .ctrl("b")), .on(.detail, .pageUp, .ctrl("b")), .on(.help, .pageUp),
                .on(.filterPicker, .pageUp), .on(.history, .pageUp),
            ]),
            CommandSpec("page-down", .pageDown, keys: [
                .on(.global, .pageDown, .ctrl("f")), .on(.detail, .pageDown, .char(" "), .ctrl("f")),
                .on(.help, .pageDown, .char(" ")), .on(.filterPicker, .pageDown), .on(.history, .pageDown, .char(" ")),
            ]),
            CommandSpec("top", .top, keys: [
                .on(.global, .char("g"), .home), .on(.detail, .char("g"), .home), .on(.help, .char("g"), .home),
                .on(.filterPicker, .char("g"), .home), .on(.history, .char("g"), .home),
            ]),
            CommandSpec("bottom", .bottom, keys: [
                .on(.global, .char("G"), .end), .on(.detail, .char("G"), .end), .on(.help, .char("G"), .end),
                .on(.filterPicker, .char("G"), .end), .on(.history, .char("G"), .end),
            ]),
            .core("search", keys: [.on(.global, .char("/"), footer: true)], help: CommandText.search) { state, _ in
                let origin = state[keyPath: DashboardApp.viewportPath(state.pane)].selected
                state.overlays.append(.prompt(PromptState(kind: .search, origin: origin)))
                return []
            },
            // n and N step through the matches everywhere (as in less and vim); no status key shares them.
            .core("next-match", keys: [.on(.global, .char("n"), .ctrl("n"))], help: CommandText.nextMatch) { state, _ in
                DashboardApp.stepSearch(forward: true, &state)
                return []
            },
            .core("previous-match", keys: [.on(.global, .char("N"), .ctrl("p"))], help: CommandText.previousMatch) { state, _ in
                DashboardApp.stepSearch(forward: false, &state)
                return []
            },
            .core("clear-search", keys: [.on(.global, .escape)], help: CommandText.clearSearch) { state, _ in
                if state.search != nil {
                    state.search = nil
                    state.message = StatusMessage(.searchCleared)
                }
                return []
            },
            CommandSpec(nil, .commandLine, keys: [.on(.global, .char(":"), footer: true)]),
            .core("previous-plan", keys: [.on(.global, .char("["))], help: CommandText.previousPlan) { state, _ in
                DashboardApp.switchPlan(by: -1, &state)
            },
            .core("next-plan", keys: [.on(.global, .char("]"))], help: CommandText.nextPlan) { state, _ in
                DashboardApp.switchPlan(by: 1, &state)
            },
            .core("goto", aliases: ["goto-task", "go"], argument: .taskCode, help: CommandText.goToTask) { state, code in
                DashboardApp.jump(toTask: code, &state)
            },
            .core("plan", aliases: ["p"], argument: .planName, help: CommandText.openPlan) { state, name in
                DashboardApp.openPlan(named: name, &state)
            },
            .core("asof", aliases: ["as-of"], argument: .date, help: CommandText.setAsOf) { state, date in
                DashboardApp.setAsOf(date, &state)
            },
        ]
        for module in Pane.modules { specs += module.globalCommands }
        specs += [
            .core("report-md", aliases: ["baocao-md", "bao-cao-md"], help: CommandText.writeReport) { state, _ in
                DashboardApp.writeReport(&state)
            },
            .core("history", aliases: ["lichsu", "lịch-sử"], help: CommandText.planHistory) { state, _ in
                DashboardApp.openPlanHistory(&state)
            },
            .core("source", aliases: ["nguon", "nguồn", "van-ban"], help: CommandText.showSource) { state, _ in
                DashboardApp.openSource(&state)
            },
            CommandSpec(nil, .toggleChoice, keys: [.on(.filterPicker, .enter, .char(" "), footer: true)]),
            CommandSpec("clear-filters", .clearFilters, keys: [.on(.filterPicker, .char("x"), footer: true)]),
        ]
        for module in Pane.modules { specs += module.commands }
        specs += editingCommands
        return CommandRegistry(specs)
    }()
}
