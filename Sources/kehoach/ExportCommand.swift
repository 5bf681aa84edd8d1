import ArgumentParser
import Dashboard
import Foundation
import PlanKit
import PlanStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.text(vi: "Xuất toàn bộ kế hoạch kèm tình hình thực hiện.",
                                en: "Export a whole plan with its statuses (xuất kế hoạch kèm tình hình thực hiện)."),
        discussion: HelpText.text(vi: """
        json: lược đồ mô tả trong README ("JSON") cộng với tình trạng, đánh giá và hạn của mỗi nhiệm vụ \
        vào ngày --as-of và mọi tình trạng đã ghi. csv: mỗi nhiệm vụ một dòng cho Excel và LibreOffice \
        (UTF-8 có BOM, CRLF, mọi trường trong ngoặc kép, các cơ quan nối bằng "; "). md: kế hoạch dưới dạng \
        văn bản. yaml: kế hoạch và tình trạng để sửa tay — `kehoach import FILE.yaml` đọc lại và giữ tình \
        trạng. dot: đồ thị cơ quan–nhiệm vụ cho Graphviz (cơ quan là hộp, nhiệm vụ là hình bầu dục, cạnh \
        liền từ cơ quan chủ trì, cạnh đứt từ cơ quan phối hợp). Định dạng theo phần mở rộng của -o khi \
        không có --format.
        """, en: """
        json: the documented schema (README, "JSON") plus each task's status, standing and deadline on the \
        as-of day and every recorded status. csv: one row per task for Excel and LibreOffice (UTF-8 with a \
        byte-order mark, CRLF, every field quoted, agencies joined with "; "). md: the plan as a document. \
        yaml: the plan and its statuses for correcting by hand — `kehoach import FILE.yaml` reads it back \
        and keeps the statuses. dot: the agency–task graph for Graphviz (agencies as boxes, tasks as \
        ellipses, solid edges from lead agencies, dashed from cooperating ones). The format follows -o's \
        extension when --format is not given.
        """) + "\n\n" + HelpText.examples("""
          kehoach export kon-tum-3785 --format csv -o ke-hoach-3785.csv
          kehoach export thai-nguyen -o thai-nguyen.yaml
          kehoach import thai-nguyen.yaml
          kehoach export thai-nguyen --format dot -o - | dot -Tsvg > thai-nguyen.svg
        """)
    )

    @Argument(help: HelpText.option(vi: "Mã kế hoạch (xem `kehoach plans`).", en: "The plan id (see `kehoach plans`)."), completion: StoreCompletion.planIDs)
    var plan: String

    @Option(help: HelpText.option(vi: "Kết quả: json, csv, md, yaml hoặc dot (đồ thị cơ quan–nhiệm vụ cho Graphviz).", en: "Output: json, csv, md, yaml or dot (the agency–task graph for Graphviz)."))
    var format: ExportFormat?

    @Option(help: HelpText.option(vi: "Ngày đánh giá tình trạng (json, csv, md): 2026-11-23 hoặc 23/11/2026 (mặc định: hôm nay).", en: "The day statuses are judged for (json, csv, md): 2026-11-23 or 23/11/2026 (default: today)."))
    var asOf: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let l = context.language
        let day = try AsOfDate.parse(asOf, l)
        let (summary, plan) = try context.resolvePlan(self.plan)
        let statuses = try context.attempt { try context.store.statuses(planID: summary.id) }
        let values = try context.attempt { try context.store.targetValues(planID: summary.id) }
        let chosen = format ?? output.formatFromExtension(ExportFormat.self) ?? .json
        let progress = ProgressLine(outputToTerminal: output.path == nil)
        let label = l.pick(vi: "Đang xuất \(summary.id)…", en: "Exporting \(summary.id)…")
        let report: (Int, Int) -> Void = { done, total in progress.update(label, done: done, total: total) }
        // YAML carries only what is read back: the derived status, standing and deadline stay out.
        let export = PlanExport(plan: plan, id: summary.id, statuses: statuses, recordedValues: values,
                                derivedFor: chosen == .yaml ? nil : day, progress: report)
        progress.show(label)
        let text = try chosen.render(export, of: plan, wording: Localizer(l), progress: report)
        progress.finish()
        try output.write(text, language: l)
    }
}

/// The export formats; each is one case here and one line in `render`.
enum ExportFormat: String, FormatName {
    case json, csv, md, yaml, dot

    func render(_ export: PlanExport, of plan: Plan, wording: Localizer, progress: @escaping (Int, Int) -> Void) throws -> String {
        switch self {
        case .json: return try export.json()
        case .csv: return PlanCSV.render(export, wording: wording, progress: progress)
        case .md: return PlanMarkdown.render(export, wording: wording, progress: progress)
        case .yaml: return try export.yaml()
        case .dot: return DotGraph.render(plan)
        }
    }
}
