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
        abstract: HelpText.text(.agenciesAbstract),
        discussion: HelpText.text(.agenciesDiscussion) + "\n\n" + HelpText.examples("""
          kehoach agencies
          kehoach agencies --unknown
          kehoach agencies -o danh-muc.txt
        """)
    )

    @Flag(help: HelpText.option(.agenciesUnknown))
    var unknown = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(option: global.language, environment: environment)
        let directory = try CommandSupport.userDirectory(language)
        if !unknown {
            var table = TableText(headers: [language(CommandWord.columnID), language(CommandWord.agenciesName),
                                            language(CommandWord.agenciesOtherSpellings)],
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
            StandardOutput.print(l(CommandWord.agenciesDirectoryKnowsEveryAgency))
            return
        }
        var table = TableText(headers: [l(CommandWord.agenciesNamePrinted), l(CommandWord.agenciesTimes),
                                        l(CommandWord.agenciesPlans)],
                              flexibleColumn: 0)
        table.rows = seen.values.sorted { ($0.count, $1.printed) > ($1.count, $0.printed) }
            .map { [$0.printed, String($0.count), $0.plans.sorted().joined(separator: ", ")] }
        try output.writeText(table.render(width: output.tableWidth), language: l)
        StandardOutput.print(l(CommandMessage.agenciesAddNamesSpellingsAgencies(
            agencyDirectory: AgencyDirectory.userFilePath(environment: environment) ?? "agencies.yaml")))
    }
}
