import Foundation

/// A source's rows, read from one consistent snapshot for as long as the copy lasts.
public protocol CopyReading {
    /// Each table's row count.
    func counts() throws -> [String: Int]
    /// The next `limit` rows of `table` in key order after the row whose key is `after` (nil: the first).
    func rows(_ table: StoreTables.Table, after: [CopyValue]?, limit: Int) throws -> [[CopyValue]]
}

/// A destination's rows, written in one transaction.
public protocol CopyWriting {
    func counts() throws -> [String: Int]
    func insert(_ rows: [[CopyValue]], into table: StoreTables.Table) throws
    func deleteAll(_ table: StoreTables.Table) throws
}

/// A backend `kehoach copy` can read a whole store from and write a whole store into.
public protocol StoreCopying: AnyObject {
    /// Runs `body` on one snapshot of the store.
    func readingForCopy<T>(_ body: (any CopyReading) throws -> T) throws -> T
    /// Runs `body` in one write transaction, after refusing a store that holds rows unless `replacing`
    /// (then what it held is deleted first, in the same transaction). Nothing is written if `body` throws.
    func writingForCopy(replacing: Bool, _ body: (any CopyWriting) throws -> Void) throws
}

public enum CopyError: Error, Equatable, Sendable {
    /// The destination holds rows (table, count of the first non-empty one) and `--replace` was not given.
    case destinationNotEmpty(table: String, rows: Int)
    /// A table's count read back in the destination differs from the source's.
    case countMismatch(table: String, source: Int, destination: Int)
    /// Source and destination are the same store.
    case sameStore
}

/// Every row of every table, read whole: what a test compares two stores by.
public struct StoreSnapshot: Sendable, Equatable {
    public var rows: [String: [[CopyValue]]]

    public var counts: [String: Int] { rows.mapValues(\.count) }
}

public enum StoreCopy {
    /// Rows read and written at a time: memory stays bounded by a batch and the largest plan payload,
    /// whatever the store's size, while each round trip still carries many rows.
    public static let batchSize = 2_000

    /// Copies a whole store, table by table in the order of their foreign keys, each a batch at a time,
    /// from one snapshot of the source into one transaction of the destination, which commits only when
    /// every table's count read back equals the source's.
    public static func copy(from source: any StoreCopying, to destination: any StoreCopying, replacing: Bool,
                            batchSize: Int = StoreCopy.batchSize) throws -> (source: [String: Int], destination: [String: Int]) {
        if source === destination { throw CopyError.sameStore }
        // Each store words its own failures: one of the destination's leaves the source's read as it is.
        var destinationError: Error?
        do {
            return try source.readingForCopy { reader in
                let expected = try reader.counts()
                var written: [String: Int] = [:]
                var sourceError: Error?
                func fromSource<T>(_ read: () throws -> T) throws -> T {
                    do { return try read() } catch { sourceError = error; throw error }
                }
                do {
                    try destination.writingForCopy(replacing: replacing) { writer in
                        for table in StoreTables.all {
                            var after: [CopyValue]?
                            while true {
                                let rows = try fromSource { try reader.rows(table, after: after, limit: batchSize) }
                                if !rows.isEmpty { try writer.insert(rows, into: table) }
                                guard rows.count == batchSize, let last = rows.last else { break }
                                after = table.key(of: last)
                            }
                        }
                        written = try writer.counts()
                        try verify(written, against: expected)
                    }
                } catch {
                    if let sourceError { throw sourceError }
                    destinationError = error
                    throw error
                }
                return (source: expected, destination: written)
            }
        } catch {
            throw destinationError ?? error
        }
    }

    /// Refuses a destination that holds rows unless `replacing`, and then empties it (children first).
    static func prepare(_ writer: any CopyWriting, replacing: Bool) throws {
        let counts = try writer.counts()
        guard let (table, rows) = firstNonEmpty(counts) else { return }
        guard replacing else { throw CopyError.destinationNotEmpty(table: table, rows: rows) }
        for table in StoreTables.all.reversed() { try writer.deleteAll(table) }
    }

    /// The first table, in copy order, that holds rows.
    static func firstNonEmpty(_ counts: [String: Int]) -> (table: String, rows: Int)? {
        for table in StoreTables.all {
            if let count = counts[table.name], count > 0 { return (table.name, count) }
        }
        return nil
    }

    /// Throws unless every table has as many rows in `counts` as `expected`.
    static func verify(_ counts: [String: Int], against expected: [String: Int]) throws {
        for table in StoreTables.all {
            let source = expected[table.name] ?? 0
            let found = counts[table.name] ?? 0
            if source != found { throw CopyError.countMismatch(table: table.name, source: source, destination: found) }
        }
    }
}

extension StoreCopying {
    /// Every row of every table, from one snapshot (held whole in memory: for comparing small stores).
    public func snapshot() throws -> StoreSnapshot {
        try readingForCopy { reader in
            var rows: [String: [[CopyValue]]] = [:]
            for table in StoreTables.all {
                rows[table.name] = try reader.rows(table, after: nil, limit: Int(Int32.max))
            }
            return StoreSnapshot(rows: rows)
        }
    }
}

/// A copy's refusal (`CopyError`) kept while a store's `write` words every other error as a failed
/// write, so that it is thrown as itself: `watch` the body inside the write, throw `error ?? caught`.
final class CopyRefusal {
    private(set) var error: CopyError?

    func watch<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as CopyError {
            error = refusal
            throw refusal
        }
    }
}
