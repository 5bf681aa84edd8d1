import Foundation
import TestServers
@testable import PlanStore

/// The store tests' PostgreSQL server: one throw-away server per test process, started on first use and
/// removed at its exit; tests that stop or freeze a server start their own.
typealias PostgresTestServer = ThrowawayPostgres

private let sharedLock = NSLock()
nonisolated(unsafe) private var sharedServer: ThrowawayPostgres?

extension ThrowawayPostgres {
    /// The server of this test process, started on first use.
    static func shared() throws -> ThrowawayPostgres {
        sharedLock.lock()
        defer { sharedLock.unlock() }
        if let sharedServer { return sharedServer }
        let server = try ThrowawayPostgres()
        sharedServer = server
        atexit { sharedServer?.remove() }
        return server
    }

    /// A server of the caller's own, for tests that stop it; the caller removes it.
    static func startPrivate() throws -> ThrowawayPostgres { try ThrowawayPostgres() }

    /// A fresh, empty database on the server for one test; its connection details.
    func createDatabase() throws -> PostgresConnectionInfo {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try psql("CREATE DATABASE \(name)", database: "postgres")
        return info(database: name)
    }

    func info(database: String, user: String? = nil, password: String? = nil) -> PostgresConnectionInfo {
        PostgresConnectionInfo(host: "127.0.0.1", port: port, user: user ?? superuser, password: password,
                               database: database, sslMode: .disable)
    }
}
