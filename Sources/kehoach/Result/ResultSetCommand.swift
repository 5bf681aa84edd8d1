import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

struct ResultSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: HelpText.text(vi: "Ghi một dòng của biểu mẫu báo cáo: kết quả một nhiệm vụ trong một kỳ, của một cơ quan.",
                                en: "Write one row of the reporting form: a task's result for a period, for one agency."),
        discussion: HelpText.text(vi: """
        --period là 2026 (năm), 2026-H2 (nửa năm), 2026-Q4 (quý) hoặc 2026-11 (tháng); mặc định là kỳ hiện \
        tại theo nhịp báo cáo của kế hoạch (đọc từ nhiệm vụ báo cáo: "hằng năm", "hằng tháng"…). --agency \
        mặc định là cơ quan chủ trì của nhiệm vụ; cơ quan phối hợp nêu tên mình để ghi phần đóng góp của \
        mình. Tùy chọn không nêu giữ nguyên nội dung dòng đã có; --assessment (vượt, đạt, chậm) không nêu \
        thì theo tình trạng của nhiệm vụ. Nếu người khác đã sửa dòng này trong lúc đó, lệnh bị từ chối và \
        không ghi gì.
        """, en: """
        --period is 2026 (year), 2026-H2 (half), 2026-Q4 (quarter) or 2026-11 (month); by default the \
        current period of the plan's reporting rhythm (read from its reporting duty: "hằng năm" yearly, \
        "hằng tháng" monthly…). --agency defaults to the task's lead agency; a cooperating agency names \
        itself to record its own contribution. Options not given keep what the row already says; \
        --assessment (vượt, đạt, chậm) not given follows the task's standing. The write is refused, and \
        nothing written, if someone else changed the row meanwhile.
        """) + "\n\n" + HelpText.examples("""
          kehoach result set kon-tum-3785 I.1 --period 2026 --text "Tổ chức 2 hội thảo"
          kehoach result set kon-tum-3785 I.1 --quantity "120 nhân lực" --target 6.0
          kehoach result set thai-nguyen 3.1 --agency "so tai chinh" --assessment dat
        """)
    )

    @OptionGroup var formRow: ResultTarget

    @Argument(help: HelpText.option(vi: "Mã nhiệm vụ như in (1.1, III.2).", en: "The task code as printed (1.1, III.2)."))
    var code: String

    @Option(help: HelpText.option(vi: "Những gì đã làm trong kỳ (kết quả thực hiện trong kỳ).",
                                  en: "What was done in the period (kết quả thực hiện trong kỳ)."))
    var text: String?

    @Option(help: HelpText.option(vi: "Một số liệu kèm đơn vị, ví dụ \"120 nhân lực\"; lặp lại được.",
                                  en: "A figure with its unit, e.g. \"120 nhân lực\"; repeatable."))
    var quantity: [String] = []

    @Option(help: HelpText.option(vi: "Chỉ tiêu của mục tiêu mà số liệu tính vào, MỤC-TIÊU.CHỈ-TIÊU như `kehoach export` đánh số.",
                                  en: "The objective's target the figures count toward, OBJECTIVE.TARGET as `kehoach export` numbers them."))
    var target: String?

    @Option(help: HelpText.option(vi: "vượt, đạt hoặc chậm.", en: "vượt, đạt or chậm (ahead, met, behind)."))
    var assessment: String?

    @Option(help: HelpText.option(vi: "Tồn tại, khó khăn, vướng mắc.", en: "Difficulties (tồn tại, khó khăn, vướng mắc)."))
    var difficulties: String?

    @Option(help: HelpText.option(vi: "Đề xuất, kiến nghị.", en: "Proposals (đề xuất, kiến nghị)."))
    var proposals: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global)
        let l = context.language
        let (summary, plan, period) = try formRow.resolve(context)
        let task = try context.resolveTask(code, in: plan, planID: summary.id)
        let agency = try formRow.agency(of: task, planID: summary.id, period: period, language: l)
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
