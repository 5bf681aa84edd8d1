import Foundation
import GRDB
import Testing
import PlanKit
@testable import PlanStore

/// Issue 17: what the history holds is read back through the boundary too. A store written by another
/// program, an older kehoach or by hand can carry escape sequences in its JSON snapshots; `history`
/// hands over the from/to records and the writer's name cleaned, whatever the file says.
@Suite struct HistoryReadBackTests {
    /// OSC 52 (clipboard), CSI, C1 CSI, BEL and a bidi override, as JSON escapes inside the snapshot.
    static let hostileJSON = #"\u001b]52;c;aGVsbG8=\u0007\u001b[2J\u009b31m\u202eGhi chú"#

    @Test func fromAndToSnapshotsAndTheWriterAreCleaned() throws {
        let dir = try TemporaryDirectory()
        let store = try dir.openStore()
        let fixture = PlanFixture()
        let planID = try store.importPlan(fixture.plan, sourceText: fixture.sourceText, by: "lan").planID
        let key = StatusKey(taskCode: "1.2")
        _ = try store.apply([StatusChange(key: key, status: .inProgress, note: "lần 1", basedOnVersion: 0)], planID: planID, by: "lan")
        _ = try store.apply([StatusChange(key: key, status: .done, note: "lần 2", basedOnVersion: 1)], planID: planID, by: "lan")

        // Another writer of the file puts escapes into every string of the snapshots, and into the name.
        let snapshot = #"{"status":"in-progress","note":"\#(Self.hostileJSON)","version":1,"updatedBy":"\#(Self.hostileJSON)"}"#
        let queue = try DatabaseQueue(path: dir.databasePath)
        try queue.write { db in
            try db.execute(sql: "UPDATE history SET from_json = ?, to_json = ?, who = ? WHERE from_json IS NOT NULL",
                           arguments: [snapshot, snapshot, "\u{1B}]0;title\u{07}Lan\u{202E}"])
        }
        let raw = try queue.read { db in try String.fetchOne(db, sql: "SELECT to_json FROM history WHERE from_json IS NOT NULL") }
        #expect(raw?.contains("\\u001b") == true)  // the file does hold the escapes

        let lines = try store.history(planID: planID, taskCode: "1.2")
        let replaced = try #require(lines.first { $0.from != nil })
        let strings = [replaced.who, replaced.from?.note, replaced.from?.updatedBy, replaced.to.note, replaced.to.updatedBy]
        for string in strings {
            let value = try #require(string)
            #expect(ControlCharacters.isClean(value), "\(value.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(replaced.to.note == "Ghi chú")
        #expect(replaced.from?.updatedBy == "Ghi chú")
        #expect(replaced.who == "Lan")
    }
}
