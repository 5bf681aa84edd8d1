import Foundation
import NIOCore
import PostgresNIO

/// What the session knows of its server without asking it: a closed socket says nothing when the network
/// drops or the server hangs, so an idle connection is pinged, and a ping unanswered in time counts as
/// lost. Read and written from the caller's threads and the event loop, under its own lock (never the
/// session's, which a caller holds while it waits on the event loop).
final class PostgresLiveness: @unchecked Sendable {
    /// An idle connection is pinged after this long without an answer from the server.
    static let quietLimit: Duration = .seconds(2)
    /// A ping, a connection attempt or its LISTEN unanswered this long: the server is taken as gone.
    static let answerLimit: Duration = .seconds(4)
    /// Between two reconnection attempts in the background.
    static let retryInterval: Duration = .seconds(1)

    enum Verdict: Equatable {
        /// Heard from recently, or a ping is on its way and not yet late.
        case alive
        /// Quiet for a while: send a ping (now marked as sent).
        case ping
        /// A ping went unanswered past the limit.
        case unanswered
    }

    private let lock = NSLock()
    private let clock = ContinuousClock()
    private var lastAnswer: ContinuousClock.Instant
    private var pingSent: ContinuousClock.Instant?
    private var reconnecting = false
    private var lastAttempt: ContinuousClock.Instant?

    init() { lastAnswer = clock.now }

    /// The server answered (a call, a ping, a new connection).
    func answered() {
        lock.lock()
        lastAnswer = clock.now
        pingSent = nil
        lock.unlock()
    }

    /// Judges an open connection, marking a ping as sent when one is due.
    func verdict() -> Verdict {
        lock.lock()
        defer { lock.unlock() }
        let now = clock.now
        if let pingSent {
            return now - pingSent > Self.answerLimit ? .unanswered : .alive
        }
        if now - lastAnswer > Self.quietLimit {
            pingSent = now
            return .ping
        }
        return .alive
    }

    /// Whether a background reconnection may start now (none running, the last one long enough ago);
    /// if so it is marked as running.
    func beginReconnect() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let now = clock.now
        if reconnecting { return false }
        if let lastAttempt, now - lastAttempt < Self.retryInterval { return false }
        reconnecting = true
        lastAttempt = now
        return true
    }

    var isReconnecting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return reconnecting
    }

    func endReconnect() {
        lock.lock()
        reconnecting = false
        lock.unlock()
    }

    /// A new connection starts quiet, with no ping outstanding.
    func reset() {
        lock.lock()
        lastAnswer = clock.now
        pingSent = nil
        lock.unlock()
    }
}

/// The server did not answer within `PostgresLiveness.answerLimit`.
struct PostgresUnanswered: Error, CustomStringConvertible {
    let what: String
    var description: String { "no answer from the server within \(PostgresLiveness.answerLimit) (\(what))" }
}

extension EventLoopFuture {
    /// Waits for the value, at most `limit`; `lateValue` receives a value that arrives after the wait gave up
    /// (a connection made too late must still be closed).
    func wait(atMost limit: Duration, what: String, lateValue: @escaping @Sendable (Value) -> Void = { _ in }) throws -> Value
    where Value: Sendable {
        let promise = eventLoop.makePromise(of: Value.self)
        let components = limit.components
        let nanoseconds = components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
        let timer = eventLoop.scheduleTask(in: .nanoseconds(nanoseconds)) {
            promise.fail(PostgresUnanswered(what: what))
        }
        whenComplete { result in
            timer.cancel()
            // A second completion of a promise is ignored: the value came after the deadline.
            promise.completeWith(result)
        }
        do {
            return try promise.futureResult.wait()
        } catch let error as PostgresUnanswered {
            whenSuccess(lateValue)
            throw error
        }
    }
}

/// The connection closed under a statement that was still waiting for its answer.
struct PostgresConnectionLost: Error, CustomStringConvertible {
    var description: String { "the connection to the server was lost" }
}

extension EventLoopFuture {
    /// Waits for the value for as long as the statement takes, but not past the connection's end: a query
    /// sent as the server closed the connection was seen never to complete (the dashboard then hung
    /// in the middle of a reload, the server long gone), so the wait looks at the connection meanwhile.
    func waitWhileOpen(_ connection: PostgresConnection) throws -> Value where Value: Sendable {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome<Value>()
        whenComplete { result in
            outcome.set(result)
            done.signal()
        }
        while done.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            guard connection.isClosed else { continue }
            // One more moment for an answer racing with the close.
            if done.wait(timeout: .now() + .milliseconds(100)) == .timedOut { throw PostgresConnectionLost() }
            break
        }
        return try outcome.get()
    }
}

/// The result of a future, handed from its event loop to the waiting thread.
private final class Outcome<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func set(_ result: Result<Value, any Error>) { lock.withLock { self.result = result } }

    func get() throws -> Value {
        guard let result = lock.withLock({ self.result }) else { throw PostgresConnectionLost() }
        return try result.get()
    }
}
