import PlanKit
import PlanStore

/// Store errors as one line that says what and where.
public enum StoreErrorText {
    public static func describe(_ error: Error, _ language: Language) -> String {
        guard let error = error as? StoreError else { return "\(error)" }
        let l = language
        switch error {
        case .conflict(let key, let current, let based):
            let who = current.updatedBy ?? "?"
            return l.pick(
                vi: "xung đột: nhiệm vụ \(StoreErrorText.label(key)) đã được \(who) sửa thành \"\(StatusWord(current.status).text(l))\" "
                    + "(phiên bản \(current.version), bạn sửa từ phiên bản \(based)); không có gì được ghi — xem lại rồi sửa lại",
                en: "conflict: task \(StoreErrorText.label(key)) was changed by \(who) to \"\(StatusWord(current.status).text(l))\" "
                    + "(version \(current.version), your edit was based on \(based)); nothing was written — review and retry")
        case .planNotFound(let id):
            return l.pick(vi: "không có kế hoạch \(id)", en: "no plan \(id)")
        case .taskNotFound(let plan, let code):
            return l.pick(vi: "kế hoạch \(plan) không có nhiệm vụ \(code)", en: "plan \(plan) has no task \(code)")
        case .nothingToUndo:
            return l.pick(vi: "không còn gì để hoàn tác", en: "nothing to undo")
        case .nothingToRedo:
            return l.pick(vi: "không còn gì để làm lại", en: "nothing to redo")
        case .batchNotFound(let plan, let batch):
            return l.pick(vi: "kế hoạch \(plan) không có lượt sửa #\(batch) có thể phát lại",
                          en: "plan \(plan) has no batch #\(batch) that can be replayed that way")
        case .invalidChange(let key, let problem):
            let why: String
            switch problem {
            case .yearNeeded: why = l.pick(vi: "nhiệm vụ hằng năm có một tình hình cho mỗi năm: hãy ghi năm",
                                            en: "a yearly task takes one status per year: give the year")
            case .yearNotTaken: why = l.pick(vi: "chỉ nhiệm vụ hằng năm mới ghi năm", en: "only yearly tasks take a year")
            case .progressOutOfRange(let progress):
                why = l.pick(vi: "tiến độ \(progress) không nằm trong 0–100", en: "progress \(progress) is not within 0–100")
            case .unknownStoredStatus(let status):
                let shown = ControlCharacters.clean(status)
                why = l.pick(vi: "cơ sở dữ liệu ghi tình hình \"\(shown)\" mà kehoach này không biết",
                             en: "the database holds a status \"\(shown)\" this kehoach does not know")
            }
            return l.pick(vi: "nhiệm vụ \(StoreErrorText.label(key)): \(why)", en: "task \(StoreErrorText.label(key)): \(why)")
        case .duplicateTaskCode(let code, let line):
            return l.pick(vi: "kế hoạch không lưu được: mã nhiệm vụ \(code) xuất hiện hai lần (dòng \(line)); không có gì được ghi",
                          en: "the plan cannot be stored: task code \(code) appears twice (line \(line)); nothing was written")
        case .invalidPlan(let reason):
            return l.pick(vi: "kế hoạch không lưu được: \(reason)", en: "the plan cannot be stored: \(reason)")
        case .targetNotFound(let plan, let objective, let target):
            return l.pick(vi: "kế hoạch \(plan) không có chỉ tiêu \(objective).\(target)",
                          en: "plan \(plan) has no target \(objective).\(target)")
        case .agencyNotOnTask(let plan, let code, let agency):
            if let code {
                return l.pick(vi: "nhiệm vụ \(code) của kế hoạch \(plan) không giao cho \(agency)",
                              en: "task \(code) of plan \(plan) is not assigned to \(agency)")
            }
            return l.pick(vi: "kế hoạch \(plan) không giao nhiệm vụ nào cho \(agency)",
                          en: "plan \(plan) assigns no task to \(agency)")
        case .resultConflict(let code, let period, let agency, let current, let who, let based):
            let row = code.map { l.pick(vi: "kết quả nhiệm vụ \($0)", en: "the result of task \($0)") }
                ?? l.pick(vi: "phần báo cáo chung", en: "the report's sections")
            return l.pick(
                vi: "xung đột: \(row) kỳ \(period) của \(agency) đã được \(who ?? "?") sửa (phiên bản \(current), bạn sửa từ phiên bản \(based)); không có gì được ghi",
                en: "conflict: \(row) for \(period) of \(agency) was changed by \(who ?? "?") (version \(current), your edit was based on \(based)); nothing was written")
        case .writeFailed(let path, let reason):
            let why = StoreReasonText.describe(reason, l, detail: true)
            return l.pick(vi: "không ghi được vào \(path): \(why)", en: "cannot write to \(path): \(why)")
        case .openFailed(let path, let reason):
            let why = StoreReasonText.describe(reason, l, detail: true)
            return l.pick(vi: "không mở được cơ sở dữ liệu \(path): \(why)", en: "cannot open the database \(path): \(why)")
        case .createFailed(let path, let code):
            let reason = SystemErrorText.reason(code, l)
            return l.pick(vi: "không tạo được \(path): \(reason)", en: "cannot create \(path): \(reason)")
        case .foreignDatabase(let path):
            return l.pick(vi: "\(path) là cơ sở dữ liệu của chương trình khác, không phải của kehoach; không ghi gì vào đó — dùng --db với tệp khác",
                          en: "\(path) is another program's database, not a kehoach store; nothing was written to it — give --db another file")
        case .newerSchema(let path, let schema):
            return l.pick(vi: "\(path) do một kehoach mới hơn tạo (lược đồ \(schema)); hãy cập nhật kehoach, tệp được giữ nguyên",
                          en: "\(path) was made by a newer kehoach (schema \(schema)); update kehoach — the file was left as it is")
        case .readOnly(let path):
            return l.pick(vi: "\(path) chỉ cho đọc (tệp hoặc thư mục của nó không ghi được); không có gì được ghi",
                          en: "\(path) is read-only (the file or its directory cannot be written); nothing was written")
        case .notYourTask(let key, let owners):
            let names = owners.joined(separator: ", ")
            return l.pick(vi: "nhiệm vụ \(StoreErrorText.label(key)) thuộc về \(names); không có gì được ghi",
                          en: "this task belongs to \(names) (task \(StoreErrorText.label(key))); nothing was written")
        case .readOnlyLogin:
            return l.pick(vi: "tài khoản này chỉ được xem (tài khoản lãnh đạo): không sửa được trạng thái, tiến độ, ghi chú hay kết quả; không có gì được ghi",
                          en: "this login is read-only (a leader's login): it cannot change statuses, progress, notes or results; nothing was written")
        case .notPermitted(let reason):
            return l.pick(vi: "tài khoản này không có quyền thực hiện thay đổi này (máy chủ: \(reason)); không có gì được ghi",
                          en: "this login may not make this change (server: \(reason)); nothing was written")
        }
    }

    /// "1.1", or "2.1 (2025)" for a yearly instance.
    public static func label(_ key: StatusKey) -> String {
        key.year.map { "\(key.taskCode) (\($0))" } ?? key.taskCode
    }
}
