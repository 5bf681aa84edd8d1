import PlanKit
import PlanStore

/// `kehoach import` without --dry-run: stores the plan, or re-imports an amended one, and says what
/// changed in one line. The original file's kind and digest are stored beside the extracted text.
enum StoreImport {
    static func store(_ result: ImportResult, from document: DocumentFile, context: StoreContext) throws -> String {
        let l = context.language
        let original = document.kind == .text ? nil : OriginalFile(kind: document.kind.rawValue, digest: document.digest)
        let outcome = try context.attempt {
            try context.store.importPlan(result.plan, sourceText: result.normalizedText, original: original, by: context.user)
        }
        if outcome.isNew {
            return l.pick(vi: "Đã lưu \(outcome.planID) (\(outcome.addedTasks.count) nhiệm vụ) vào \(context.location.path)",
                          en: "Stored \(outcome.planID) (\(outcome.addedTasks.count) tasks) in \(context.location.path)")
        } else if outcome.unchanged {
            return l.pick(vi: "\(outcome.planID): văn bản không đổi, không có gì thay đổi",
                          en: "\(outcome.planID): same text, nothing changed")
        }
        func list(_ codes: [String]) -> String { codes.isEmpty ? "—" : codes.joined(separator: ", ") }
        return l.pick(vi: "Đã cập nhật \(outcome.planID): thêm \(list(outcome.addedTasks)); bỏ \(list(outcome.removedTasks)); "
                          + "sửa \(list(outcome.changedTasks)); tình hình các nhiệm vụ còn lại được giữ nguyên",
                      en: "Updated \(outcome.planID): added \(list(outcome.addedTasks)); removed \(list(outcome.removedTasks)); "
                          + "changed \(list(outcome.changedTasks)); statuses of the other tasks kept")
    }
}
