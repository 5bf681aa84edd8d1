import Wording
import ArgumentParser
import Foundation
import PlanKit
import PlanStore

/// Measures what people feel: how long an acknowledged status edit takes, and how long opening the
/// store and loading a plan takes. Run by hand on a release build; not a timed test.
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: HelpText.text(.benchStoreAbstract),
        discussion: HelpText.text(.benchStoreDiscussion) + "\n\n" + HelpText.examples("""
          swift build -c release
          .build/release/kehoach dev bench-store --count 1000
        """)
    )

    @Option(help: HelpText.option(.benchStoreCount))
    var count = 1000

    @Option(help: HelpText.option(.benchStoreOpens))
    var opens = 50

    @Option(help: HelpText.option(.benchStoreSyntheticTasks))
    var syntheticTasks = 0

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var options = global
        let scratch = FileManager.default.temporaryDirectory.path + "/kehoach-bench-\(getpid())"
        if options.databasePath == nil { options.databasePath = scratch + "/kehoach.sqlite" }
        defer { if global.databasePath == nil { try? FileManager.default.removeItem(atPath: scratch) } }

        let clock = ContinuousClock()
        var context: StoreContext?
        let firstOpen = clock.measure { context = try? StoreContext.open(options) }
        guard let context else {
            throw CommandSupport.Failure(message: "bench-store: cannot open \(options.databasePath ?? "")", code: 1)
        }
        print("database: \(context.location.path)")
        print("first open + migrate + import bundled plans: \(Self.ms(firstOpen))")
        if syntheticTasks > 0 {
            let synthetic = SyntheticPlans()
            let result = try PlanImporter.importPlan(text: synthetic.planText(number: 9001, taskCount: syntheticTasks),
                                                     directory: synthetic.directory(extending: try AgencyDirectory.bundled()))
            let imported = try clock.measure {
                _ = try context.store.importPlan(result.plan, sourceText: result.normalizedText, by: "bench")
            }
            print("import synthetic plan (\(result.plan.tasks.count) tasks) into the store: \(Self.ms(imported))")
        }
        // The largest plan: the one where loading costs most.
        guard let summary = try context.store.plans().max(by: { $0.taskCount < $1.taskCount }) else {
            throw CommandSupport.Failure(message: "bench-store: no plan in \(context.location.path)", code: 1)
        }

        var openTimes: [Duration] = []
        for _ in 0..<opens {
            openTimes.append(try clock.measure {
                let store = try SQLiteStore(path: context.location.path)
                _ = try store.plan(id: summary.id)
                _ = try store.statuses(planID: summary.id)
            })
        }
        print("open store + load plan \(summary.id) (\(summary.taskCount) tasks) + statuses: "
              + Self.describe(openTimes))

        let keys = DevWriting.keys(of: try context.store.plan(id: summary.id) ?? Plan.empty, limit: 5)
        var versions = try context.store.statuses(planID: summary.id).mapValues(\.version)
        var editTimes: [Duration] = []
        for index in 0..<count {
            let key = keys[index % keys.count]
            let change = StatusChange(key: key, status: DevWriting.status(for: index), progress: index % 101,
                                      note: "bench \(index)", basedOnVersion: versions[key] ?? 0)
            var applied: AppliedChanges?
            editTimes.append(try clock.measure { applied = try context.store.apply([change], planID: summary.id, by: "bench") })
            versions[key] = applied?.records.first?.version
        }
        print("acknowledged status edit (\(count)): " + Self.describe(editTimes))

        var tokenTimes: [Duration] = []
        for _ in 0..<1000 { tokenTimes.append(try clock.measure { _ = try context.store.changeToken() }) }
        print("change token poll: " + Self.describe(tokenTimes))
    }

    static func describe(_ times: [Duration]) -> String {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return "no samples" }
        let median = sorted[sorted.count / 2]
        let p95 = sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
        return "median \(ms(median)), p95 \(ms(p95)), min \(ms(sorted[0])), max \(ms(sorted[sorted.count - 1]))"
    }

    static func ms(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.3f ms", value)
    }
}

private extension Plan {
    static var empty: Plan {
        Plan(identity: PlanIdentity(issuer: "", province: nil, number: nil, date: nil, title: "", signer: nil),
             sourceDigest: "", objectives: [], groups: [], tasks: [], duties: [], reporting: [], footnotes: [])
    }
}
