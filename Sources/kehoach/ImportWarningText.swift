import Wording
import PlanKit

/// An import warning said in the UI language: PlanKit gives what and where as values, the words are here.
enum ImportWarningText {
    /// "FILE:LINE: warning: …", the line every editor and grep understands.
    static func line(_ warning: ImportWarning, file: String, language: Language) -> String {
        "\(file):\(warning.line): " + language(CommandWord.importWarningWarning) + ": "
            + message(warning.detail, language: language)
    }

    static func message(_ detail: ImportWarning.Detail, language: Language) -> String {
        switch detail {
        case .unknownAgency(let place, let printed):
            return describe(place, language) + ": " + language(CommandMessage.importWarningAgencyNotDirectory(printed: printed))
        case .unknownTimeframe(let task, let text):
            return language(CommandMessage.importWarningTaskTimeframeNotUnderstood(task: task, text: text))
        case .missingLead(let task):
            return language(CommandMessage.importWarningTaskNamesNoLead(task: task))
        case .missingTimeframe(let task):
            return language(CommandMessage.importWarningTaskHasNoTimeframe(task: task))
        case .missingCells(let row, let cells, let header):
            return language(CommandMessage.importWarningRowHasCellsHeader(row: row, cells: cells, header: header))
        case .unread(.tableRowWithoutNumber):
            return language(CommandWord.importWarningTableRowWithoutNumber)
        case .unread(.tableRowCode(let code)):
            return language(CommandMessage.importWarningTableRowCodeWas(code: code))
        case .unread(.textAfterFields(let text)):
            return language(CommandMessage.importWarningTextAfterTask(text: text))
        case .unread(.paragraph(let excerpt)):
            return language(CommandMessage.importWarningParagraphNotUnderstood(excerpt: excerpt))
        case .noTasks:
            return language(CommandWord.importWarningNoTasksWereFound)
        }
    }

    /// "FILE: cảnh báo: 3 đoạn chưa đọc được: dòng 12, 40, 86 (xem --explain)": the count of paragraphs no reader used, after
    /// their own warnings; nil when every paragraph was read.
    static func unreadSummary(_ warnings: [ImportWarning], file: String, language: Language) -> String? {
        let lines = warnings.filter { $0.kind == .unreadLine }.map(\.line)
        guard !lines.isEmpty else { return nil }
        let shown = lines.prefix(12).map(String.init).joined(separator: ", ") + (lines.count > 12 ? ", …" : "")
        return "\(file): " + language(CommandMessage.importWarningParagraphsNotUnderstood(count: lines.count, lines: shown))
    }

    private static func describe(_ place: ImportWarning.AgencyPlace, _ language: Language) -> String {
        switch place {
        case .lead(let task): language(CommandMessage.importWarningTaskLead(task: task))
        case .cooperating(let task): language(CommandMessage.importWarningTaskCooperating(task: task))
        case .duty: language(CommandWord.duty)
        case .reporting: language(CommandWord.importWarningReporting)
        }
    }
}
