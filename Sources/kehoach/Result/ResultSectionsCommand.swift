import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

struct ResultSectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sections",
        abstract: HelpText.text(vi: "Ghi các phần tự do trong báo cáo kỳ của một cơ quan (tồn tại; phương hướng; đề xuất).",
                                en: "Write an agency's free sections of its report for a period (tồn tại; phương hướng; đề xuất)."),
        discussion: HelpText.text(vi: """
        Phần không nêu giữ nguyên nội dung; "" xóa một phần. Phải nêu cơ quan (--agency): các phần này là \
        của cơ quan, không của một nhiệm vụ.
        """, en: """
        Sections not given keep what they say; "" clears one. The agency (--agency) is required: these \
        sections are the agency's, not a task's.
        """) + "\n\n" + HelpText.examples("""
          kehoach result sections kon-tum-3785 --agency "so ke hoach" --period 2026
          kehoach result sections thai-nguyen --agency "so tai chinh" --direction "…"
          kehoach result sections thai-nguyen --agency "so tai chinh" --proposals ""
        """)
    )

    @OptionGroup var formRow: ResultTarget

    @Option(help: HelpText.option(vi: "II. Tồn tại, hạn chế và nguyên nhân.", en: "II. Shortcomings and their causes (tồn tại, hạn chế)."))
    var shortcomings: String?

    @Option(help: HelpText.option(vi: "III. Phương hướng, nhiệm vụ.", en: "III. Direction and tasks ahead (phương hướng, nhiệm vụ)."))
    var direction: String?

    @Option(help: HelpText.option(vi: "IV. Đề xuất, kiến nghị.", en: "IV. Proposals (đề xuất, kiến nghị)."))
    var proposals: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        let (summary, plan, period) = try formRow.resolve(context)
        let reporter = try formRow.namedReporter(in: plan, planID: summary.id, period: period, language: l)
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
