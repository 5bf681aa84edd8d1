import Foundation
import Testing
@testable import PlanStore

/// The store tests run once per backend: the embedded SQLite file and a PostgreSQL server.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// Every backend that can run here. PostgreSQL is left out only outside CI and only when this
    /// machine has no server binaries, and then the reason is printed; in CI it is always in.
    static let available: [StoreBackend] = {
        if !PostgresTestServer.isCI, let reason = PostgresTestServer.unavailableReason {
            print("PlanStoreTests: PostgreSQL store tests skipped: \(reason)")
            return [.sqlite]
        }
        return allCases
    }()

    /// An empty store of this backend, and a way to open it again (another connection, another process).
    func makeStore() throws -> StoreHandle {
        switch self {
        case .sqlite:
            return StoreHandle(directory: try TemporaryDirectory(), postgres: nil)
        case .postgres:
            return StoreHandle(directory: nil, postgres: try PostgresTestServer.shared().createDatabase())
        }
    }
}

/// One test's store: a SQLite file in a temporary directory or a fresh database on the test server.
final class StoreHandle {
    let directory: TemporaryDirectory?
    let postgres: PostgresConnectionInfo?

    init(directory: TemporaryDirectory?, postgres: PostgresConnectionInfo?) {
        self.directory = directory
        self.postgres = postgres
    }

    func openStore() throws -> any SourceFileStore {
        if let postgres { return try PostgresStore(info: postgres) }
        return try directory!.openStore()
    }

    /// What `--db` is given for this store: the file's path or the server's URL.
    var location: String {
        if let postgres { return postgres.displayURL + "?sslmode=disable" }
        return directory!.databasePath
    }

    /// How messages name the store: the path, or the URL without a password.
    var displayName: String { postgres?.displayURL ?? directory!.databasePath }

    /// SQLite's own check of the file; a server keeps its own pages.
    func expectIntact(_ store: any Store) throws {
        if let sqlite = store as? SQLiteStore { #expect(try sqlite.integrityCheck() == "ok") }
    }
}

/// Waits up to `seconds` for `condition`: another connection's change arrives asynchronously.
func eventually(within seconds: Double = 2, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return try condition()
}
