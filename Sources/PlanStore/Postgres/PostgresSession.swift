import Foundation
import PostgresNIO

/// A value bound to a `$n` parameter.
enum PGValue {
    case text(String?)
    case bigint(Int64?)
    case real(Double?)
    case bool(Bool?)
    case bytes(Data?)

    static func int(_ value: Int64?) -> PGValue { .bigint(value) }
    static func int(_ value: Int?) -> PGValue { .bigint(value.map(Int64.init)) }
}

/// One connection used synchronously: the `Store` protocol is synchronous, so each call waits on a
/// future that the connection's own event loop completes. The caller is never that event loop (it
/// belongs to the NIO group, not to the caller's threads), so waiting cannot deadlock; calls from
/// several threads are serialised by a lock, as one SQLite queue serialises them.
final class PostgresSession: @unchecked Sendable {
    let info: PostgresConnectionInfo
    /// Called on the event loop for every NOTIFY on `channel` (another process or this one committed).
    private let onNotify: @Sendable () -> Void
    private let channel: String
    private let lock = NSLock()
    private var connection: PostgresConnection?
    /// Set by `close()`, under the lock: no connection is made after it, not even by a reconnection
    /// that was waiting for the lock while the session closed.
    private var closed = false
    private let liveness = PostgresLiveness()
    private let logger: Logger = {
        var logger = Logger(label: "kehoach.postgres")
        // The dashboard owns the terminal: the library must never print on it.
        logger.logLevel = .critical
        return logger
    }()

    init(info: PostgresConnectionInfo, listenOn channel: String, onNotify: @escaping @Sendable () -> Void) throws {
        self.info = info
        self.channel = channel
        self.onNotify = onNotify
        lock.lock()
        defer { lock.unlock() }
        _ = try connected()
    }

    deinit {
        _ = try? connection?.close().wait()
    }

    /// Whether the session holds a connection that the server has not been found gone on. Never waits on
    /// the server; while a call holds the connection, it is as alive as that call will tell.
    var isOnline: Bool {
        guard lock.try() else { return isBusyWithCall }
        defer { lock.unlock() }
        return connection.map { !$0.isClosed } ?? false
    }

    /// Throws at once while the server is unreachable, starting a reconnection in the background if none
    /// runs; pings an idle connection without waiting for the answer, and drops one whose ping went
    /// unanswered. Never waits on the server: the dashboard polls this between keys.
    func checkLiveness() throws {
        if lock.try() {
            defer { lock.unlock() }
            if let connection, !connection.isClosed {
                switch liveness.verdict() {
                case .alive:
                    return
                case .ping:
                    let liveness = self.liveness
                    connection.query(PostgresQuery(unsafeSQL: "SELECT 1"), logger: logger).whenSuccess { _ in liveness.answered() }
                    return
                case .unanswered:
                    // A hung server or a dropped network: the socket may stay open for many minutes.
                    Self.closeWithoutWaiting(connection)
                }
            }
            connection = nil
        } else if isBusyWithCall {
            return
        }
        reconnectInBackground()
        throw PostgresUnanswered(what: "offline")
    }

    /// The lock is held by a caller's call or by a reconnection; only the first says the server is there.
    private var isBusyWithCall: Bool { !liveness.isReconnecting }

    private func reconnectInBackground() {
        guard liveness.beginReconnect() else { return }
        Thread.detachNewThread { [self] in
            lock.lock()
            _ = try? connected()
            lock.unlock()
            liveness.endReconnect()
        }
    }

    /// Connects again if the connection was lost; throws while the server cannot be reached.
    func ensureConnected() throws {
        lock.lock()
        defer { lock.unlock() }
        _ = try connected()
    }

