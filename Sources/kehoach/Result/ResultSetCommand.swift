import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore

struct ResultSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Write one row of the reporting form: a task's result for a period, for one agency.",
        discussion: """
        --period is 2026 (year), 2026-H2 (half), 2026-Q4 (quarter) or 2026-11 (month); by default the \
        current period of the plan's reporting rhythm (read from its reporting duty: "hằng năm" yearly, \
        "hằng tháng" monthly…). --agency defaults to the task's lead agency; a cooperating agency names \
        itself to record its own contribution. Options not given keep what the row already says; \
        --assessment (vượt, đạt, chậm) not given follows the task's standing. The write is refused, and \
        nothing written, if someone else changed the row meanwhile.
        """
    )

    @Argument(help: "The plan id (see `kehoach plans`).")
    var plan: String

    @Argument(help: "The task code as printed (1.1, III.2).")
    var code: String

    @Option(help: "The reporting period (2026, 2026-H2, 2026-Q4, 2026-11).")
    var period: String?

    @Option(help: "The reporting agency (a name, abbreviations and missing diacritics allowed).")
    var agency: String?

    @Option(help: "What was done in the period (kết quả thực hiện trong kỳ).")
    var text: String?

    @Option(help: "A figure with its unit, e.g. \"120 nhân lực\"; repeatable.")
    var quantity: [String] = []

    @Option(help: "The objective's target the figures count toward, OBJECTIVE.TARGET as `kehoach export` numbers them.")
    var target: String?

    @Option(help: "vượt, đạt or chậm (ahead, met, behind).")
    var assessment: String?

    @Option(help: "Difficulties (tồn tại, khó khăn, vướng mắc).")
    var difficulties: String?

    @Option(help: "Proposals (đề xuất, kiến nghị).")
    var proposals: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        let (summary, plan) = try context.resolvePlan(self.plan)
        let task = try context.resolveTask(code, in: plan, planID: summary.id)
        let period = try ResultOptions.period(self.period, plan: plan, language: l)
        let agency = try ResultOptions.agency(self.agency, task: task, planID: summary.id, period: period, language: l)
        // After a merger the successor reports the row (a 2026 report is Sở Tài chính's, not Sở KH&ĐT's).
        let reporter = agency.reporting(in: period, directory: try? AgencyDirectory.bundled())
        let quantities = try quantity.map { try ResultOptions.quantity($0, target: target, plan: plan, language: l) }
        let assessment = try self.assessment.map { try ResultOptions.assessment($0, language: l) }
        let key = ResultKey(taskCode: task.code, period: period, agency: reporter.key)
        let current = try context.attempt { try context.store.results(planID: summary.id) }.first { $0.key == key }
        let newText = text ?? current?.text ?? ""
        guard !newText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !quantities.isEmpty else {
            throw CommandSupport.Failure(message: l.pick(vi: "chưa có kết quả: dùng --text hoặc --quantity",
                                                         en: "no result given: use --text or --quantity"), code: 1)
        }
        var row = current ?? TaskResult(key: key, role: .lead, text: "")
        row.text = newText
        if !quantities.isEmpty { row.quantities = quantities }
        if let assessment { row.assessment = assessment }
        if let difficulties { row.difficulties = difficulties }
        if let proposals { row.proposals = proposals }
        let stored = try context.attempt { try context.store.saveResult(row, planID: summary.id, by: context.user) }
        let role = stored.role == .lead ? l.pick(vi: "chủ trì", en: "lead") : l.pick(vi: "phối hợp", en: "cooperating")
        StandardOutput.print("\(summary.id) \(task.code) · \(period.label(vietnamese: l == .vi)) · \(reporter.name) (\(role))"
              + l.pick(vi: " · phiên bản \(stored.version) · \(context.user)", en: " · version \(stored.version) · \(context.user)"))
    }
}
