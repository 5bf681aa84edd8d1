import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// A history line's snapshot read without `JSONDecoder` gives what the decoder gives, and what the
/// quick reader does not take (another shape, a wrong kind of value, broken JSON) still goes to it.
@Suite struct SnapshotJSONTests {
    static let notes = ["", "Đã họp lần 1", "\"trích\" \\ / \t\n\r", "\u{0}\u{1F}\u{7F}\u{85}\u{2028}", "😀 Tiến độ 40%", "a\u{301}"]

    static func snapshots() -> [StatusRow.Snapshot] {
        var all: [StatusRow.Snapshot] = []
        var rng = SplitMix64(seed: 11)
        for index in 0..<300 {
            all.append(StatusRow.Snapshot(
                status: TaskStatus.allCases[rng.next(TaskStatus.allCases.count)],
                progress: rng.next(3) == 0 ? nil : rng.next(101),
                note: rng.next(3) == 0 ? nil : notes[index % notes.count],
                doneOn: rng.next(2) == 0 ? nil : CalendarDate(dayNumber: 19_000 + rng.next(4_000)),
                version: 1 + rng.next(1_000),
                updatedBy: rng.next(4) == 0 ? nil : notes[(index + 3) % notes.count],
                updatedAtMs: rng.next(4) == 0 ? nil : Int64(rng.next(1 << 30)) * 1_000 - (index == 7 ? 1 << 45 : 0)))
        }
        return all
    }

    @Test func sameAsTheDecoderOnWhatTheStoreWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for snapshot in Self.snapshots() {
            let json = String(decoding: try encoder.encode(snapshot), as: UTF8.self)
            let quick = try #require(StatusRow.Snapshot(flat: json), "\(json)")
            #expect(quick == snapshot, "\(json)")
            #expect(quick == (try JSONDecoder().decode(StatusRow.Snapshot.self, from: Data(json.utf8))))
        }
    }

    @Test func sameAsTheDecoderOnEscapesAnotherWriterUses() throws {
        let texts = [
            #"{"status":"done","version":2,"note":"\u0110\u00e3 h\u1ecdp \ud83d\ude00 \/ \b\f"}"#,
            #" { "version" : 3 , "status" : "in-progress", "progress" : null } "#,
            #"{"status":"suspended","version":-0}"#,
        ]
        for text in texts {
            let quick = try #require(StatusRow.Snapshot(flat: text), "\(text)")
            #expect(quick == (try JSONDecoder().decode(StatusRow.Snapshot.self, from: Data(text.utf8))), "\(text)")
        }
    }

    /// Each of these the quick reader leaves to the decoder; the record read is then the decoder's
    /// (or its error), never a guess.
    @Test func leavesEverythingElseToTheDecoder() throws {
        let texts = [
            #"{"status":"done","version":2,"extra":{"a":1}}"#, #"{"status":"done","version":2.0}"#,
            #"{"status":"done","version":2e0}"#, #"{"status":"done","version":02}"#, #"{"status":"done"}"#,
            #"{"status":"finished","version":1}"#, #"{"status":"done","version":1,"doneOn":"2026-02-30"}"#,
            #"{"status":"done","version":1,"progress":"40"}"#, #"{"status":"done","version":1,"status":"done"}"#,
            #"{"status":"done","version":1,"note":"\ud800"}"#, #"{"status":"done","version":1,"note":"a"#,
            #"{"status":"done","version":1} x"#, #"{"status":"done","version":1,"note":"\x"}"#, "",
            #"{"status":"done","version":99999999999999999999}"#, #"{"status":"done","version":true}"#,
            "{\"status\":\"done\",\"version\":1,\"note\":\"tab\there\"}",
        ]
        for text in texts {
            #expect(StatusRow.Snapshot(flat: text) == nil, "\(text)")
        }
        // Through the store's entry: the decoder's answer, extra members ignored as it ignores them.
        let record = try StatusRow.record(json: #"{"status":"done","version":2,"extra":{"a":1}}"#, key: StatusKey(taskCode: "1.1"))
        #expect(record.status == .done && record.version == 2)
        #expect(throws: (any Error).self) { try StatusRow.record(json: #"{"status":"done"}"#, key: StatusKey(taskCode: "1.1")) }
    }
}
