import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// Two dashboards on one SQLite file (two connections, as two processes would have): the other's edit
/// appears on the next poll with the cursor kept on its task, changed rows flash, and a conflict is never
/// applied silently.
@Suite struct TwoTerminalTests {
    let plan = "kon-tum-3785"

    static func pair() throws -> (TempStore, secretary: Harness, chair: Harness) {
        let temp = try TempStore([.konTum])
        return (temp, Harness(store: try temp.open(), user: "thu-ky"), Harness(store: try temp.open(), user: "chu-tich"))
    }

    @Test func anotherTerminalsEditAppearsOnThePollAndFlashes() throws {
        let (_, secretary, chair) = try Self.pair()
        // The chair sorts by standing and sits on V.1; the secretary's edit reorders the rows above it.
        chair.type("sssss")
        #expect(chair.state.matrix.sort.column == .standing)
        let row = try #require(chair.state.matrix.rows.firstIndex { row in
            if case .task(let index) = row { return chair.state.document?.plan.tasks[index].code == "V.1" }
            return false
        })
        for _ in 0..<row { chair.press(.down) }
        #expect(chair.selectedTaskCode == "V.1")
        EditingKeyTests.jump(secretary, to: "I.2")
        secretary.type("d")
        #expect(chair.state.document?.statuses.isEmpty == true, "nothing before the poll")
        chair.runtime.checkForChanges()
        #expect(chair.state.document?.statuses[StatusKey(taskCode: "I.2")]?.status == .done)
        #expect(chair.selectedTaskCode == "V.1", "the cursor stays on the same task")
        #expect(chair.text.contains("thu-ky vừa sửa I.2: Đã hoàn thành"))
        #expect(chair.state.editing.flashes["I.2"] != nil)
        let screen = chair.screen
        let y = try #require(screen.lines.firstIndex { $0.hasPrefix("I.2 ") })
        #expect(screen[0, y].style.underline && screen[0, y].style.bold, "the changed row's code is flashed")
        chair.expectWellFormed()
        // A few seconds later the flash is over.
        chair.runtime.dispatch(.clock(Date().addingTimeInterval(EditingState.flashSeconds + 1)))
        #expect(chair.state.editing.flashes.isEmpty)
        #expect(!chair.screen[0, y].style.underline)
        // Own saves are not flashed as someone else's.
        secretary.runtime.checkForChanges()
        #expect(secretary.state.editing.flashes.isEmpty)
    }

    @Test func conflictSaysWhoChangedItAndRAppliesMineOnTop() throws {
        let (_, secretary, chair) = try Self.pair()
        EditingKeyTests.jump(secretary, to: "I.2")
        EditingKeyTests.jump(chair, to: "I.2")
        chair.type("c")
        chair.type("Chủ tịch đã xem")
        chair.press(.ctrl("s"))
        chair.type("d")
        // The secretary has not polled: its edit is based on version 0.
        secretary.type("i")
        let stored = try #require(try secretary.store.statuses(planID: plan)[StatusKey(taskCode: "I.2")])
        #expect(stored.status == .done && stored.version == 2, "nothing was written over the chair's change")
        #expect(secretary.text.contains("Xung đột: chu-tich vừa sửa I.2 thành “Đã hoàn thành”"))
        #expect(secretary.lines.last?.contains("r: ghi thay đổi của bạn lên trên · phím khác: bỏ") == true)
        // The screen shows what is stored: the chair's "done".
        #expect(secretary.state.document?.statuses[StatusKey(taskCode: "I.2")]?.status == .done)
        #expect(secretary.selectedLine?.contains("HT đúng hạn") == true)
        secretary.expectWellFormed()
        secretary.type("r")
        let mine = try #require(try secretary.store.statuses(planID: plan)[StatusKey(taskCode: "I.2")])
        #expect(mine.status == .inProgress && mine.version == 3 && mine.updatedBy == "thu-ky")
        #expect(mine.note == "Chủ tịch đã xem", "mine on top of theirs: their note stays")
        #expect(secretary.state.editing.conflict == nil)
        #expect(secretary.text.contains("Đã lưu I.2: Đang thực hiện"))
        // And the re-applied edit is one undo step of this terminal.
        secretary.type("u")
        #expect(try secretary.store.statuses(planID: plan)[StatusKey(taskCode: "I.2")]?.status == .done)
    }

    @Test func anyOtherKeyDropsTheConflictingEdit() throws {
        let (_, secretary, chair) = try Self.pair()
        EditingKeyTests.jump(secretary, to: "I.2")
        EditingKeyTests.jump(chair, to: "I.2")
        chair.type("z")
        secretary.type("d")
        #expect(secretary.state.editing.conflict != nil)
        secretary.press(.down)
        #expect(secretary.selectedTaskCode == "I.2", "the key only drops the edit")
        #expect(secretary.state.editing.conflict == nil)
        #expect(secretary.text.contains("Đã bỏ thay đổi của bạn; giữ bản của chu-tich"))
        let stored = try #require(try secretary.store.statuses(planID: plan)[StatusKey(taskCode: "I.2")])
        #expect(stored.status == .suspended && stored.updatedBy == "chu-tich")
        #expect(try secretary.store.history(planID: plan, taskCode: "I.2").count == 1)
        // Nothing of the dropped edit is left to undo.
        secretary.type("u")
        #expect(secretary.text.contains("Không còn thay đổi nào của máy này"))
    }

    @Test func conflictInMemoryStoreToo() throws {
        let store = InMemoryStore(plans: [(plan, Seeds.konTum)])
        let h = Harness(store: store)
        EditingKeyTests.jump(h, to: "I.2")
        _ = try store.apply([StatusChange(key: StatusKey(taskCode: "I.2"), status: .suspended, basedOnVersion: 0)],
                            planID: plan, by: "an")
        h.type("d")
        #expect(h.text.contains("Xung đột: an vừa sửa I.2 thành “Tạm hoãn”"))
        h.type("r")
        #expect(try store.statuses(planID: plan)[StatusKey(taskCode: "I.2")]?.status == .done)
    }

    @Test func undoOfAChangeSomeoneElseMovedOnIsRefused() throws {
        let (_, secretary, chair) = try Self.pair()
        EditingKeyTests.jump(secretary, to: "I.2")
        secretary.type("d")
        chair.runtime.checkForChanges()
        EditingKeyTests.jump(chair, to: "I.2")
        chair.type("z")
        secretary.type("u")
        #expect(secretary.text.contains("Không hoàn tác được: chu-tich đã sửa I.2 thành “Tạm hoãn”"))
        #expect(try secretary.store.statuses(planID: plan)[StatusKey(taskCode: "I.2")]?.status == .suspended)
        #expect(secretary.state.document?.statuses[StatusKey(taskCode: "I.2")]?.status == .suspended)
    }
}
