import Foundation
import PlanKit
import PlanStore

/// How soon a second client learns of a change: one client edits, another (its own connection,
/// listening) watches its change token, which moves when the server's NOTIFY arrives — no query is
/// made to learn it. Timed from the moment the writer's commit is acknowledged to the moment the
/// watcher sees the token move (0 when the notification arrived first).
struct NoticeRun {
    let info: PostgresConnectionInfo
    let planID: String
    let key: StatusKey
    let samples: Int

    func run() throws -> [Double] {
        let writer = try PostgresStore(info: info)
        let watcher = try PostgresStore(info: info)
        defer { writer.close(); watcher.close() }
        var version = try writer.statuses(planID: planID)[key]?.version ?? 0
        var delays: [Double] = []
        for sample in 0..<samples {
            let before = try watcher.changeToken()
            let applied = try writer.apply([StatusChange(key: key, status: sample % 2 == 0 ? .done : .inProgress,
                                                         basedOnVersion: version)], planID: planID, by: "writer")
            let acknowledged = DispatchTime.now().uptimeNanoseconds
            version = applied.records[0].version
            // Bounded: a notification that never comes is reported, not waited on for ever.
            while try watcher.changeToken() == before {
                if LoadRun.milliseconds(since: acknowledged) > 5_000 { throw NoticeMissing(sample: sample) }
                usleep(50)
            }
            delays.append(max(0, LoadRun.milliseconds(since: acknowledged)))
        }
        return delays
    }

    struct NoticeMissing: Error, CustomStringConvertible {
        let sample: Int
        var description: String { "no notification reached the second client within 5 s (sample \(sample))" }
    }
}
