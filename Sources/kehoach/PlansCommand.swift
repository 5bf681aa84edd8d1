import ArgumentParser
import Foundation
import PlanStore

struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: HelpText.text(vi: "Liệt kê các kế hoạch đang theo dõi.",
                                en: "List the plans in the store (các kế hoạch đang theo dõi)."),
        discussion: HelpText.text(vi: """
        Hiện mã của mỗi kế hoạch (cái các lệnh khác nhận: tỉnh và số, ví dụ kon-tum-3785), số, tên, cơ \
        quan ban hành và số nhiệm vụ. Kho trống được nạp các kế hoạch kèm sẵn trước.
        """, en: """
        Shows each plan's id (what the other commands take: province and number, e.g. kon-tum-3785), number, \
        title, issuer and task count. An empty store first gets the bundled plans.
        """) + "\n\n" + HelpText.examples("""
          kehoach plans
          kehoach plans --format json --db /tmp/hop.sqlite
        """)
    )

    enum Format: String, FormatName { case table, json }

    @Option(help: HelpText.option(vi: "Kết quả: table (bảng) hoặc json.", en: "Output: table or json."))
    var format: Format = .table

    @OptionGroup var output: OutputOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try StoreContext.open(global, forReading: true)
        let plans = try context.attempt { try context.store.plans() }
        let l = context.language
        switch format {
        case .json:
            try output.write(try JSONText.encode(plans) + "\n", language: l)
        case .table:
            var table = TableText(headers: [l.pick(vi: "Mã", en: "Id"), l.pick(vi: "Số", en: "Number"),
                                            l.pick(vi: "Nhiệm vụ", en: "Tasks"), l.pick(vi: "Cơ quan ban hành", en: "Issuer"),
                                            l.pick(vi: "Tên kế hoạch", en: "Title")],
                                  flexibleColumn: 4)
            table.rows = plans.map { [$0.id, $0.number ?? "—", String($0.taskCount), $0.issuer, $0.title] }
            try output.writeText(table.render(width: output.tableWidth), language: l)
        }
    }
}
