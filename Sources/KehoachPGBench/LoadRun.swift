import Foundation
import PlanKit
import PlanStore

/// Many clients editing statuses of the same few tasks at once, each on its own connection, as the
/// agencies' dashboards of a province would. Each client edits from the version it last saw; an edit
/// based on an old version is refused (a conflict, counted), and the client then knows the current one.
struct LoadRun {
    let info: PostgresConnectionInfo
    let planID: String
    let keys: [StatusKey]
    let clients: Int
    let editsPerClient: Int

    struct Acknowledged: Sendable {
        var batch: Int64
        var key: StatusKey
        var version: Int
    }

    struct Outcome {
        var acknowledged: [Acknowledged] = []
        var conflicts = 0
        var failures: [String] = []
        var latenciesMs: [Double] = []
        var seconds = 0.0
    }

    /// What the clients' threads hand in when they finish.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var total = Outcome()

        func add(_ part: Outcome) {
            lock.lock()
            total.acknowledged += part.acknowledged
            total.conflicts += part.conflicts
            total.failures += part.failures
            total.latenciesMs += part.latenciesMs
            lock.unlock()
        }

        var outcome: Outcome {
            lock.lock()
            defer { lock.unlock() }
            return total
        }
    }

    func run() throws -> Outcome {
        let collected = Collected()
        let start = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        let statuses: [TaskStatus] = [.inProgress, .done, .suspended, .notStarted]
        for client in 0..<clients {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                var mine = Outcome()
                do {
                    let store = try PostgresStore(info: info)
                    defer { store.close() }
                    var known: [StatusKey: Int] = [:]
                    var random = SeededRandom(seed: UInt64(client + 1))
                    start.wait()
                    for edit in 0..<editsPerClient {
                        let key = keys[random.next(below: keys.count)]
                        let change = StatusChange(key: key, status: statuses[(client + edit) % statuses.count],
                                                  progress: (client * 7 + edit) % 101, basedOnVersion: known[key] ?? 0)
                        let began = DispatchTime.now().uptimeNanoseconds
                        do {
                            let applied = try store.apply([change], planID: planID, by: "client-\(client)")
                            mine.latenciesMs.append(Self.milliseconds(since: began))
                            for record in applied.records {
                                known[record.key] = record.version
                                mine.acknowledged.append(Acknowledged(batch: applied.batch, key: record.key, version: record.version))
                            }
                        } catch StoreError.conflict(_, let current, _) {
                            mine.latenciesMs.append(Self.milliseconds(since: began))
                            mine.conflicts += 1
                            known[key] = current.version
                        }
                    }
                } catch {
                    mine.failures.append("client \(client): \(error)")
                }
                collected.add(mine)
            }
        }
        // Every client connected before the clock starts: connecting is not editing.
        Thread.sleep(forTimeInterval: 1)
        let began = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<clients { start.signal() }
        group.wait()
        var outcome = collected.outcome
        outcome.seconds = Self.milliseconds(since: began) / 1000
        return outcome
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}

/// The same numbers on every run: a bench compares runs.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next(below bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }
}
