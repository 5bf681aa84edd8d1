import Foundation

/// One piece of work on a thread of its own, whose value the run loop collects with `take()` (or waits for
/// with `wait()`) while it keeps taking keys. Work no longer wanted is dropped: its value is never taken.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // `value` is written once by the working thread and taken by the run loop, under `lock`.
    private let lock = NSLock()
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let result = work()
            lock.withLock { value = result }
            done.signal()
        }
        // Building a 100,000-task plan's tables needs more than a secondary thread's default stack on some systems.
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The value if the work has finished; nil while it runs. Given once.
    func take() -> Value? {
        lock.withLock {
            defer { value = nil }
            return value
        }
    }

    /// Blocks until the work has finished (a harness that wants its value before it measures).
    func wait() -> Value? {
        done.wait()
        done.signal()
        return take()
    }
}