    /// The open connection, or a new one (after a server restart or a dropped network) that listens again.
    private func connected() throws -> PostgresConnection {
        if closed { throw Closed() }
        if let connection, !connection.isClosed { return connection }
        connection = nil
        let tls: PostgresConnection.Configuration.TLS
        switch info.sslMode {
        case .disable, .allow:
            tls = .disable
        case .prefer, .require, .verifyCA, .verifyFull:
            var configuration = TLSConfiguration.makeClientConfiguration()
            // libpq's prefer and require encrypt without checking the certificate; verify-* check it.
            if info.sslMode == .prefer || info.sslMode == .require { configuration.certificateVerification = .none }
            if info.sslMode == .verifyCA { configuration.certificateVerification = .noHostnameVerification }
            let context = try NIOSSLContext(configuration: configuration)
            tls = info.sslMode == .prefer ? .prefer(context) : .require(context)
        }
        var configuration = PostgresConnection.Configuration(host: info.host, port: info.port, username: info.user,
                                                             password: info.password, database: info.database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        // Each step has a deadline: a hung server accepts the socket and then never answers.
        let connection = try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(),
                                                        configuration: configuration, id: 1, logger: logger)
            .wait(atMost: PostgresLiveness.answerLimit, what: "connect", lateValue: { Self.closeWithoutWaiting($0) })
        let notify = onNotify
        do {
            // Our own commits are counted when they commit; their echo would count them twice, late.
            let ownPID = try connection.query(PostgresQuery(unsafeSQL: "SELECT pg_backend_pid()"), logger: logger)
                .wait(atMost: PostgresLiveness.answerLimit, what: "pg_backend_pid")
                .first?.makeRandomAccess()[0].decode(Int32.self)
            let liveness = self.liveness
            connection.addListener(channel: channel) { _, message in
                // A notification is an answer too: the server is there.
                liveness.answered()
                if message.backendPID != ownPID { notify() }
            }
            _ = try connection.query(PostgresQuery(unsafeSQL: "LISTEN \(channel)"), logger: logger)
                .wait(atMost: PostgresLiveness.answerLimit, what: "LISTEN")
        } catch {
            Self.closeWithoutWaiting(connection)
            throw error
        }
        liveness.reset()
        self.connection = connection
        // Whatever happened while offline is unknown: count it as a change.
        notify()
        return connection
    }

    /// Closes in the background; the connection is kept until it is closed (PostgresNIO asserts that no
    /// connection is released open).
    private static func closeWithoutWaiting(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Runs `body` inside one transaction; any error rolls it back.
    func transaction<T>(_ body: (Transaction) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let transaction = Transaction(connection: try connected(), logger: logger)
        try transaction.execute("BEGIN")
        do {
            let result = try body(transaction)
            try transaction.execute("COMMIT")
            liveness.answered()
            return result
        } catch {
            _ = try? transaction.execute("ROLLBACK")
            throw error
        }
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        closed = true
        _ = try? connection?.close().wait()
        connection = nil
    }

    /// A call after `close()`.
    struct Closed: Error, CustomStringConvertible {
        var description: String { "the connection to the server was closed" }
    }

    /// Statements of one transaction on the session's connection.
    struct Transaction {
        let connection: PostgresConnection
        let logger: Logger

        @discardableResult
        func execute(_ sql: String, _ values: [PGValue] = []) throws -> Int {
            let result = try run(sql, values)
            return result.metadata.rows ?? 0
        }

        func rows(_ sql: String, _ values: [PGValue] = []) throws -> [PostgresRandomAccessRow] {
            try run(sql, values).map { $0.makeRandomAccess() }
        }

        func row(_ sql: String, _ values: [PGValue] = []) throws -> PostgresRandomAccessRow? {
            try rows(sql, values).first
        }

        private func run(_ sql: String, _ values: [PGValue]) throws -> PostgresQueryResult {
            var binds = PostgresBindings(capacity: values.count)
            for value in values {
                switch value {
                case .text(let text): try binds.append(text)
                case .bigint(let int): try binds.append(int)
                case .real(let real): try binds.append(real)
                case .bool(let bool): try binds.append(bool)
                case .bytes(let data): try binds.append(data)
                }
            }
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).waitWhileOpen(connection)
        }
    }

    /// What the server said, for messages: PostgresNIO's own description hides it on purpose.
    static func describe(_ error: Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return message + detail
            }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// SQLSTATE of a server error ("42501" insufficient privilege), nil for other errors.
    static func sqlState(_ error: Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}

extension PostgresRandomAccessRow {
    func value<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try self[index].decode(T.self)
    }
}
