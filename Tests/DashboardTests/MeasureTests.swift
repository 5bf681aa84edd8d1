import Dashboard
import Foundation
import PlanKit
import Testing

/// Figures, not a timed test: prints the time to render one frame of the matrix at 200×60.
/// Run with `swift test --filter MeasureTests` (use `-c release` for release figures).
@Suite struct MeasureTests {
    static func synthetic(taskCount: Int) -> Plan {
        let agencies = ["Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Tài chính", "Sở Giáo dục và Đào tạo",
                        "Trường Cao đẳng Kon Tum", "Ủy ban nhân dân các huyện, thành phố"].map(Seeds.directory.reference(for:))
        let groupCount = max(1, taskCount / 100)
        let groups = (0..<groupCount).map { TaskGroup(code: "\($0 + 1)", title: "Nhóm nhiệm vụ số \($0 + 1) về phát triển nguồn nhân lực", sourceLine: $0) }
        let tasks = (0..<taskCount).map { index in
            let start = 2025 + index % 5
            return PlanTask(code: "\(index / 100 + 1).\(index % 100 + 1)", groupCode: "\(index / 100 + 1)",
                            text: "Nhiệm vụ tổng hợp số \(index): khảo sát, đánh giá, đề xuất cơ chế chính sách phát triển ngành công nghiệp bán dẫn",
                            lead: [agencies[index % agencies.count]],
                            cooperating: [agencies[(index + 1) % agencies.count], agencies[(index + 3) % agencies.count]],
                            timeframe: Timeframe(text: "Năm \(start) - \(start + 2)", kind: .yearRange,
                                                 start: CalendarDate(year: start, month: 1, day: 1),
                                                 end: CalendarDate(year: start + 2, month: 12, day: 31)),
                            sourceLine: index)
        }
        return Plan(identity: PlanIdentity(issuer: "UBND tỉnh", province: "Thử", number: "1/KH-UBND", date: nil,
                                           title: "Kế hoạch tổng hợp", signer: nil),
                    sourceDigest: "", objectives: [], groups: groups, tasks: tasks, duties: [], reporting: [], footnotes: [])
    }

    static func state(_ plan: Plan, size: TerminalSize) -> AppState {
        var state = AppState(language: .vi, size: size, asOf: Seeds.date("2026-11-23"))
        _ = DashboardApp.update(&state, .plansLoaded([], lastViewed: nil))
        _ = DashboardApp.update(&state, .planLoaded(id: "p", plan, statuses: [:]))
        return state
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// Median time of `runs` calls.
    static func median(_ runs: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs { times.append(milliseconds(clock.measure(body))) }
        return times.sorted()[runs / 2]
    }

    @Test func renderFrameTimes() {
        let size = TerminalSize(width: 200, height: 60)
        let caps = TerminalCapabilities(colors: true, unicode: true)
        var lines: [String] = []
        for (name, plan) in [("seed Thái Nguyên", Seeds.thaiNguyen), ("seed Kon Tum", Seeds.konTum),
                             ("synthetic 100", Self.synthetic(taskCount: 100)),
                             ("synthetic 100,000", Self.synthetic(taskCount: 100_000))] {
            let clock = ContinuousClock()
            var state = AppState(language: .vi, size: size, asOf: Seeds.date("2026-11-23"))
            let load = clock.measure { state = Self.state(plan, size: size) }
            var screen = DashboardApp.render(state, size: size, capabilities: caps)
            let frame = Self.median(15) { screen = DashboardApp.render(state, size: size, capabilities: caps) }
            #expect(screen.width == 200)
            // A page down plus a frame: what one scrolling key costs.
            let scroll = Self.median(15) {
                _ = DashboardApp.update(&state, .key(.pageDown))
                screen = DashboardApp.render(state, size: size, capabilities: caps)
            }
            lines.append("\(name): load \(String(format: "%.1f", Self.milliseconds(load))) ms, frame \(String(format: "%.2f", frame)) ms, PgDn+frame \(String(format: "%.2f", scroll)) ms")
        }
        print("MEASURE (200×60 matrix frame):\n" + lines.joined(separator: "\n"))
    }
}
