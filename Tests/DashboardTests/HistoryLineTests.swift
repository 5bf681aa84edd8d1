import Foundation
import PlanKit
import PlanStore
import Testing
@testable import Dashboard

/// A history line in the dashboard names its writer as the command line's `history` does: the name given
/// and, where a shared store's login differs, that login beside it.
@Suite struct HistoryLineTests {
    static func entry(who: String, login: String?) -> HistoryEntry {
        let key = StatusKey(taskCode: "II.3")
        return HistoryEntry(id: 7, batch: 3, key: key, at: Date(timeIntervalSince1970: 1_790_000_000), who: who,
                            kind: .edit, from: StatusRecord(key: key, status: .notStarted),
                            to: StatusRecord(key: key, status: .inProgress, progress: 40), login: login)
    }

    /// What follows the timestamp, which is local time and so not fixed here.
    static func afterTimestamp(_ line: String) -> String {
        String(line[line.range(of: " · ")!.upperBound...])
    }

    @Test func aLoginThatDiffersFromTheNameStandsBesideIt() {
        let line = DetailView.historyLine(Self.entry(who: "Lan", login: "stc_lan"), Localizer(.vi))
        #expect(Self.afterTimestamp(line) == "Lan (stc_lan) (sửa): Chưa thực hiện → Đang thực hiện 40%")
        let english = DetailView.historyLine(Self.entry(who: "Lan", login: "stc_lan"), Localizer(.en))
        #expect(Self.afterTimestamp(english) == "Lan (stc_lan) (edit): Not started → In progress 40%")
    }

    @Test func noLoginOrTheSameOneLeavesTheNameAlone() {
        #expect(Self.entry(who: "Lan", login: nil).writerWithLogin == "Lan")
        #expect(Self.entry(who: "Lan", login: "").writerWithLogin == "Lan")
        #expect(Self.entry(who: "stc", login: "stc").writerWithLogin == "stc")
        let line = DetailView.historyLine(Self.entry(who: "Lan", login: nil), Localizer(.vi))
        #expect(Self.afterTimestamp(line).hasPrefix("Lan (sửa): "))
    }
}
