import Foundation
import PlanKit
import PostgresNIO

/// The shared store of a province: the same `Store` over a PostgreSQL server. Every call is one
/// transaction on the session's connection. Writers take one advisory lock before reading anything,
/// as SQLite's IMMEDIATE transactions take the write lock, so the version check and the write of an
/// edit are never split by another writer and conflicts are judged exactly as in SQLite.
/// Changes are learned by LISTEN/NOTIFY: every write notifies, and `changeToken` counts the
/// notifications this connection received, so watching the store costs the server nothing.
public final class PostgresStore: Store {
    public let info: PostgresConnectionInfo
    let session: PostgresSession
    static let channel = "kehoach_change"
    private let notifications: NotificationCounter
    /// The agency this login speaks for (`admin grant`), nil for a coordinator or an unmanaged store.
    public let loginAgency: String?
    /// `@LOGIN` for an agency's or a leader's login, whose preferences are rows of their own
    /// (`NAME@LOGIN`): a read-only leader still keeps its last plan, and agencies do not overwrite
    /// each other's. Empty for the coordinator and the owner, who keep the store's own rows.
    let settingSuffix: String

    public init(info: PostgresConnectionInfo) throws {
        self.info = info
        let counter = NotificationCounter()
        notifications = counter
        do {
            session = try PostgresSession(info: info, listenOn: Self.channel) { counter.increment() }
            try session.transaction { try PostgresSchema.migrate($0) }
            (loginAgency, settingSuffix) = try session.transaction { transaction in
                guard try transaction.row("SELECT to_regclass('agency_login') IS NOT NULL")?.value(0, as: Bool.self) == true
                else { return (nil, "") }
                let agency = try transaction.row("SELECT agency FROM agency_login WHERE login = current_user")?.value(0, as: String.self)
                // Superusers count as members of every role: only a plain agency or leader login is scoped.
                let managed = try transaction.row("""
                    SELECT NOT r.rolsuper AND NOT pg_has_role(current_user, 'kehoach_coordinator', 'MEMBER')
                           AND (pg_has_role(current_user, 'kehoach_agency', 'MEMBER') OR pg_has_role(current_user, 'kehoach_leader', 'MEMBER')),
                           current_user::text
                    FROM pg_roles r WHERE r.rolname = current_user
                      AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kehoach_coordinator')
                    """)
                let suffix = try managed.flatMap { row in try row.value(0, as: Bool.self) ? "@" + (try row.value(1, as: String.self)) : nil }
                return (agency, suffix ?? "")
            }
        } catch PostgresSchema.MigrationError.newerSchema(let found, let known) {
            throw StoreError.openFailed(path: info.displayURL,
                                        reason: "the database has schema version \(found), newer than this kehoach knows (\(known))")
        } catch {
            throw StoreError.openFailed(path: info.displayURL, reason: PostgresSession.describe(error))
        }
    }

    /// An agency's login edits its own tasks, a leader's (managed, no agency) none, anyone else every task.
    public var editRights: EditRights {
        if let loginAgency { return EditRights(.agency(loginAgency)) }
        return settingSuffix.isEmpty ? .everyTask : EditRights(.noTask)
    }

    /// Whether the server answers; false between a dropped connection and the next successful call.
    public var isOnline: Bool { session.isOnline }

    // MARK: Transactions

