import Foundation
import Dashboard
import PlanKit

/// The paragraphs no reader understood, said after the warnings: the first few with their line, then
/// how many more, so a user sees what was lost without `--explain` (which lists them all).
enum ImportUnreadText {
    /// How many paragraphs are quoted before the count.
    static let shown = 5

    static func lines(_ result: ImportResult, file: String, language: Language) -> [String] {
        let unread = result.explanation().filter {
            if case .notUnderstood = $0.role { return true }
            return false
        }
        guard !unread.isEmpty else { return [] }
        let warning = language.pick(vi: "cảnh báo", en: "warning")
        var out = unread.prefix(shown).map { line in
            "\(file):\(line.number): \(warning): " + language.pick(vi: "đoạn không đọc được: ", en: "paragraph not understood: ")
                + "«" + TextLayout.truncate(line.text.trimmingCharacters(in: .whitespaces), toWidth: 60) + "»"
        }
        if unread.count > shown {
            out.append("\(file): \(warning): " + language.pick(
                vi: "còn \(unread.count - shown) đoạn không đọc được (tất cả \(unread.count): kehoach import \(file) --explain)",
                en: "\(unread.count - shown) more paragraphs not understood (all \(unread.count): kehoach import \(file) --explain)"))
        }
        return out
    }
}
