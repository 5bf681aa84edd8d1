import ArgumentParser
import Wording
import Foundation
import PlanKit
import PlanStore

/// `kehoach agencies`: the agency directory in use (bundled, with the user's file merged over it), or
/// with `--unknown` the names the stored plans print that the directory does not know.
struct AgenciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencies",
        abstract: HelpText.text(vi: "Liệt kê danh mục cơ quan, hoặc các tên danh mục chưa biết.",
                                en: "List the agency directory, or the names it does not know (danh mục cơ quan)."),
        discussion: HelpText.text(vi: """
        Danh mục là Assets/agencies.yaml, cộng thêm $XDG_CONFIG_HOME/kehoach/agencies.yaml (hoặc \
        ~/.config/kehoach/agencies.yaml) đè lên: một mục có mã đã biết thêm tên gọi khác cho cơ quan đó, \
        một mã mới (có tên và loại) thêm một cơ quan.
        """, en: """
        The directory is Assets/agencies.yaml with $XDG_CONFIG_HOME/kehoach/agencies.yaml (or \
        ~/.config/kehoach/agencies.yaml) merged over it: an entry with a known id adds aliases to that agency, \
        a new id (with name and kind) adds an agency.
        """) + "\n\n" + HelpText.examples("""
          kehoach agencies
          kehoach agencies --unknown
          kehoach agencies -o danh-muc.txt
        """)
    )

    @Flag(help: HelpText.option(vi: "Liệt kê các tên cơ quan trong kế hoạch đã lưu mà danh mục chưa biết, cùng các kế hoạch có tên đó.", en: "List the agency names of the stored plans that the directory does not know, with the plans that print them."))
    var unknown = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(option: global.language, environment: environment)
        let directory = try CommandSupport.userDirectory(language)
        if !unknown {
            var table = TableText(headers: [language.pick(vi: "Mã", en: "Id"), language.pick(vi: "Tên", en: "Name"),
                                            language.pick(vi: "Cách viết khác", en: "Other spellings")],
                                  flexibleColumn: 2)
            table.rows = directory.agencies.map { [$0.id, $0.name, $0.aliases.joined(separator: "; ")] }
            try output.writeText(table.render(width: output.tableWidth), language: language)
            return
        }
        let context = try StoreContext.open(global)
        let l = context.language
        var seen: [String: (printed: String, plans: Set<String>, count: Int)] = [:]
        for summary in try context.attempt({ try context.store.plans() }) {
            guard let plan = try context.attempt({ try context.store.plan(id: summary.id) }) else { continue }
            let refs = plan.tasks.flatMap { $0.lead + $0.cooperating } + plan.duties.flatMap(\.agencies)
                + plan.reporting.flatMap { $0.reporters + [$0.recipient, $0.through].compactMap { $0 } }
            // Resolved again with today's directory: a name the user has since added is no longer unknown.
            for ref in refs where !directory.reference(for: ref.printed).isResolved {
                let key = SearchKey.make(ref.printed)
                var entry = seen[key] ?? (ref.printed, [], 0)
                entry.plans.insert(summary.id)
                entry.count += 1
                seen[key] = entry
            }
        }
        if seen.isEmpty {
            StandardOutput.print(l.pick(vi: "Danh mục biết mọi cơ quan trong các kế hoạch đã lưu.",
                         en: "The directory knows every agency the stored plans name."))
            return
        }
        var table = TableText(headers: [l.pick(vi: "Tên như in", en: "Name as printed"), l.pick(vi: "Số lần", en: "Times"),
                                        l.pick(vi: "Kế hoạch", en: "Plans")],
                              flexibleColumn: 0)
        table.rows = seen.values.sorted { ($0.count, $1.printed) > ($1.count, $0.printed) }
            .map { [$0.printed, String($0.count), $0.plans.sorted().joined(separator: ", ")] }
        try output.writeText(table.render(width: output.tableWidth), language: l)
        StandardOutput.print(l.pick(vi: "Thêm tên hoặc cách viết vào \(AgencyDirectory.userFilePath(environment: environment) ?? "agencies.yaml").",
                     en: "Add names or spellings in \(AgencyDirectory.userFilePath(environment: environment) ?? "agencies.yaml")."))
    }
}
