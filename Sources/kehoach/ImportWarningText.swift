import Wording
import PlanKit

/// An import warning said in the UI language: PlanKit gives what and where as values, the words are here.
enum ImportWarningText {
    /// "FILE:LINE: warning: …", the line every editor and grep understands.
    static func line(_ warning: ImportWarning, file: String, language: Language) -> String {
        "\(file):\(warning.line): " + language.pick(vi: "cảnh báo", en: "warning") + ": "
            + message(warning.detail, language: language)
    }

    static func message(_ detail: ImportWarning.Detail, language: Language) -> String {
        switch detail {
        case .unknownAgency(let place, let printed):
            return describe(place, language) + ": " + language.pick(
                vi: "cơ quan «\(printed)» không có trong danh bạ",
                en: "agency \"\(printed)\" is not in the directory")
        case .unknownTimeframe(let task, let text):
            return language.pick(vi: "nhiệm vụ \(task): không hiểu thời hạn «\(text)»",
                                 en: "task \(task): timeframe \"\(text)\" not understood")
        case .missingLead(let task):
            return language.pick(vi: "nhiệm vụ \(task) không nêu cơ quan chủ trì",
                                 en: "task \(task) names no lead agency")
        case .missingTimeframe(let task):
            return language.pick(vi: "nhiệm vụ \(task) không có thời hạn",
                                 en: "task \(task) has no timeframe")
        case .missingCells(let row, let cells, let header):
            return language.pick(vi: "dòng \(row) có \(cells) ô; tiêu đề bảng có \(header)",
                                 en: "row \(row) has \(cells) cells; the header has \(header)")
        case .unread(.tableRowWithoutNumber):
            return language.pick(vi: "dòng bảng không có số thứ tự, không đọc",
                                 en: "table row without a number was not read")
        case .unread(.tableRowCode(let code)):
            return language.pick(vi: "dòng bảng có mã «\(code)», không đọc",
                                 en: "table row with code \"\(code)\" was not read")
        case .unread(.textAfterFields(let text)):
            return language.pick(vi: "đoạn sau các trường của nhiệm vụ không đọc được: \(text)",
                                 en: "text after a task's fields was not read: \(text)")
        case .unread(.paragraph(let excerpt)):
            return language.pick(vi: "đoạn chưa đọc được: «\(excerpt)»", en: "paragraph not understood: \"\(excerpt)\"")
        case .noTasks:
            return language.pick(vi: "không tìm thấy nhiệm vụ nào", en: "no tasks were found")
        }
    }

    /// "FILE: cảnh báo: 3 đoạn chưa đọc được: dòng 12, 40, 86 (xem --explain)": the count of paragraphs no reader used, after
    /// their own warnings; nil when every paragraph was read.
    static func unreadSummary(_ warnings: [ImportWarning], file: String, language: Language) -> String? {
        let lines = warnings.filter { $0.kind == .unreadLine }.map(\.line)
        guard !lines.isEmpty else { return nil }
        let shown = lines.prefix(12).map(String.init).joined(separator: ", ") + (lines.count > 12 ? ", …" : "")
        return "\(file): " + language.pick(
            vi: "cảnh báo: \(lines.count) đoạn chưa đọc được: dòng \(shown) (xem từng dòng với --explain)",
            en: "warning: \(lines.count) " + (lines.count == 1 ? "paragraph not understood: line " : "paragraphs not understood: lines ")
                + "\(shown) (see each line with --explain)")
    }

    private static func describe(_ place: ImportWarning.AgencyPlace, _ language: Language) -> String {
        switch place {
        case .lead(let task): language.pick(vi: "nhiệm vụ \(task), chủ trì", en: "task \(task) lead")
        case .cooperating(let task): language.pick(vi: "nhiệm vụ \(task), phối hợp", en: "task \(task) cooperating")
        case .duty: language.pick(vi: "trách nhiệm", en: "duty")
        case .reporting: language.pick(vi: "chế độ báo cáo", en: "reporting")
        }
    }
}
