import Dashboard
import PlanKit
import Testing

/// Keys in, screen text out, at 80×24 and 140×45 for both seed plans.
@Suite struct ScenarioTests {
    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func opensOnTheTaskMatrix(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        #expect(h.state.pane == .tasks)
        let text = h.text
        #expect(text.contains("Nhiệm vụ, giải"))
        #expect(text.contains("Chủ trì"))
        #expect(text.contains("Tình trạng"))
        let firstCode = plan.plan.tasks[0].code
        #expect(h.lines.contains { $0.hasPrefix(firstCode + " ") })
        // Status bar: as-of date, standing counts, next report date.
        #expect(text.contains("23/11/2026"))
        #expect(text.contains(plan == .konTum ? "15/11/2027" : "10/12/2026"))
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func paneSwitching(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("1")
        #expect(h.state.pane == .objectives)
        #expect(h.text.contains(plan == .konTum ? "Mục tiêu chung" : "Mục tiêu tổng quát"))
        h.type("3")
        #expect(h.state.pane == .agencies)
        #expect(h.text.contains("Sở Kế hoạch và Đầu tư"))
        h.type("4")
        #expect(h.state.pane == .timeline)
        #expect(h.text.contains("Nhóm theo cơ quan chủ trì"))
        h.press(.tab)
        #expect(h.state.pane == .report)
        h.press(.tab)
        #expect(h.state.pane == .objectives)
        h.press(.backTab)
        #expect(h.state.pane == .report)
        h.press(.backTab)
        #expect(h.state.pane == .timeline)
        h.press(.backTab)
        #expect(h.state.pane == .agencies)
        h.type("2")
        #expect(h.state.pane == .tasks)
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func scrollsToTheEndAndBack(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        let last = plan.plan.tasks[plan.plan.tasks.count - 1].code
        let first = plan.plan.tasks[0].code
        h.type("G")
        #expect(h.selectedTaskCode == last)
        #expect(h.selectedLine?.hasPrefix(last + " ") == true)
        h.expectWellFormed()
        h.type("g")
        #expect(h.state.matrix.viewport.selected == 0)
        #expect(h.lines.contains { $0.hasPrefix(first + " ") })
        h.press(.end, .pageUp, .pageDown, .home)
        #expect(h.state.matrix.viewport.selected == 0)
        h.press(.down)
        #expect(h.selectedTaskCode == first)
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func searchIgnoresDiacritics(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("/so ke hoach")
        #expect(h.lines.last?.hasPrefix("Tìm: so ke hoach") == true)
        h.press(.enter)
        guard let found = h.state.matrix.selectedTask, let document = h.state.document else {
            Issue.record("no match selected")
            return
        }
        let task = document.plan.tasks[found]
        #expect((task.lead + task.cooperating).contains { $0.canonical == "Sở Kế hoạch và Đầu tư" })
        #expect(h.text.contains("“so ke hoach”: kết quả 1/"))
        let firstMatch = found
        // While the search is on, n and N step through its matches (and change no status).
        h.type("n")
        #expect(h.state.matrix.selectedTask != firstMatch)
        h.type("N")
        #expect(h.state.matrix.selectedTask == firstMatch)
        #expect(h.state.editing.pending == nil)
        h.press(.ctrl("n"))
        #expect(h.state.matrix.selectedTask != firstMatch)
        h.press(.escape)
        #expect(h.state.search == nil)
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func filtersByStanding(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("f")
        #expect(h.text.contains("Bộ lọc"))
        // Line 0 is the section heading; then standings worst first: overdue, due soon, not started.
        h.press(.down, .down, .down, .enter, .escape)
        #expect(h.state.matrix.filters.standings == [.notStarted])
        #expect(h.text.contains("Lọc: Chưa TH"))
        let document = h.state.document
        for row in h.state.matrix.rows {
            if case .task(let index) = row { #expect(document?.standings[index] == .notStarted) }
        }
        #expect(!h.text.contains("Thường xuyên  "))
        h.type("fx")
        h.press(.escape)
        #expect(h.state.matrix.filters.isEmpty)
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func sortsAndReverses(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("s")
        #expect(h.state.matrix.sort.column == .task)
        #expect(h.text.contains("▲ Nhiệm vụ"))
        let ascending = taskOrder(h)
        h.type("S")
        #expect(h.text.contains("▼ Nhiệm vụ"))
        let descending = taskOrder(h)
        #expect(ascending.count == descending.count)
        // Within a group, the order reverses.
        #expect(ascending != descending)
        h.type("ssss")
        #expect(h.state.matrix.sort.column == .standing)
        h.type("s")
        #expect(h.state.matrix.sort.column == .code)
        h.expectWellFormed()
    }

    private func taskOrder(_ h: Harness) -> [Int] {
        h.state.matrix.rows.compactMap { if case .task(let i) = $0 { return i } else { return nil } }
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func collapsesAGroup(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        let group = plan.plan.groups[0]
        let members = plan.plan.tasks.filter { $0.groupCode == group.code }
        #expect(h.selectedLine?.contains(group.title.prefix(10)) == true)
        h.press(.enter)
        #expect(h.state.matrix.collapsed.contains(group.code))
        #expect(h.selectedLine?.hasPrefix("▸ \(group.code) ") == true)
        for task in members { #expect(!h.lines.contains { $0.hasPrefix(task.code + " ") }) }
        h.type(" ")
        #expect(h.state.matrix.collapsed.isEmpty)
        #expect(h.selectedLine?.hasPrefix("▾ \(group.code) ") == true)
        // h on a task goes to its group, h again collapses it, l opens it.
        h.type("jhh")
        #expect(h.state.matrix.collapsed == [group.code])
        h.type("l")
        #expect(h.state.matrix.collapsed.isEmpty)
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func detailView(plan: SeedPlan, size: TermSize) throws {
        let h = Harness(plan, size)
        let task = plan.plan.tasks[0]
        _ = try h.store.apply([.init(key: StatusKey(taskCode: task.code, year: task.timeframe.hasYearlyInstances ? 2026 : nil),
                                     status: .inProgress, progress: 40, note: "Đã trình UBND tỉnh", basedOnVersion: 0)],
                              planID: plan.rawValue, by: "thu-ky")
        h.runtime.dispatch(.storeChanged)
        h.press(.down, .enter)
        let top = h.text
        h.type("G")
        // At 80×24 the detail scrolls: what is not on the first page is on the last.
        let text = top + h.text
        #expect(top.contains("┌─ Nhiệm vụ \(task.code) "))
        #expect(text.contains("Chủ trì:"))
        #expect(text.contains("Thời gian thực hiện: \(task.timeframe.text)"))
        #expect(text.contains("dòng \(task.sourceLine) của văn bản"))
        #expect(text.contains("Tiến độ: 40%"))
        #expect(text.contains("Đã trình UBND tỉnh"))
        #expect(text.contains("Lịch sử"))
        #expect(text.contains("thu-ky (sửa): chưa ghi nhận → Đang thực hiện 40%"))
        // Sở Kế hoạch và Đầu tư's successor from the directory, on the as-of date.
        if task.lead.contains(where: { $0.canonical == "Sở Kế hoạch và Đầu tư" }) {
            #expect(text.contains("nay là Sở Tài chính, từ 01/03/2025"))
        }
        h.expectWellFormed()
        h.type("g")
        #expect(h.text == top)
        h.press(.escape)
        #expect(h.state.overlays.isEmpty)
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func helpIsGeneratedFromBindings(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("?")
        let text = h.text
        #expect(text.contains("Phím tắt"))
        #expect(text.contains("trợ giúp"))
        #expect(text.contains("khung Báo cáo"))
        // On the first page, or (at 80×24, where it ends at the search keys) on the next.
        h.press(.pageDown)
        #expect(text.contains("kết quả sau") || h.text.contains("kết quả sau"))
        h.type("G")
        #expect(h.text.contains("Quá hạn chưa hoàn thành"))
        h.expectWellFormed()
        h.press(.escape)
        #expect(h.state.overlays.isEmpty)
        h.type("?")
        h.type("?")
        #expect(h.state.overlays.isEmpty)
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func tooSmallNamesTheSizeAndIgnoresKeys(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.resize(50, 12)
        #expect(h.text.contains("cần ít nhất 60×15"))
        #expect(h.text.contains("hiện có 50×12"))
        h.type("jjj2?/")
        #expect(h.state.matrix.viewport.selected == 0)
        #expect(h.state.overlays.isEmpty)
        h.expectWellFormed()
        h.resize(size.width, size.height)
        #expect(h.text.contains("Nhiệm vụ, giải"))
        h.resize(50, 12)
        h.type("q")
        #expect(h.state.isQuitting)
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func asciiAndNoColor(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size, colors: false, unicode: false)
        h.press(.down, .enter)
        let text = h.text
        for glyph in ["─", "│", "┌", "…", "▾", "▸", "•", "→"] { #expect(!text.contains(glyph), "\(glyph) in ASCII mode") }
        #expect(text.contains("+- Nhiệm vụ"))
        h.press(.escape)
        #expect(h.lines[3].hasPrefix("- "))
        // The selected row keeps its background without colours, and the standing is a word.
        #expect(h.selectedLine != nil)
        #expect(h.text.contains("Chưa TH") || h.text.contains("Chưa thực hiện"))
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func englishInterface(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size, language: .en)
        let text = h.text
        #expect(text.contains("Tasks"))
        #expect(text.contains("Lead"))
        #expect(text.contains("As of") || text.contains("2026-11-23"))
        #expect(!text.contains("Chủ trì"))
        h.type("?")
        let help = h.text
        h.press(.pageDown)  // the first page of 80×24 ends at the search keys
        #expect(help.contains("next match") || h.text.contains("next match"))
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func commandLine(plan: SeedPlan, size: TermSize) {
        let h = Harness(plans: [.thaiNguyen, .konTum], width: size.width, height: size.height,
                        initialPlan: plan.rawValue)
        #expect(h.state.document?.id == plan.rawValue)
        let code = plan.plan.tasks[plan.plan.tasks.count - 2].code
        h.type(":\(code)")
        h.press(.enter)
        #expect(h.selectedTaskCode == code)
        h.type(":asof 2031-01-15")
        h.press(.enter)
        #expect(h.text.contains("15/01/2031"))
        #expect(h.state.document?.standings.contains(.overdue) == true)
        h.type(":plan \(plan == .konTum ? "thai" : "3785")")
        h.press(.enter)
        #expect(h.state.document?.id != plan.rawValue)
        h.type("]")
        #expect(h.state.document?.id == plan.rawValue)
        h.type(":nonsense words")
        h.press(.enter)
        #expect(h.text.contains("Lệnh không rõ"))
        h.type(":q")
        h.press(.enter)
        #expect(h.state.isQuitting)
    }

    @Test(arguments: SeedPlan.allCases, TermSize.both)
    func agencyToggleShowsSuccessors(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("a")
        #expect(h.state.agencyView == .current)
        #expect(h.text.contains("Cơ quan hiện nay"))
        let document = h.state.document
        // Sở Kế hoạch và Đầu tư led tasks are now shown under Sở Tài chính.
        let led = plan.plan.tasks.filter { $0.lead.contains { $0.canonical == "Sở Kế hoạch và Đầu tư" } }
        #expect(!led.isEmpty)
        #expect(document != nil)
        #expect(!h.text.contains("Sở KH&ĐT   "))
        h.type("a")
        #expect(h.state.agencyView == .printed)
        let bare = Harness(plans: [plan], successors: .none)
        bare.type("a")
        #expect(bare.state.agencyView == .printed)
        #expect(bare.text.contains("Chưa có dữ liệu cơ quan kế thừa"))
    }
}
