import PlanKit
import PlanStore

/// `kehoach import` without --dry-run: stores the plan, or re-imports an amended one, and says what changed.
enum StoreImport {
    static func store(_ result: ImportResult, global: GlobalOptions) throws {
        // No bundled plans first: the user is importing what they want.
        let context = try StoreContext.open(global, importBundled: false)
        let l = context.language
        let outcome = try context.attempt {
            try context.store.importPlan(result.plan, sourceText: result.normalizedText, by: context.user)
        }
        if outcome.isNew {
            StandardOutput.print(l.pick(vi: "Đã lưu \(outcome.planID) (\(outcome.addedTasks.count) nhiệm vụ) vào \(context.location.path)",
                         en: "Stored \(outcome.planID) (\(outcome.addedTasks.count) tasks) in \(context.location.path)"))
        } else if outcome.unchanged {
            StandardOutput.print(l.pick(vi: "\(outcome.planID): văn bản không đổi, không có gì thay đổi",
                         en: "\(outcome.planID): same text, nothing changed"))
        } else {
            func list(_ codes: [String]) -> String { codes.isEmpty ? "—" : codes.joined(separator: ", ") }
            StandardOutput.print(l.pick(vi: "Đã cập nhật \(outcome.planID): thêm \(list(outcome.addedTasks)); bỏ \(list(outcome.removedTasks)); "
                             + "sửa \(list(outcome.changedTasks)); tình hình các nhiệm vụ còn lại được giữ nguyên",
                         en: "Updated \(outcome.planID): added \(list(outcome.addedTasks)); removed \(list(outcome.removedTasks)); "
                             + "changed \(list(outcome.changedTasks)); statuses of the other tasks kept"))
        }
    }
}
