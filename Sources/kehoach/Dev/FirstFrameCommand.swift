import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore

/// Opens the store and draws the dashboard's first frame into memory, then exits: the cold-start figure
/// (`time kehoach dev first-frame …`) without a terminal.
struct FirstFrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "first-frame",
        abstract: HelpText.text(vi: "Mở kho, vẽ khung hình đầu của ma trận nhiệm vụ trong bộ nhớ, in thời gian.",
                                en: "Open the store, draw the first frame of the task matrix in memory, print the times."),
        discussion: HelpText.examples("  kehoach dev first-frame --db /tmp/big.sqlite --width 200 --visit-panes")
    )

    @Option(help: HelpText.option(vi: "Kế hoạch cần mở (mặc định: kế hoạch xem lần cuối, nếu không thì kế hoạch đầu tiên).", en: "The plan to open (default: the last viewed, else the first)."))
    var plan: String?

    @Option(help: HelpText.option(vi: "Số cột của màn hình trong bộ nhớ.", en: "Columns of the in-memory screen."))
    var width = 200

    @Option(help: HelpText.option(vi: "Số dòng của màn hình trong bộ nhớ.", en: "Rows of the in-memory screen."))
    var height = 60

    @Flag(help: HelpText.option(vi: "Sau đó chuyển sang khung 3 và 4 và đo lần hiện đầu tiên (chúng được dựng khi hiện lần đầu).", en: "Then switch to panes 3 and 4 and time their first showing (they are built when first shown)."))
    var visitPanes = false

    @Option(help: HelpText.option(vi: "Sau khung đầu, nhấn j từng lần một và vẽ lại sau mỗi lần, bấy nhiêu lần (đếm lệnh máy cho một khung hình cuộn: bench/callgrind.sh).", en: "After the first frame, press j this many times, one frame after each (the instruction count of one scrolling frame: bench/callgrind.sh)."))
    var scrollFrames = 0

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let context = try StoreContext.open(global, importBundled: false)
        let opened = clock.now
        let device = MemoryTerminal(width: width, height: height)
        let configuration = DashboardConfiguration(language: context.language, user: context.user, initialPlanID: plan,
                                                   asOf: Labels.today(), successors: .none)
        let runtime = DashboardRuntime(store: context.store, device: device, configuration: configuration)
        runtime.dispatch(.started)
        runtime.present()
        let drawn = clock.now
        let firstTasks = runtime.state.document?.plan.tasks.count ?? 0
        // A large plan's first frame is its first page: the whole plan loads in the background.
        let partial = runtime.collectWholePlan(waiting: true)
        if partial { runtime.present() }
        let whole = clock.now
        guard let screen = device.last else { throw CommandSupport.Failure(message: "no frame was drawn", code: 1) }
        func ms(_ d: Duration) -> String { String(format: "%.1f", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
        print("open store: \(ms(opened - start)) ms; first frame after open: \(ms(drawn - opened)) ms"
              + (partial ? " (first \(firstTasks) tasks); whole plan drawn: \(ms(whole - opened)) ms" : "")
              + "; tasks: \(runtime.state.document?.plan.tasks.count ?? 0); rows drawn: \(screen.height)")
        // The agencies and timeline panes are built when first shown: time those first visits too.
        for pane in visitPanes ? ["3", "4"] : [] {
            let before = clock.now
            runtime.dispatch(.key(.char(Character(pane))))
            runtime.present()
            print("first switch to pane \(pane): \(ms(clock.now - before)) ms")
        }
        if scrollFrames > 0 {
            let before = clock.now
            for _ in 0..<scrollFrames {
                runtime.dispatch(.key(.char("j")))
                runtime.present()
            }
            print("\(scrollFrames) scrolling frames: \(ms(clock.now - before)) ms; rows redrawn: \(device.rowsRedrawn)")
        }
        // VmHWM belongs to this address space alone (getrusage's peak carries over from the spawning process).
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
            print("peak memory: \(line.dropFirst(6).trimmingCharacters(in: .whitespaces))")
        }
    }
}
