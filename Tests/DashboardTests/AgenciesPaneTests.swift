import Dashboard
import PlanKit
import Testing

/// Pane 3: the agency list, the responsibility graph, the matrix, and Enter on agencies and tasks.
@Suite struct AgenciesPaneTests {
    /// Opens the agencies pane on the agency a search finds.
    func select(_ query: String, _ h: Harness) -> AgencyNode? {
        h.type("3/" + query)
        h.press(.enter)
        let nodes = h.state.agencies.nodes
        return nodes.indices.contains(h.state.agencies.viewport.selected) ? nodes[h.state.agencies.viewport.selected] : nil
    }

    func codes(_ refs: [TaskRef], _ h: Harness) -> [String] {
        refs.map { h.state.agencies.index.task($0).code }
    }

    @Test(arguments: TermSize.panes)
    func soKeHoachDauTuCountsAndSuccessor(size: TermSize) {
        let h = Harness(.thaiNguyen, size)
        guard let node = select("so ke hoach", h) else {
            Issue.record("Sở Kế hoạch và Đầu tư not found")
            return
        }
        #expect(node.name == "Sở Kế hoạch và Đầu tư")
        #expect(codes(node.led, h) == ["3.1", "3.2", "3.3", "3.4", "4.2", "5.4"])
        #expect(codes(node.cooperating, h) == ["2.2", "5.3"])
        #expect(node.duties.count == 1)
        #expect(node.overdue == 3)
        // The list row: name (abbreviated where narrow) with its successor, then 6 led, 2 cooperated, 1 duty, 3 overdue.
        let listed = size.width == 80 ? "Sở KH&ĐT → Sở Tà" : "Sở Kế hoạch và Đầu tư → Sở Tài chính, từ"
        let row = h.lines.first { $0.hasPrefix(listed) }?.split(separator: "│").first.map(String.init) ?? ""
        #expect(!row.isEmpty, "no list row for \(listed)")
        #expect(row.hasSuffix("6   2   1   3"))
        // The graph's heading says who carries the duty since the 2025 restructuring.
        #expect(h.text.contains("→ Sở Tài chính, từ 01/03/2025"))
        #expect(h.text.contains("Chủ trì 6 · Phối hợp 2"))
        for code in ["3.1 !", "3.2 !", "3.3 ○", "3.4 ○", "4.2 !", "5.4 ○", "2.2 ○", "5.3 ○"] {
            #expect(h.text.contains(code), "graph lacks \(code)")
        }
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.panes)
    func graphOfSoThongTinVaTruyenThong(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        guard let node = select("so thong tin", h) else {
            Issue.record("Sở Thông tin và Truyền thông not found")
            return
        }
        let expectedLead = plan == .thaiNguyen ? ["1.1", "2.2", "4.1", "5.1", "5.3"] : ["VII.1"]
        let expectedCooperating = plan == .thaiNguyen ? ["1.2", "4.2", "6"] : []
        #expect(codes(node.led, h) == expectedLead)
        #expect(codes(node.cooperating, h) == expectedCooperating)
        let lines = h.lines
        // Each led task on the left with a solid edge to the bus, each cooperated one on the right, dashed.
        for code in expectedLead {
            #expect(lines.contains { $0.contains("│\(code) ") && $0.contains("─") }, "no edge to \(code)")
        }
        for code in expectedCooperating { #expect(lines.contains { $0.contains("╌ \(code) ") }, "no dashed edge to \(code)") }
        // The agency boxed in the middle, joined on both sides.
        #expect(lines.contains { $0.contains("┤") && $0.contains("┌") == false || $0.contains("├╌") })
        #expect(h.text.contains(size.width == 80 ? "Sở TT&TT" : "Sở Thông tin và"))
        #expect(h.text.contains("Cùng thực hiện với"))
        h.expectWellFormed()
        // Into the graph: Enter on the first led task opens its detail; Esc comes back.
        h.type("l")
        #expect(h.state.agencies.focus == .graph)
        h.press(.enter)
        #expect(h.text.contains("┌─ Nhiệm vụ \(expectedLead[0]) "))
        h.press(.escape)
        #expect(h.state.overlays.isEmpty)
        h.type("j")
        #expect(h.state.agencies.graphSelection == 1)
        h.type("h")
        #expect(h.state.agencies.focus == .list)
    }

    @Test(arguments: SeedPlan.allCases, TermSize.panes)
    func enterOnAnAgencyFiltersTheTaskMatrix(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        guard let node = select("so ke hoach", h) else { return }
        h.press(.enter)
        #expect(h.state.pane == .tasks)
        #expect(h.state.matrix.filters.agencies == [node.key])
        #expect(h.state.matrix.shownTaskCount == node.led.count + node.cooperating.count)
        #expect(h.text.contains("Nhiệm vụ của Sở Kế hoạch và Đầu tư"))
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.panes)
    func responsibilityMatrixTotalsEqualTheReferences(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("3m")
        #expect(h.state.agencies.mode == .matrix)
        #expect(h.text.contains("Ma trận trách nhiệm"))
        var leads = 0
        var cooperating = 0
        for task in plan.plan.tasks {
            var seen: Set<String> = []
            for agency in task.lead where seen.insert(agency.agencyID ?? agency.canonical).inserted { leads += 1 }
            for agency in task.cooperating where seen.insert(agency.agencyID ?? agency.canonical).inserted { cooperating += 1 }
        }
        let totals = h.lines[h.lines.count - 3]
        #expect(totals.hasPrefix("Tổng"))
        #expect(totals.hasSuffix("\(leads)C \(cooperating)P"), "totals line: \(totals)")
        // Every group has a column where the width allows, and the per-group totals add up.
        let index = h.state.agencies.index
        var sum = 0
        for column in index.matrixColumns {
            sum += index.nodes.indices.reduce(0) { $0 + index.cell($1, column).lead + index.cell($1, column).cooperating }
        }
        #expect(sum == leads + cooperating)
        h.expectWellFormed()
        h.type("m")
        #expect(h.state.agencies.mode == .graph)
    }

    @Test func sortByLoadAndAllPlans() {
        let h = Harness(plans: [.thaiNguyen, .konTum], width: 160, height: 48)
        h.type("3s")
        #expect(h.state.agencies.sort == .load)
        #expect(h.state.agencies.nodes.first?.name == "Các cơ quan, đơn vị, địa phương liên quan")
        #expect(h.text.contains("Xếp theo số nhiệm vụ"))
        let single = h.state.agencies.nodes.first { $0.name == "Sở Kế hoạch và Đầu tư" }?.load ?? 0
        h.type("A")
        #expect(h.state.agencies.scope == .allPlans)
        #expect(h.state.agencies.index.plans.count == 2)
        let both = h.state.agencies.nodes.first { $0.name == "Sở Kế hoạch và Đầu tư" }?.load ?? 0
        #expect(both == single + 10)
        #expect(h.text.contains("Cơ quan của mọi kế hoạch"))
        // Collective bodies are marked as such.
        #expect(h.text.contains("(tập thể)"))
        h.type("A")
        #expect(h.state.agencies.index.plans.count == 1)
        h.expectWellFormed()
    }

    @Test func asciiAndEnglish() {
        let h = Harness(.thaiNguyen, .small, language: .en, colors: false, unicode: false)
        _ = select("so thong tin", h)
        let text = h.text
        for glyph in ["─", "│", "┤", "╌", "┌", "═", "━", "·"] { #expect(!text.contains(glyph), "\(glyph) in ASCII mode") }
        #expect(text.contains("Leads 5 | Cooperates 3"))
        #expect(text.contains("-> Sở Khoa học và Công nghệ, since 2025-03-01"))
        #expect(text.contains("+-"))
        h.type("m")
        #expect(h.text.contains("Responsibility matrix (L: lead, C: cooperating)"))
        h.expectWellFormed()
    }
}

@Suite struct ResponsibilityMatrixScrollTests {
    @Test func angleBracketsScrollTheGroupColumns() {
        let h = Harness(.konTum, .small)
        h.type("3m")
        // Kon Tum has seven groups: at 80 columns some are cut, and the title says from which one.
        h.type(">")
        #expect(h.state.agencies.matrixColumnOffset == 1)
        #expect(h.text.contains("nhóm từ 2/7"))
        let header = h.lines[3]
        #expect(!header.contains(" I ") && header.contains("II"))
        h.type("<<")
        #expect(h.state.agencies.matrixColumnOffset == 0)
        for _ in 0..<10 { h.type(">") }
        #expect(h.state.agencies.matrixColumnOffset == 6)
        h.expectWellFormed()
    }
}
