import Dashboard
import Foundation
import PlanKit
import PlanStore

/// Open the store and draw the first frame; key → frame for the moves a meeting makes; a status edit.
enum DashboardBenchmark {
    static let width = 200, height = 60

    static func run(taskCount: Int, fixture: ScaleFixture, into report: inout Report) throws {
        let label = "\(taskCount / 1000)k"
        var store: SQLiteStore?
        let open = try Measure.milliseconds { store = try SQLiteStore(path: fixture.databasePath) }
        guard let store else { throw BenchError("the store did not open") }
        let device = MemoryTerminal(width: width, height: height)
        let configuration = DashboardConfiguration(language: .vi, user: "bench", initialPlanID: fixture.planID,
                                                   asOf: CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0),
                                                   successors: .none)
        var runtime: DashboardRuntime?
        var firstRows: Double?
        let firstFrame = Measure.milliseconds {
            let r = DashboardRuntime(store: store, device: device, configuration: configuration)
            firstRows = Measure.milliseconds {
                r.dispatch(.started)
                r.present()
            }
            // A large plan's first frame is its first page; the whole plan loads in the background.
            if r.collectWholePlan(waiting: true) { r.present() } else { firstRows = nil }
            runtime = r
        }
        guard let runtime, device.last?.text.contains(fixture.taskCodes[0]) == true else {
            throw BenchError("the first frame does not show the first task")
        }
        // The run loop's first idle wait (250 ms without a key) builds the panes not yet shown, as a
        // user reading the first screen gives it time to.
        runtime.dispatch(.tick)
        report.add("\(label): open the store", open, "ms")
        if let firstRows {
            report.add("\(label): first rows of the matrix after open (its first page, 200×60)", firstRows, "ms")
        }
        report.add("\(label): first full frame of the matrix after open (200×60)", firstFrame, "ms",
                   goal: taskCount == 100_000 ? "< 300 ms" : "", met: taskCount == 100_000 ? firstFrame < 300 : nil)

        func keys(_ sequence: [Key], repeat count: Int) -> [Double] {
            Measure.samples(count) { i in
                runtime.dispatch(.key(sequence[i % sequence.count]))
                runtime.present()
            }
        }
        func row(_ name: String, _ samples: [Double], goal: Double) {
            let p99 = Measure.percentile(samples, 99)
            report.add("\(label): \(name) key → frame, median", Measure.median(samples), "ms")
            report.add("\(label): \(name) key → frame, p99", p99, "ms", goal: "< \(Int(goal)) ms", met: p99 < goal)
        }
        row("scroll (j/k)", keys([.char("j")], repeat: 300) + keys([.char("k")], repeat: 100), goal: 5)
        row("page (PgDn/PgUp)", keys([.pageDown], repeat: 100) + keys([.pageUp], repeat: 100), goal: 5)
        // A search: open, type a diacritic-free query one key at a time, accept; then clear.
        let query = "so tai chinh tinh lao cai"
        var search: [Double] = []
        for _ in 0..<5 {
            search += keys([.char("/")], repeat: 1)
            search += keys(query.map { Key.char($0) }, repeat: query.count)
            search += keys([.enter], repeat: 1)
            search += keys([.char("n")], repeat: 3)
            _ = keys([.escape], repeat: 1)
        }
        row("search over all tasks", search, goal: 30)
        row("switch pane (1–4)", keys([.char("1"), .char("2"), .char("3"), .char("4")], repeat: 40) + keys([.char("2")], repeat: 1),
            goal: 30)
        let filter = filterByAgency(runtime)
        row("filter by agency", filter, goal: 30)
        _ = keys([.char("4")], repeat: 1)
        row("zoom/scroll the timeline (+ - → ←)", keys([.char("+"), .char("+"), .right, .char("-"), .left, .char("-")], repeat: 60),
            goal: 30)
        _ = keys([.char("2")], repeat: 1)

        // A status edit acknowledged by the store (synchronous=FULL).
        var version = [String: Int]()
        for (key, record) in try store.statuses(planID: fixture.planID) where key.year == nil {
            version[key.taskCode] = record.version
        }
        let codes = fixture.singleStatusCodes
        let edits = try Measure.samples(300) { i in
            let code = codes[(i * 7919) % codes.count]
            let status: TaskStatus = i % 2 == 0 ? .inProgress : .notStarted
            let applied = try store.apply([StatusChange(key: StatusKey(taskCode: code), status: status,
                                                        basedOnVersion: version[code] ?? 0)],
                                          planID: fixture.planID, by: "bench")
            version[code] = applied.records.first?.version
        }
        report.add("\(label): status edit acknowledged, median", Measure.median(edits), "ms", goal: "< 10 ms",
                   met: Measure.median(edits) < 10)
        report.add("\(label): status edit acknowledged, p99", Measure.percentile(edits, 99), "ms")
    }

    /// `f`, then down to the agency section's first entry, toggle it, close: each key timed with its frame.
    private static func filterByAgency(_ runtime: DashboardRuntime) -> [Double] {
        var samples: [Double] = []
        for _ in 0..<5 {
            // Open the picker, walk down to an agency, toggle it (the filter applies), close; then clear it.
            for key in [Key.char("f")] + Array(repeating: Key.down, count: 12) + [.char(" "), .escape, .char("f"), .char("x"), .escape] {
                samples.append(Measure.milliseconds {
                    runtime.dispatch(.key(key))
                    runtime.present()
                })
            }
        }
        return samples
    }
}
