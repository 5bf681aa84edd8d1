import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// Marks (one transaction, one undo step), undo and redo across several changes, and the history views,
/// on a real SQLite store.
@Suite struct MarksAndUndoTests {
    let plan = "kon-tum-3785"

    func status(_ h: Harness, _ code: String) throws -> TaskStatus? {
        let task = try #require(h.state.document?.plan.tasks.first { $0.code == code })
        return try h.store.statuses(planID: plan)[StatusKey.current(for: task, asOf: Seeds.date("2026-11-23"))]?.status
    }

    @Test func marksWithAFilterApplyInOneTransactionAndOneUndo() throws {
        let (_, h) = try EditingKeyTests.open()
        // Filter on one group: the picker lists standings, then groups (I, II, III…).
        h.type("f")
        let items = FilterChoices.items(try #require(h.state.document))
        let groupIII = try #require(items.firstIndex(of: .group(code: "III", title: h.state.document?.plan.groups[2].title ?? "")))
        for _ in 0..<groupIII { h.press(.down) }
        h.press(.enter)
        h.press(.escape)
        let visible = h.state.matrix.rows.compactMap { row -> String? in
            if case .task(let index) = row { return h.state.document?.plan.tasks[index].code }
            return nil
        }
        #expect(visible == ["III.1", "III.2", "III.3"])
        h.type("V")
        #expect(h.state.editing.marks == Set(visible))
        #expect(h.text.contains("3 đánh dấu"))
        #expect(h.lines.contains { $0.hasPrefix("•III.1") })
        h.expectWellFormed()
        // `v` on a marked row unmarks it; again marks it.
        h.press(.down)
        h.type("v")
        #expect(h.state.editing.marks.count == 2)
        h.type("v")
        #expect(h.state.editing.marks.count == 3)
        // Several marked tasks: asked once, nothing saved before the yes.
        h.type("z")
        #expect(h.text.contains("Đổi 3 nhiệm vụ đã đánh dấu thành “Tạm hoãn”?"))
        #expect(try status(h, "III.1") == nil)
        h.type("x")
        #expect(h.text.contains("Không đổi gì; vẫn giữ đánh dấu"))
        #expect(h.state.editing.marks.count == 3)
        h.type("z").type("y")
        for code in visible { #expect(try status(h, code) == .suspended) }
        #expect(try status(h, "I.2") == nil)
        let history = try h.store.history(planID: plan, taskCode: nil)
        #expect(history.count == 3)
        #expect(Set(history.map(\.batch)).count == 1, "one transaction, one batch")
        #expect(h.state.editing.marks.isEmpty, "marks are cleared once saved")
        #expect(h.text.contains("Đã lưu 3 nhiệm vụ: Tạm hoãn"))
        // One undo step takes all three back.
        h.type("u")
        for code in visible { #expect(try status(h, code) == .notStarted) }
        #expect(h.text.contains("Đã hoàn tác 3 nhiệm vụ"))
        // `V` with everything shown already marked clears the marks.
        h.type("V")
        h.type("V")
        #expect(h.state.editing.marks.isEmpty)
    }

    @Test func undoAndRedoAcrossSeveralChanges() throws {
        let (_, h) = try EditingKeyTests.open()
        EditingKeyTests.jump(h, to: "I.2")
        h.type("d")
        EditingKeyTests.jump(h, to: "II.1")
        h.type("i")
        EditingKeyTests.jump(h, to: "III.1")
        h.type("p")
        h.type("50")
        h.press(.enter)
        #expect(try status(h, "I.2") == .done)
        #expect(try status(h, "II.1") == .inProgress)
        #expect(try status(h, "III.1") == .inProgress)
        // Last first, whatever the cursor is on.
        h.type("g")
        h.type("u")
        #expect(try status(h, "III.1") == .notStarted)
        #expect(try status(h, "II.1") == .inProgress)
        h.type("u")
        #expect(try status(h, "II.1") == .notStarted)
        h.press(.ctrl("r"))
        #expect(try status(h, "II.1") == .inProgress)
        #expect(h.text.contains("Đã làm lại II.1: Đang thực hiện"))
        h.type("u")
        h.type("u")
        #expect(try status(h, "I.2") == .notStarted)
        h.type("u")
        #expect(h.text.contains("Không còn thay đổi nào của máy này để hoàn tác"))
        // Redo in order: I.2 first, then II.1 and III.1.
        h.press(.ctrl("r"))
        #expect(try status(h, "I.2") == .done)
        h.press(.ctrl("r"), .ctrl("r"))
        #expect(try status(h, "II.1") == .inProgress)
        #expect(try status(h, "III.1") == .inProgress)
        h.press(.ctrl("r"))
        #expect(h.text.contains("Không còn gì để làm lại"))
        // Undo and redo are in the history like any change.
        let kinds = try h.store.history(planID: plan, taskCode: nil).map(\.kind)
        #expect(kinds.filter { $0 == .undo }.count == 4)
        #expect(kinds.filter { $0 == .redo }.count == 4)
        // A new edit after an undo ends the redo chain.
        h.type("u")
        EditingKeyTests.jump(h, to: "I.2")
        h.type("z")
        h.press(.ctrl("r"))
        #expect(try status(h, "III.1") == .notStarted)
        #expect(h.text.contains("Không còn gì để làm lại"))
        // The screen shows what is stored.
        let document = try #require(h.state.document)
        for (key, record) in try h.store.statuses(planID: plan) { #expect(document.statuses[key] == record) }
    }

    @Test func undoLeavesOtherTerminalsChangesAlone() throws {
        let temp = try TempStore([.konTum])
        let secretary = Harness(store: try temp.open(), user: "thu-ky")
        let chair = Harness(store: try temp.open(), user: "chu-tich")
        EditingKeyTests.jump(secretary, to: "I.2")
        secretary.type("d")
        EditingKeyTests.jump(chair, to: "II.1")
        chair.type("i")
        secretary.runtime.checkForChanges()
        secretary.type("u")
        #expect(try status(secretary, "I.2") == .notStarted)
        #expect(try status(secretary, "II.1") == .inProgress, "u undoes this terminal's change only")
        secretary.type("u")
        #expect(secretary.text.contains("Không còn thay đổi nào của máy này"))
    }

    @Test func taskAndPlanHistory() throws {
        let (_, h) = try EditingKeyTests.open(width: 140, height: 30)
        EditingKeyTests.jump(h, to: "I.2")
        h.type("i")
        h.type("c")
        h.type("Sở GD&ĐT đang soạn dự thảo")
        h.press(.ctrl("s"))
        h.type("d")
        EditingKeyTests.jump(h, to: "II.1")
        h.type("z")
        EditingKeyTests.jump(h, to: "I.2")
        h.type("H")
        var text = h.text
        #expect(text.contains("Lịch sử nhiệm vụ I.2"))
        #expect(text.contains("thu-ky (sửa): Đang thực hiện → Đã hoàn thành 100% · Sở GD&ĐT đang soạn dự thảo"))
        #expect(text.contains("thu-ky (sửa): chưa ghi nhận → Đang thực hiện"))
        #expect(!text.contains("Tạm hoãn"))
        // Newest first.
        let done = try #require(h.lines.firstIndex { $0.contains("→ Đã hoàn thành") })
        let started = try #require(h.lines.firstIndex { $0.contains("chưa ghi nhận → Đang thực hiện") })
        #expect(done < started)
        h.expectWellFormed()
        h.type("H")
        #expect(h.state.overlays.isEmpty)
        h.type(":history")
        h.press(.enter)
        text = h.text
        #expect(text.contains("Lịch sử kế hoạch 3785/KH-UBND"))
        #expect(h.lines.contains { $0.contains("II.1 ") && $0.contains("→ Tạm hoãn") })
        #expect(h.lines.contains { $0.contains("I.2 ") && $0.contains("→ Đã hoàn thành") })
        h.press(.escape)
        #expect(h.state.overlays.isEmpty)
    }
}
