import Foundation
import GRDB
import PlanKit

/// Converting status records to and from rows of `status` and the JSON of `history`.
enum StatusRow {
    /// Year 0 stands for "no year" in keys (see the schema).
    static func yearColumn(_ key: StatusKey) -> Int { key.year ?? 0 }

    static func key(code: String, year: Int) -> StatusKey {
        StatusKey(taskCode: code, year: year == 0 ? nil : year)
    }

    static func record(from row: Row) throws -> StatusRecord {
        let code: String = try row.decode(forColumn: "task_code")
        let year: Int = try row.decode(forColumn: "year")
        let statusText: String = try row.decode(forColumn: "status")
        guard let status = TaskStatus(rawValue: statusText) else {
            throw StoreError.invalidChange(key: key(code: code, year: year), problem: .unknownStoredStatus(statusText))
        }
        let doneOnText: String? = try row.decode(forColumn: "done_on")
        let updatedAt: Int64? = try row.decode(forColumn: "updated_at_ms")
        return StatusRecord(
            key: key(code: code, year: year),
            status: status,
            progress: try row.decode(forColumn: "progress"),
            // Read back through the boundary too: a file written by another program or an older kehoach.
            note: (try row.decode(String?.self, forColumn: "note"))?.cleaned,
            doneOn: doneOnText.flatMap(CalendarDate.init(iso:)),
            version: try row.decode(forColumn: "version"),
            updatedBy: (try row.decode(String?.self, forColumn: "updated_by"))?.cleaned,
            updatedAt: updatedAt.map(Millis.date))
    }

    /// The columns `record(fromColumns:)` reads, in its order.
    static let columns = "task_code, year, status, progress, note, done_on, version, updated_by, updated_at_ms"

    /// `record(from:)` for a row of exactly `columns`: by position, not by a name looked up for every
    /// column of every row (a whole plan's statuses at once).
    static func record(fromColumns row: Row) throws -> StatusRecord {
        let code: String = try row.decode(atIndex: 0)
        let year: Int = try row.decode(atIndex: 1)
        let statusText: String = try row.decode(atIndex: 2)
        guard let status = TaskStatus(rawValue: statusText) else {
            throw StoreError.invalidChange(key: key(code: code, year: year), problem: .unknownStoredStatus(statusText))
        }
        let doneOnText: String? = try row.decode(atIndex: 5)
        let updatedAt: Int64? = try row.decode(atIndex: 8)
        let note: String? = try row.decode(atIndex: 4)
        let updatedBy: String? = try row.decode(atIndex: 7)
        return StatusRecord(
            key: key(code: code, year: year),
            status: status,
            progress: try row.decode(atIndex: 3),
            note: note?.cleaned,
            doneOn: doneOnText.flatMap(CalendarDate.init(iso:)),
            version: try row.decode(atIndex: 6),
            updatedBy: updatedBy?.cleaned,
            updatedAt: updatedAt.map(Millis.date))
    }

    /// The stored form of a record inside a history line; the key lives in the line's own columns.
    struct Snapshot: Codable, Equatable {
        var status: TaskStatus
        var progress: Int?
        var note: String?
        var doneOn: CalendarDate?
        var version: Int
        var updatedBy: String?
        var updatedAtMs: Int64?
    }

    // One coder each for every line: a history of 100,000 lines made 200,000 of them.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    private static let decoder = JSONDecoder()

    static func json(_ record: StatusRecord) throws -> String {
        let snapshot = Snapshot(status: record.status, progress: record.progress, note: record.note,
                                doneOn: record.doneOn, version: record.version, updatedBy: record.updatedBy,
                                updatedAtMs: record.updatedAt.map(Millis.of))
        return String(decoding: try encoder.encode(snapshot), as: UTF8.self)
    }

    static func record(json: String, key: StatusKey) throws -> StatusRecord {
        let snapshot = try Snapshot(flat: json) ?? decoder.decode(Snapshot.self, from: Data(json.utf8))
        return StatusRecord(key: key, status: snapshot.status, progress: snapshot.progress, note: snapshot.note?.cleaned,
                            doneOn: snapshot.doneOn, version: snapshot.version, updatedBy: snapshot.updatedBy?.cleaned,
                            updatedAt: snapshot.updatedAtMs.map(Millis.date))
    }
}

/// Times as whole milliseconds since 1970: what is written reads back equal.
enum Millis {
    static func of(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }
    /// Now, already rounded, so the value handed back to the caller equals the stored one.
    static func now() -> (ms: Int64, date: Date) {
        let ms = of(Date())
        return (ms, date(ms))
    }
}

extension StatusRow.Snapshot {
    /// The snapshot read without `JSONDecoder` when the text is the flat object this store writes;
    /// nil for anything else (an unknown member, a value of the wrong kind), which the decoder judges.
    init?(flat json: String) {
        guard let object = FlatJSONObject(json) else { return nil }
        var status: TaskStatus?
        var version: Int?
        for (key, value) in object.members {
            switch (key, value) {
            case ("status", .string(let text)):
                guard let parsed = TaskStatus(rawValue: text) else { return nil }
                status = parsed
            case ("version", .integer(let number)):
                guard let small = Int(exactly: number) else { return nil }
                version = small
            case ("progress", .integer(let number)):
                guard let small = Int(exactly: number) else { return nil }
                progress = small
            case ("note", .string(let text)): note = text
            case ("doneOn", .string(let text)):
                guard let day = CalendarDate(iso: text) else { return nil }
                doneOn = day
            case ("updatedBy", .string(let text)): updatedBy = text
            case ("updatedAtMs", .integer(let number)): updatedAtMs = number
            case ("progress", .null), ("note", .null), ("doneOn", .null), ("updatedBy", .null), ("updatedAtMs", .null): continue
            default: return nil
            }
        }
        guard let status, let version else { return nil }
        self.status = status
        self.version = version
    }
}
