import Foundation

/// Counts units of work (characters looked at, steps taken) where a test asks for it, so a test can check
/// how work grows with its input without timing anything. Off (nil) outside such a test: one task-local
/// read per call.
public final class WorkMeter: @unchecked Sendable {
    @TaskLocal public static var current: WorkMeter?

    private let lock = NSLock()
    private var total = 0

    public init() {}

    public var count: Int { lock.withLock { total } }

    public static func add(_ units: Int) {
        guard let meter = current else { return }
        meter.lock.withLock { meter.total += units }
    }
}
