import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore

struct ResultSectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sections",
        abstract: "Write an agency's free sections of its report for a period (tồn tại; phương hướng; đề xuất).",
        discussion: """
        Sections not given keep what they say; "" clears one. The agency is required: these sections are \
        the agency's, not a task's.

        Example:
          kehoach result sections kon-tum-3785 --agency "so ke hoach" --period 2026 \\
            --shortcomings "Thiếu giảng viên" --direction "Mở thêm 2 lớp" --proposals "Bổ sung kinh phí"
        """
    )

    @Argument(help: "The plan id (see `kehoach plans`).")
    var plan: String

    @Option(help: "The reporting agency (a name, abbreviations and missing diacritics allowed).")
    var agency: String

    @Option(help: "The reporting period (2026, 2026-H2, 2026-Q4, 2026-11).")
    var period: String?

    @Option(help: "II. Tồn tại, hạn chế và nguyên nhân.")
    var shortcomings: String?

    @Option(help: "III. Phương hướng, nhiệm vụ.")
    var direction: String?

    @Option(help: "IV. Đề xuất, kiến nghị.")
    var proposals: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        let (summary, plan) = try context.resolvePlan(self.plan)
        let period = try ResultOptions.period(self.period, plan: plan, language: l)
        let filter = AgencyFilter(query: agency, directory: try? AgencyDirectory.bundled())
        guard let reporter = filter.reporter(in: plan, period: period) else {
            throw CommandSupport.Failure(message: l.pick(vi: "không cơ quan nào trong \(summary.id) khớp \"\(agency)\"",
                                                         en: "no agency in \(summary.id) matches \"\(agency)\""), code: 1)
        }
        guard shortcomings != nil || direction != nil || proposals != nil else {
            throw CommandSupport.Failure(message: l.pick(vi: "chưa có nội dung: dùng --shortcomings, --direction hoặc --proposals",
                                                         en: "nothing given: use --shortcomings, --direction or --proposals"), code: 1)
        }
        let current = try context.attempt { try context.store.agencySections(planID: summary.id) }
            .first { $0.agency == reporter.key && $0.period == period }
        var sections = current ?? AgencySections(agency: reporter.key, period: period)
        if let shortcomings { sections.shortcomings = shortcomings }
        if let direction { sections.direction = direction }
        if let proposals { sections.proposals = proposals }
        let stored = try context.attempt { try context.store.saveSections(sections, planID: summary.id, by: context.user) }
        StandardOutput.print("\(summary.id) · \(period.label(vietnamese: l == .vi)) · \(reporter.name)"
              + l.pick(vi: " · phiên bản \(stored.version) · \(context.user)", en: " · version \(stored.version) · \(context.user)"))
    }
}
