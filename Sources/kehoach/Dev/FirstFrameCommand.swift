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
        abstract: HelpText.text(.firstFrameAbstract),
        discussion: HelpText.examples("  kehoach dev first-frame --db /tmp/big.sqlite --width 200 --visit-panes")
    )

    @Option(help: HelpText.option(.firstFramePlan))
    var plan: String?

    @Option(help: HelpText.option(.firstFrameWidth))
    var width = 200

    @Option(help: HelpText.option(.firstFrameHeight))
    var height = 60

    @Flag(help: HelpText.option(.firstFrameVisitPanes))
    var visitPanes = false

    @Option(help: HelpText.option(.firstFrameScrollFrames))
    var scrollFrames = 0

    @Option(help: HelpText.option(.firstFrameSearch))
    var search: String?

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
        if let search {
            let before = clock.now
            runtime.dispatch(.key(.char("/")))
            runtime.present()
            for letter in search {
                runtime.dispatch(.key(.char(letter)))
                runtime.present()
            }
            let typed = clock.now
            runtime.dispatch(.key(.enter))
            runtime.present()
            print("search typed: \(ms(typed - before)) ms; Enter: \(ms(clock.now - typed)) ms")
        }
        // VmHWM belongs to this address space alone (getrusage's peak carries over from the spawning process).
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
            print("peak memory: \(line.dropFirst(6).trimmingCharacters(in: .whitespaces))")
        }
    }
}
