import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import Terminal

/// `kehoach` with no command: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: HelpText.text(.dashboardAbstract),
        discussion: HelpText.text(.dashboardDiscussion) + "\n\n" + HelpText.examples("""
          kehoach
          kehoach --plan kon-tum-3785 --as-of 2026-11-23
          kehoach --lang en --ascii
        """)
    )

    @Option(help: HelpText.option(.dashboardPlan),
            completion: StoreCompletion.planIDs)
    var plan: String?

    @Option(help: HelpText.option(.dashboardAsOf))
    var asOf: String?

    @Flag(help: HelpText.option(.dashboardAscii))
    var ascii = false

    @Flag(help: HelpText.option(.dashboardNoColor))
    var noColor = false

    @Flag(help: HelpText.option(.dashboardMouse))
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
                throw CommandSupport.Failure(message: language(CommandMessage.dashboardCannotReadDateWrite(asOf: asOf)), code: 1)
            }
            asOfDate = parsed
        }
        let directory = try? AgencyDirectory.bundled()
        let successors: AgencySuccessorProvider = directory.map { .directory($0) } ?? .none
        var configuration = DashboardConfiguration(language: language, user: context.user, initialPlanID: plan ?? file?.plan,
                                                   asOf: asOfDate, successors: successors)
        configuration.today = today
        configuration.agencyDirectory = directory
        // The report pane opens on the user's agency; the Word report is headed and signed as config.toml says.
        configuration.reporting = ReportingSettings(agency: file?.agency, superior: file?.superior, place: file?.place,
                                                    signerTitle: file?.signerTitle, signerName: file?.signer)
        if context.store.isReadOnly { configuration.readOnlyStorePath = context.location.path }
        var options = CursesTerminal.Options(colors: noColor ? false : nil, asciiOnly: ascii)
        options.mouse = mouse || file?.mouse == true
        options.theme = file?.theme == "light" ? .light : .dark
        let terminal = CursesTerminal(options: options)
        do {
            try terminal.start()
        } catch .notATerminal {
            throw CommandSupport.Failure(message: language(CommandMessage.dashboardNeedsTerminal), code: 1)
        } catch .cannotOpen(let term) {
            throw CommandSupport.Failure(message: language(CommandMessage.dashboardCannotOpenTerminal(term: term)), code: 1)
        }
        let exit = DashboardRuntime(store: context.store, device: terminal, configuration: configuration).run()
        terminal.stop()
        if let notice = terminal.notice { CommandSupport.printError("kehoach: \(notice)") }
        for error in exit.errors { CommandSupport.printError("kehoach: \(error)") }
        // What this session changed, once the terminal is back to normal.
        if let summary = exit.summary { StandardOutput.print(summary) }
    }
}
