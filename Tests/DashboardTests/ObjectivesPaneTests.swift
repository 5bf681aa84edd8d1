import Dashboard
import PlanKit
import PlanStore
import Testing

extension TermSize {
    /// The large size of the objectives, agencies and timeline scenarios.
    static let huge = TermSize(width: 160, height: 48)
    static let panes = [small, huge]
}

extension Harness {
    /// Moves the pane's selection down to `row`, one key at a time as a user would.
    func moveDown(to row: Int, in path: KeyPath<AppState, Viewport>) {
        while state[keyPath: path].selected < row {
            let before = state[keyPath: path].selected
            press(.down)
            if state[keyPath: path].selected == before { return }
        }
    }

    /// Everything the pane showed while the selection went from the first row to the last.
    func textWhileScrolling(_ path: KeyPath<AppState, Viewport>, rows: Int) -> String {
        press(.home)
        var seen = text
        for _ in 0..<rows {
            press(.down)
            seen += "\n" + text
        }
        return seen
    }
}

/// Pane 1: objectives by level, the five Thái Nguyên targets, progress, and recording a value.
@Suite struct ObjectivesPaneTests {
    @Test(arguments: SeedPlan.allCases, TermSize.panes)
    func objectivesGroupedByLevelWithTargets(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("1")
        let rows = h.state.document?.objectiveRows.count ?? 0
        let seen = h.textWhileScrolling(\.objectives.viewport, rows: rows)
        #expect(seen.contains("Mục tiêu chung"))
        #expect(seen.contains("Đến năm 2030"))
        #expect(seen.contains("Đến năm 2050"))
        if plan == .thaiNguyen {
            for target in ["tối thiểu 01 dự án đến năm 2030", "khoảng 20 lượt mỗi năm", "khoảng 300 nhân lực mỗi năm",
                           "khoảng 1.000 nhân lực mỗi năm", "khoảng 2.000 nhân lực mỗi năm"] {
                #expect(seen.contains("◦ " + target), "missing target \(target)")
            }
            #expect(h.text.contains("5 chỉ tiêu"))
            // Levels in order: general before 2030 before 2050.
            let headings = h.state.document?.objectiveRows.compactMap { row -> ObjectiveLevel? in
                if case .heading(let level, _) = row.kind { return level } else { return nil }
            }
            #expect(headings == [.general, .byYear(2030), .byYear(2050)])
        } else {
            #expect(h.text.contains("0 chỉ tiêu"))
        }
        h.expectWellFormed()
    }

    @Test(arguments: TermSize.panes)
    func recordingATargetValueShowsProgressAndHistory(size: TermSize) throws {
        let h = Harness(.thaiNguyen, size)
        h.type("1")
        guard let row = h.state.document?.objectiveRows.firstIndex(where: {
            if case .target(let o, let t) = $0.kind { return Seeds.thaiNguyen.objectives[o].targets[t].valueText == "300" }
            return false
        }), case .target(let objective, let target)? = h.state.document?.objectiveRows[row].kind else {
            Issue.record("no 300 target")
            return
        }
        h.type("e")
        #expect(h.text.contains("Chọn một chỉ tiêu"))
        h.moveDown(to: row, in: \.objectives.viewport)
        #expect(h.text.contains("chưa ghi giá trị thực hiện"))
        h.type("e")
        #expect(h.lines.last?.hasPrefix("Giá trị thực hiện (năm giá trị): 2026 ") == true)
        h.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        h.type("2025 280")
        h.press(.enter)
        let values = try h.store.targetValues(planID: "thai-nguyen")
        #expect(values == [TargetValue(objectiveIndex: objective, targetIndex: target, year: 2025, value: 280)])
        #expect(h.text.contains("2025: 280 / ~300 · 93%"))
        #expect(h.text.contains("Đã ghi năm 2025: 280"))
        // A second year: the latest figures under the target, every year in the history.
        h.type("e")
        h.type("310")
        h.press(.enter)
        #expect(h.text.contains("2026: 310 / ~300 · 103%"))
        #expect(h.text.contains("2025: 280 · 2026: 310"))
        h.expectWellFormed()
        // Bad input and a failing store both say so on the status bar.
        h.type("e")
        h.press(.ctrl("u"))
        h.type("nhiều lắm")
        h.press(.enter)
        #expect(h.text.contains("Không hiểu “nhiều lắm”"))
        (h.store as? InMemoryStore)?.failWrites = .writeFailed(path: "/ro/kehoach.sqlite", reason: "read-only")
        h.type("e")
        h.type("1")
        h.press(.enter)
        #expect(h.text.contains("Lỗi kho dữ liệu: không ghi được"))
        #expect(try h.store.targetValues(planID: "thai-nguyen").count == 2)
    }

    @Test func englishAndAscii() {
        let h = Harness(.thaiNguyen, .small, language: .en, colors: false, unicode: false)
        h.type("1")
        #expect(h.text.contains("General objectives"))
        #expect(h.text.contains("5 targets"))
        h.expectWellFormed()
        for glyph in ["•", "◦", "─"] { #expect(!h.text.contains(glyph)) }
    }
}
