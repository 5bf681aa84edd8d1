import Dashboard
import PlanKit
import Testing

/// Pane 4: the axis, the today line, bars, markers, bands and ticks, zoom, scroll, grouping, Enter and the footer.
@Suite struct TimelinePaneTests {
    /// Column of a label on the axis row (the axis rows hold one-column characters only).
    func column(of label: String, in line: String) -> Int? {
        guard let range = line.range(of: label) else { return nil }
        return line.distance(from: line.startIndex, to: range.lowerBound)
    }

    func row(_ prefix: String, _ h: Harness) -> String? { h.lines.first { $0.hasPrefix(prefix) } }

    @Test(arguments: SeedPlan.allCases, TermSize.panes)
    func groupedByAgencyWithTheTodayLine(plan: SeedPlan, size: TermSize) throws {
        let h = Harness(plan, size)
        h.type("4")
        #expect(h.state.timeline.grouping == .agency)
        #expect(h.text.contains("Nhóm theo cơ quan chủ trì"))
        #expect(h.text.contains("▾ Sở Kế hoạch và Đầu tư"))
        let axis = h.lines[2]
        let y2026 = try #require(column(of: "2026", in: axis))
        let y2027 = try #require(column(of: "2027", in: axis))
        // The as-of line crosses the task rows between the 2026 and 2027 labels.
        let rows = h.lines[4..<(h.lines.count - 2)].filter { $0.hasPrefix("  ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(!rows.isEmpty)
        for line in rows {
            let today = try #require(Array(line).lastIndex(of: "│"), "no today line in \(line)")
            #expect(today > y2026 && today < y2027, "today at \(today), 2026 at \(y2026), 2027 at \(y2027)")
        }
        #expect(Array(h.lines[3]).firstIndex(of: "▼").map { $0 > y2026 && $0 < y2027 } == true)
        // A group heading counts its tasks by standing.
        let heading = try #require(row("▾ Sở Kế hoạch và Đầu tư", h))
        #expect(heading.contains(plan == .thaiNguyen ? "!3 ○3" : "○7"))
        h.expectWellFormed()
    }

    @Test(arguments: TermSize.panes)
    func thaiNguyenMarkerBandAndBars(size: TermSize) throws {
        let h = Harness(.thaiNguyen, size)
        h.type("4")
        // Task 6 has five leads: it appears under each, as a light band over the plan's span.
        let six = h.state.timeline.rows.filter { $0 == .task(Seeds.thaiNguyen.tasks.firstIndex { $0.code == "6" } ?? -1) }
        #expect(six.count == 5)
        let seen = textWhileScrolling(h)
        let band = try #require(seen.split(separator: "\n").first { $0.hasPrefix("  6 ∞") })
        #expect(band.contains("░░░░░░░░"))
        // 2.2 is due in Q3 2029: its marker sits in the third quarter of 2029, on a thin bar from the plan's start.
        let axis = h.lines[2]
        let y2029 = try #require(column(of: "2029", in: axis))
        let y2030 = try #require(column(of: "2030", in: axis))
        let yearWidth = Double(y2030 - y2029)
        let marked = try #require(seen.split(separator: "\n").first { $0.hasPrefix("  2.2 ") })
        let marker = try #require(Array(marked).firstIndex(of: "◆"))
        #expect(Double(marker) >= Double(y2029) + yearWidth * 0.5 && Double(marker) < Double(y2029) + yearWidth * 0.75 + 1,
                "marker at \(marker), 2029 at \(y2029), year \(yearWidth)")
        #expect(marked.contains("───"))
        // 1.2 (2025) ends in a full bar at the end of 2025; 2.1 runs 2025–2030.
        let oneYear = try #require(seen.split(separator: "\n").first { $0.hasPrefix("  1.2 !") })
        #expect(oneYear.contains("█"))
        h.expectWellFormed()
    }

    func textWhileScrolling(_ h: Harness) -> String {
        h.textWhileScrolling(\.timeline.viewport, rows: h.state.timeline.rows.count)
    }

    @Test(arguments: TermSize.panes)
    func konTumYearlyTicks(size: TermSize) throws {
        let h = Harness(.konTum, size)
        h.type("4")
        let seen = textWhileScrolling(h)
        let yearly = try #require(seen.split(separator: "\n").first { $0.hasPrefix("  I.1 ") })
        // One tick per year 2025–2030 (the as-of line may cover the 2026 one).
        #expect(yearly.filter { $0 == "┃" }.count >= 5)
        #expect(!yearly.contains("█"))
        let continuousYearly = try #require(seen.split(separator: "\n").first { $0.hasPrefix("  VII.1 ") })
        #expect(continuousYearly.contains("░") && continuousYearly.contains("┃"))
        // The yearly report date (15/11) is marked on the axis.
        #expect(h.lines[3].contains("▾"))
        #expect(h.text.contains(size.width == 80 ? "▾ báo" : "▾ báo cáo 15/11 hằng năm"))
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases, TermSize.panes)
    func zoomScrollCentreAndGrouping(plan: SeedPlan, size: TermSize) throws {
        let h = Harness(plan, size)
        h.type("4+")
        #expect(h.state.timeline.zoom == .quarters)
        #expect(h.lines[2].contains("Q3"))
        h.type("+")
        #expect(h.state.timeline.zoom == .months)
        h.type("+")
        #expect(h.state.timeline.zoom == .months)
        h.type("t")
        // Centred on the as-of date.
        let ticks = h.lines[3]
        let today = try #require(Array(ticks).firstIndex(of: "▼"))
        let chartStart = size.width / 4 + 1
        #expect(abs(today - (chartStart + (size.width - chartStart) / 2)) <= 2)
        let before = h.state.timeline.origin ?? 0
        h.press(.right)
        #expect((h.state.timeline.origin ?? 0) > before)
        h.press(.left, .left)
        #expect((h.state.timeline.origin ?? 0) < before)
        h.type("--")
        #expect(h.state.timeline.zoom == .years)
        h.expectWellFormed()
        // g cycles the grouping (Home still goes to the top).
        h.type("g")
        #expect(h.state.timeline.grouping == .group)
        #expect(h.text.contains("Nhóm theo nhóm nhiệm vụ"))
        #expect(h.lines[4].hasPrefix("▾ \(plan.plan.groups[0].code). "))
        h.type("g")
        #expect(h.state.timeline.grouping == .none)
        #expect(h.state.timeline.rows.count == plan.plan.tasks.count)
        h.type("g")
        #expect(h.state.timeline.grouping == .agency)
        h.press(.end, .home)
        #expect(h.state.timeline.viewport.selected == 0)
    }

    @Test(arguments: SeedPlan.allCases, TermSize.panes)
    func enterOpensTheDetailAndTheFooterShowsTheTimeframe(plan: SeedPlan, size: TermSize) {
        let h = Harness(plan, size)
        h.type("4j")
        guard let task = h.state.timeline.task(atRow: h.state.timeline.viewport.selected) else {
            Issue.record("the second row is not a task")
            return
        }
        let planTask = plan.plan.tasks[task]
        #expect(h.lines.last?.contains("\(planTask.code): \(planTask.timeframe.text)") == true)
        h.press(.enter)
        #expect(h.text.contains("┌─ Nhiệm vụ \(planTask.code) "))
        h.press(.escape)
        #expect(h.state.overlays.isEmpty)
        #expect(h.state.pane == .timeline)
        h.expectWellFormed()
    }

    @Test(arguments: SeedPlan.allCases)
    func asciiWithoutColours(plan: SeedPlan) {
        let h = Harness(plan, .small, colors: false, unicode: false)
        h.type("4")
        let seen = textWhileScrolling(h)
        for glyph in ["█", "░", "┃", "│", "◆", "▼", "▾", "┬", "─", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] {
            #expect(!seen.contains(glyph), "\(glyph) in ASCII mode")
        }
        #expect(seen.contains("####"))
        #expect(seen.contains("===="))
        #expect(seen.contains("|"))
        if plan == .thaiNguyen { #expect(seen.contains("*")) }
        // Without colours the standing is a letter beside the code.
        #expect(seen.contains(plan == .thaiNguyen ? "  3.1 ! " : "  II.1 o "))
        h.expectWellFormed()
    }

    @Test func english() {
        let h = Harness(.thaiNguyen, .huge, language: .en)
        h.type("4")
        #expect(h.text.contains("Grouped by lead agency"))
        #expect(h.text.contains("Scale: years"))
        #expect(h.text.contains("report by 10/12 yearly"))
        h.type("?")
        #expect(h.text.contains("zoom in"))
    }
}
