import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore
import Terminal

/// `kehoach dev terminal-bench`: times `present` in the real terminal (run it in a 200×60 tmux window,
/// release build). Prints the figures after leaving curses.
struct DevTerminalBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-bench",
        abstract: HelpText.text(.devTerminalBenchAbstract),
        shouldDisplay: false
    )

    @Option(help: HelpText.option(.devTerminalBenchFrames))
    var frames = 200

    @Option(help: HelpText.option(.devTerminalBenchOutput))
    var output: String?

    @Option(help: HelpText.option(.devTerminalBenchScrollKeys))
    var scrollKeys = 0

    @Option(help: HelpText.option(.devTerminalBenchPlan))
    var plan: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let terminal = CursesTerminal()
        let clock = ContinuousClock()
        let start = try clock.measure { try terminal.start() }
        let (width, height) = terminal.size
        let a = Self.frame(width: width, height: height, seed: 0)
        let b = Self.frame(width: width, height: height, seed: 1)

        let first = clock.measure { terminal.present(a) }
        let full = clock.measure {
            for i in 0..<frames { terminal.present(i % 2 == 0 ? b : a) }
        }
        var oneCell = a
        let unchanged = clock.measure {
            for _ in 0..<frames { terminal.present(oneCell) }
        }
        let cellChange = clock.measure {
            for i in 0..<frames {
                oneCell.put(i % 2 == 0 ? "X" : "Y", x: width / 2, y: height / 2, style: Style(.overdue))
                terminal.present(oneCell)
            }
        }
        let keyToFlush = try scrollKeys > 0 ? timeScrolling(on: terminal) : []
        terminal.stop()
        func perFrame(_ d: Duration) -> String {
            let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
            return String(format: "%.3f ms", ms / Double(frames))
        }
        let report = """
            terminal \(width)x\(height), \(frames) frames each
            start (locale, newterm, modes, colours): \(start)
            first frame (full repaint): \(first)
            full frame, every cell changed: \(perFrame(full)) per frame
            unchanged frame: \(perFrame(unchanged)) per frame
            one cell changed: \(perFrame(cellChange)) per frame

            """ + (keyToFlush.isEmpty ? "" : Self.summary(keyToFlush, keys: scrollKeys))
        print(report, terminator: "")
        if let output { try report.write(toFile: output, atomically: true, encoding: .utf8) }
    }

    /// The real dashboard on the real terminal: each `j` dispatched and its frame sent (key → flush), ms.
    private func timeScrolling(on terminal: CursesTerminal) throws -> [Double] {
        let context = try StoreContext.open(global, importBundled: false)
        let configuration = DashboardConfiguration(language: context.language, user: context.user, initialPlanID: plan,
                                                   asOf: Labels.today(), successors: .none)
        let runtime = DashboardRuntime(store: context.store, device: terminal, configuration: configuration)
        runtime.dispatch(.started)
        runtime.collectWholePlan(waiting: true)
        runtime.present()
        let clock = ContinuousClock()
        return (0..<scrollKeys).map { _ in
            let d = clock.measure {
                runtime.dispatch(.key(.char("j")))
                runtime.present()
            }
            return Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        }
    }

    static func summary(_ samples: [Double], keys: Int) -> String {
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
        return String(format: "dashboard, %d × j (key → flush): median %.3f ms, p99 %.3f ms\n", keys, median, p99)
    }

    /// Vietnamese rows in all styles, different for each seed so that every cell changes between seeds.
    static func frame(width: Int, height: Int, seed: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        let words = ["Sở Kế hoạch và Đầu tư", "UBND tỉnh Thái Nguyên", "chuyển đổi số", "中文", "quý IV/2025"]
        let roles = StyleRole.allCases
        for y in 0..<height {
            var x = 0
            var i = y + seed
            while x < width {
                let word = words[i % words.count] + (seed == 0 ? " · " : " | ")
                let style = Style(roles[(i + seed) % roles.count], selected: y == 5)
                let used = screen.put(word, x: x, y: y, width: width - x, style: style, ellipsis: false)
                if used == 0 { break }
                x += used
                i += 1
            }
        }
        return screen
    }
}
