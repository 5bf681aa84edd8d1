import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import Terminal

/// `kehoach` with no command: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard (mở bảng theo dõi) — what `kehoach` alone does.",
        discussion: """
        Opens on --plan, else on the plan viewed last, else on the first bundled plan (a new store gets the
        bundled plans first). Press ? inside for every key; q quits.

        $XDG_CONFIG_HOME/kehoach/config.toml (else ~/.config/kehoach/config.toml) may set language ("vi" or "en"),
        plan, user, theme ("dark" or "light") and mouse (true or false); the command line wins over it.

        Examples:
          kehoach
          kehoach --plan kon-tum-3785 --as-of 2026-11-23
          kehoach --lang en --ascii
        """
    )

    @Option(help: "The plan to open: its id (kon-tum-3785), number or words of its title.")
    var plan: String?

    @Option(help: "The day standings are judged on (31/12/2026, 2026-12-31, \"hôm nay\", \"cuối quý\"; default today).")
    var asOf: String?

    @Flag(help: "Draw with ASCII only (for consoles without Vietnamese or box-drawing glyphs).")
    var ascii = false

    @Flag(help: "No colours, even where the terminal has them (as NO_COLOR does).")
    var noColor = false

    @Flag(help: "Clicks select rows and tabs, the wheel scrolls (the terminal's text selection then needs Shift).")
    var mouse = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let file: ConfigFile?
        do {
            file = try ConfigFile.load(environment: environment)
        } catch {
            let language = Language.resolve(option: global.language, environment: environment)
            throw CommandSupport.Failure(message: error.message(language), code: 1)
        }
        // The command line first, then the config file, then the environment.
        var global = self.global
        if global.language == nil { global.language = file?.language?.rawValue }
        if global.user == nil { global.user = file?.user }
        let context = try StoreContext.open(global, forReading: true)
        let language = context.language
        let today = Labels.today()
        var asOfDate = today
        if let asOf {
            guard let parsed = TypedDate.parse(asOf, today: today) else {
                throw CommandSupport.Failure(message: language.pick(
                    vi: "--as-of: không đọc được ngày \"\(asOf)\": viết 31/12/2026, 2026-12-31, hôm nay hoặc cuối quý",
                    en: "--as-of: cannot read the date \"\(asOf)\": write 31/12/2026, 2026-12-31, today or end of quarter"), code: 1)
            }
            asOfDate = parsed
        }
        let successors: AgencySuccessorProvider = (try? AgencyDirectory.bundled()).map { .directory($0) } ?? .none
        var configuration = DashboardConfiguration(language: language, user: context.user, initialPlanID: plan ?? file?.plan,
                                                   asOf: asOfDate, successors: successors)
        configuration.today = today
        if context.store.isReadOnly { configuration.readOnlyStorePath = context.location.path }
        var options = CursesTerminal.Options(colors: noColor ? false : nil, asciiOnly: ascii)
        options.mouse = mouse || file?.mouse == true
        options.theme = file?.theme == "light" ? .light : .dark
        let terminal = CursesTerminal(options: options)
        do {
            try terminal.start()
        } catch {
            throw CommandSupport.Failure(message: error.description.replacingOccurrences(of: "kehoach: ", with: ""), code: 1)
        }
        let exit = DashboardRuntime(store: context.store, device: terminal, configuration: configuration).run()
        terminal.stop()
        if let notice = terminal.notice { CommandSupport.printError("kehoach: \(notice)") }
        for error in exit.errors { CommandSupport.printError("kehoach: \(error)") }
        // What this session changed, once the terminal is back to normal.
        if let summary = exit.summary { StandardOutput.print(summary) }
    }
}
