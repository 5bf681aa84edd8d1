import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import Terminal

/// `kehoach` with no command: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: HelpText.text(vi: "Mở bảng theo dõi — điều `kehoach` làm khi không có lệnh.",
                                en: "Open the dashboard (mở bảng theo dõi) — what `kehoach` alone does."),
        discussion: HelpText.text(vi: """
        Mở kế hoạch --plan, nếu không thì kế hoạch xem lần cuối, nếu không nữa thì kế hoạch kèm sẵn đầu \
        tiên (kho mới được nạp các kế hoạch kèm sẵn trước). Bấm ? bên trong để xem mọi phím; q để thoát.

        $XDG_CONFIG_HOME/kehoach/config.toml (hoặc ~/.config/kehoach/config.toml) có thể đặt language ("vi" \
        hoặc "en"), plan, user, theme ("dark" hoặc "light") và mouse (true hoặc false); dòng lệnh được ưu \
        tiên hơn.
        """, en: """
        Opens on --plan, else on the plan viewed last, else on the first bundled plan (a new store gets the
        bundled plans first). Press ? inside for every key; q quits.

        $XDG_CONFIG_HOME/kehoach/config.toml (else ~/.config/kehoach/config.toml) may set language ("vi" or "en"),
        plan, user, theme ("dark" or "light") and mouse (true or false); the command line wins over it.
        """) + "\n\n" + HelpText.examples("""
          kehoach
          kehoach --plan kon-tum-3785 --as-of 2026-11-23
          kehoach --lang en --ascii
        """)
    )

    @Option(help: HelpText.option(vi: "Kế hoạch cần mở: mã (kon-tum-3785), số hoặc vài chữ trong tên.", en: "The plan to open: its id (kon-tum-3785), number or words of its title."),
            completion: StoreCompletion.planIDs)
    var plan: String?

    @Option(help: HelpText.option(vi: "Ngày dùng để đánh giá tình trạng (31/12/2026, 2026-12-31, \"hôm nay\", \"cuối quý\"; mặc định hôm nay).", en: "The day standings are judged on (31/12/2026, 2026-12-31, \"hôm nay\", \"cuối quý\"; default today)."))
    var asOf: String?

    @Flag(help: HelpText.option(vi: "Chỉ vẽ bằng ký tự ASCII (cho màn hình không có chữ Việt hoặc ký tự kẻ khung).", en: "Draw with ASCII only (for consoles without Vietnamese or box-drawing glyphs)."))
    var ascii = false

    @Flag(help: HelpText.option(vi: "Không dùng màu, kể cả khi cửa sổ dòng lệnh có màu (như NO_COLOR).", en: "No colours, even where the terminal has them (as NO_COLOR does)."))
    var noColor = false

    @Flag(help: HelpText.option(vi: "Bấm chuột chọn dòng và thẻ, con lăn để cuộn (khi đó muốn bôi đen chữ phải giữ Shift).", en: "Clicks select rows and tabs, the wheel scrolls (the terminal's text selection then needs Shift)."))
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
