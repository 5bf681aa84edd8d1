import Foundation
import PlanKit
import PlanStore

/// What the test writers share: the statuses they cycle through, and unbuffered output lines.
enum DevWriting {
    /// The status keys of a plan's first `limit` tasks (this year's instance for yearly tasks).
    static func keys(of plan: Plan, limit: Int) -> [StatusKey] {
        let year = Labels.today().year
        return plan.tasks.prefix(max(1, limit)).map { task in
            StatusKey(taskCode: task.code, year: task.timeframe.hasYearlyInstances ? year : nil)
        }
    }

    /// One line straight to the file descriptor (write(2), no stdio buffer): when the line is out, it is
    /// out, even if the process is killed the next instant.
    static func emit(_ line: String) {
        StandardOutput.write(line + "\n")
    }

    static func status(for index: Int) -> TaskStatus { index % 2 == 0 ? .inProgress : .done }
}
