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

        Examples:
          kehoach
          kehoach --plan kon-tum-3785 --as-of 2026-11-23
          kehoach --lang en --ascii
        """
    )

    @Option(help: "The plan to open: its id (kon-tum-3785), number or words of its title.")
    var plan: String?

    @Option(help: "The day standings are judged on (YYYY-MM-DD or dd/mm/yyyy; default today).")
    var asOf: String?

    @Flag(help: "Draw with ASCII only (for consoles without Vietnamese or box-drawing glyphs).")
    var ascii = false

    @Flag(help: "No colours, even where the terminal has them (as NO_COLOR does).")
    var noColor = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let language = context.language
        var asOfDate = Labels.today()
        if let asOf {
            guard let parsed = Labels.parseDate(asOf) else {
                throw CommandSupport.Failure(message: language.pick(
                    vi: "--as-of: \"\(asOf)\" không phải ngày (YYYY-MM-DD hoặc dd/mm/yyyy)",
                    en: "--as-of: \"\(asOf)\" is not a date (YYYY-MM-DD or dd/mm/yyyy)"), code: 1)
            }
            asOfDate = parsed
        }
        let successors: AgencySuccessorProvider = (try? AgencyDirectory.bundled()).map { .directory($0) } ?? .none
        var configuration = DashboardConfiguration(language: language, user: context.user, initialPlanID: plan,
                                                   asOf: asOfDate, successors: successors)
        if context.store.isReadOnly { configuration.readOnlyStorePath = context.location.path }
        let options = CursesTerminal.Options(colors: noColor ? false : nil, asciiOnly: ascii)
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
