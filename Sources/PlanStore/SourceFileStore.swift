import Foundation
import PlanKit

/// A store that also keeps what each plan was imported from (Word, PDF, text): both backends are one.
public protocol SourceFileStore: Store {
    func importPlan(_ plan: Plan, sourceText: String, original: OriginalFile?, by user: String) throws -> ImportOutcome
    func originalFile(planID: String) throws -> OriginalFile?
    /// Opened read-only (an unwritable SQLite file for a command that only reads): edits are refused.
    var isReadOnly: Bool { get }
    /// One status edit that names no version: the current record read and the change written with no
    /// other writer's change between them (a one-shot `status set` is never a false conflict).
    func applyToCurrent(_ key: StatusKey, planID: String, by user: String,
                        change make: (StatusRecord?) throws -> StatusChange) throws
        -> (previous: StatusRecord?, applied: AppliedChanges)
}

extension SQLiteStore: SourceFileStore {}
extension PostgresStore: SourceFileStore {}

/// Opens the store a `--db` value names: a `postgres://` URL is the shared PostgreSQL store (PG*
/// variables and ~/.pgpass fill in what the URL leaves out), anything else a SQLite file.
public enum StoreOpener {
    /// `readOnlyIfUnwritable`: a SQLite file that cannot be written opens read-only (for commands that
    /// only read) instead of failing.
    public static func open(_ location: StoreLocation, environment: [String: String],
                            readOnlyIfUnwritable: Bool = false) throws -> any SourceFileStore {
        guard PostgresConnectionInfo.isURL(location.path) else {
            return try SQLiteStore(path: location.path, readOnlyIfUnwritable: readOnlyIfUnwritable)
        }
        let info: PostgresConnectionInfo
        do {
            info = try PostgresConnectionInfo.parse(location.path, environment: environment)
        } catch {
            throw StoreError.openFailed(path: location.path, reason: "\(error)")
        }
        return try PostgresStore(info: info)
    }

    /// What messages may show of a location: a URL loses its password.
    public static func displayName(_ location: StoreLocation, environment: [String: String]) -> String {
        guard PostgresConnectionInfo.isURL(location.path),
              let info = try? PostgresConnectionInfo.parse(location.path, environment: environment) else { return location.path }
        return info.displayURL
    }
}
