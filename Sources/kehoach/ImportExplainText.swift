import Wording
import PlanKit

/// `kehoach import FILE --explain`: the source line by line, each paragraph's first line marked with what
/// it became, so that what was read and what was not shows at a glance.
enum ImportExplainText {
    static func render(_ result: ImportResult, language: Language) -> String {
        let explained = result.explanation()
        let width = String(explained.last?.number ?? 0).count
        var out: [String] = []
        var unread = 0
        for line in explained {
            let number = String(repeating: " ", count: width - String(line.number).count) + String(line.number)
            let tag = line.role.map { label($0, result: result, language: language) } ?? ""
            if case .notUnderstood = line.role { unread += 1 }
            let padded = tag + String(repeating: " ", count: max(0, tagWidth - DisplayWidth.of(tag)))
            out.append("\(number)  \(padded) │ \(line.text)")
        }
        out.append(language(CommandMessage.importExplainTasksParagraphsNotUnderstood(tasksCount: result.plan.tasks.count, unread: unread)))
        return out.joined(separator: "\n")
    }

    private static let tagWidth = 34

    static func label(_ role: LineRole, result: ImportResult, language: Language) -> String {
        switch role {
        case .task(let code):
            guard let task = result.plan.tasks.first(where: { $0.code == code }) else { return code }
            let lead = task.lead.first.map { TextLayout.truncate($0.printed, toWidth: 16) } ?? "?"
            let due = task.timeframe.text.isEmpty ? "" : " · " + TextLayout.truncate(task.timeframe.text, toWidth: 10)
            return TextLayout.truncate(language(CommandWord.importExplainTask) + code + " ← " + lead + due, toWidth: tagWidth)
        case .taskText: return language(CommandWord.importExplainTaskText)
        case .field: return language(CommandWord.importExplainTaskField)
        case .objective: return language(CommandWord.importExplainObjective)
        case .duty: return language(CommandWord.duty)
        case .reporting: return language(CommandWord.importExplainReportingDuty)
        case .heading: return language(CommandWord.importExplainHeading)
        case .funding: return language(CommandWord.importExplainFundingKeptText)
        case .summary: return language(CommandWord.importExplainSummaryTableHas)
        case .measure: return language(CommandWord.importExplainMeasureKeptText)
        case .content: return language(CommandWord.importExplainContentKeptText)
        case .boilerplate: return language(CommandWord.importExplainBoilerplateIgnored)
        case .notUnderstood: return language(CommandWord.importExplainNotUnderstood)
        }
    }
}