    /// One write transaction holding the store's write lock; it notifies every listener on commit.
    func write<T>(_ body: (PostgresSession.Transaction) throws -> T) throws -> T {
        do {
            let result = try session.transaction { transaction in
                try transaction.execute("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.writeLockKey)])
                let result = try body(transaction)
                try transaction.execute("SELECT pg_notify($1, '')", [.text(Self.channel)])
                return result
            }
            // Our own commit counts at once, whenever its notification comes back.
            notifications.increment()
            return result
        } catch let error as StoreError {
            throw error
        } catch {
            // 42501: the server's rights refused it (row-level security, a missing grant).
            if PostgresSession.sqlState(error) == "42501" {
                // A leader's login may write its own preferences only: whatever else it tried, it is read-only.
                if editRights.scope == .noTask { throw StoreError.readOnlyLogin }
                throw StoreError.notPermitted(reason: PostgresSession.describe(error))
            }
            throw StoreError.writeFailed(path: info.displayURL, reason: PostgresSession.describe(error))
        }
    }

    /// `admin` work: one transaction as the login given (which must own the schema or be a superuser).
    func administer(_ body: (PostgresSession.Transaction) throws -> Void) throws {
        try write(body)
    }

    /// Refuses a change to a task the login's agency is not named on, before the server would,
    /// so the message can say whose it is.
    func requireOwnership(_ key: StatusKey, planID: String, _ transaction: PostgresSession.Transaction) throws {
        if editRights.scope == .noTask { throw StoreError.readOnlyLogin }
        guard let agency = loginAgency else { return }
        let rows = try transaction.rows("""
            SELECT pa.printed, pa.agency_id, pa.canonical, tm.role
            FROM task_mention tm JOIN plan_agency pa ON pa.seq = tm.agency
            WHERE tm.plan_id = $1 AND tm.task_code = $2 ORDER BY tm.role DESC, tm.position
            """, [.text(planID), .text(key.taskCode)])
        var owners: [String] = []
        for row in rows {
            let printed: String = try row.value(0)
            let id: String? = try row.value(1)
            let canonical: String = try row.value(2)
            if EditRights.names(agency, printed: printed, canonical: canonical, agencyID: id) { return }
            owners.append(printed)
        }
        throw StoreError.notYourTask(key: key, owners: owners)
    }

    /// Refuses a result row the login may not write, before the server would (`PostgresRights.writesResult`):
    /// a task its agency is not named on, or, where it only cooperates, another agency's contribution.
    func requireResultRight(_ result: TaskResult, planID: String, _ transaction: PostgresSession.Transaction) throws {
        if editRights.scope == .noTask { throw StoreError.readOnlyLogin }
        guard let agency = loginAgency else { return }
        let ownKey = SearchKey.slug(agency)
        let rows = try transaction.rows("""
            SELECT pa.printed, pa.agency_id, pa.canonical, tm.role
            FROM task_mention tm JOIN plan_agency pa ON pa.seq = tm.agency
            WHERE tm.plan_id = $1 AND tm.task_code = $2 ORDER BY tm.role DESC, tm.position
            """, [.text(planID), .text(result.key.taskCode)])
        var named: [String] = []
        var rowOwners: [String] = []
        for row in rows {
            let printed: String = try row.value(0)
            let id: String? = try row.value(1)
            let canonical: String = try row.value(2)
            let role: String = try row.value(3)
            if EditRights.names(agency, printed: printed, canonical: canonical, agencyID: id),
               role == "lead" || result.key.agency == (id ?? ownKey) { return }
            named.append(printed)
            if (id ?? SearchKey.slug(canonical)) == result.key.agency { rowOwners.append(printed) }
        }
        throw StoreError.notYourTask(key: StatusKey(taskCode: result.key.taskCode), owners: rowOwners.isEmpty ? named : rowOwners)
    }

    /// A read from one snapshot (REPEATABLE READ: every statement sees the same data).
    func read<T>(_ body: (PostgresSession.Transaction) throws -> T) throws -> T {
        do {
            return try session.transaction { transaction in
                try transaction.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                return try body(transaction)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.openFailed(path: info.displayURL, reason: PostgresSession.describe(error))
        }
    }

    // MARK: Change detection

    /// No round trip while connected; after a drop, each call tries to connect again (and throws
    /// while the server is away), and a new connection counts as a change, since edits may have been missed.
    /// Never waits on the server (the dashboard calls it between keys): throws while the server is gone,
    /// and a reconnection runs in the background meanwhile.
    public func changeToken() throws -> Int64 {
        do {
            try session.checkLiveness()
        } catch {
            throw StoreError.openFailed(path: info.displayURL, reason: PostgresSession.describe(error))
        }
        return notifications.value
    }

    // MARK: Settings

    /// A managed login's own value first, else the store's.
    public func setting(_ name: String) throws -> String? {
        try read { transaction in
            try transaction.row("""
                SELECT value FROM setting WHERE name IN ($1, $2) ORDER BY name = $2 DESC LIMIT 1
                """, [.text(name), .text(name + settingSuffix)])?.value(0)
        }
    }

    public func setSetting(_ name: String, to value: String?) throws {
        try write { transaction in
            if let value {
                try transaction.execute("""
                    INSERT INTO setting(name, value) VALUES ($1, $2)
                    ON CONFLICT(name) DO UPDATE SET value = excluded.value
                    """, [.text(name + settingSuffix), .text(value.cleaned)])
            } else {
                try transaction.execute("DELETE FROM setting WHERE name = $1", [.text(name + settingSuffix)])
            }
        }
    }

    public func close() { session.close() }
}

/// Counts notifications; written on the event loop, read by whoever polls.
final class NotificationCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count: Int64 = 0

    func increment() {
        lock.lock()
        count &+= 1
        lock.unlock()
    }

    var value: Int64 {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
