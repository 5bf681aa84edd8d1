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
        out.append(language.pick(
            vi: "\(result.plan.tasks.count) nhiệm vụ; \(unread) đoạn không đọc được.",
            en: "\(result.plan.tasks.count) tasks; \(unread) paragraphs not understood."))
        return out.joined(separator: "\n")
    }

    private static let tagWidth = 34

    static func label(_ role: LineRole, result: ImportResult, language: Language) -> String {
        switch role {
        case .task(let code):
            guard let task = result.plan.tasks.first(where: { $0.code == code }) else { return code }
            let lead = task.lead.first.map { TextLayout.truncate($0.printed, toWidth: 16) } ?? "?"
            let due = task.timeframe.text.isEmpty ? "" : " · " + TextLayout.truncate(task.timeframe.text, toWidth: 10)
            return TextLayout.truncate(language.pick(vi: "việc ", en: "task ") + code + " ← " + lead + due, toWidth: tagWidth)
        case .taskText: return language.pick(vi: "  (nội dung việc)", en: "  (task text)")
        case .field: return language.pick(vi: "  (trường của việc)", en: "  (task field)")
        case .objective: return language.pick(vi: "mục tiêu", en: "objective")
        case .duty: return language.pick(vi: "trách nhiệm", en: "duty")
        case .reporting: return language.pick(vi: "chế độ báo cáo", en: "reporting duty")
        case .heading: return language.pick(vi: "đề mục", en: "heading")
        case .funding: return language.pick(vi: "kinh phí (giữ trong văn bản)", en: "funding (kept in the text)")
        case .summary: return language.pick(vi: "tóm tắt (chi tiết ở bảng)", en: "summary (the table has it)")
        case .measure: return language.pick(vi: "giải pháp (giữ trong văn bản)", en: "measure (kept in the text)")
        case .boilerplate: return language.pick(vi: "(thể thức, bỏ qua)", en: "(boilerplate, ignored)")
        case .notUnderstood: return language.pick(vi: "?? không hiểu", en: "?? not understood")
        }
    }
}
