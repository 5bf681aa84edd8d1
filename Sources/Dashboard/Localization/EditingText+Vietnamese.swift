import PlanKit

extension EditingText {
    public var vietnamese: String {
        func status(_ s: TaskStatus) -> String { UIText.taskStatusName(s, .vi) }
        switch self {
        case .command(let command):
            switch command {
            case .markDone: return "đã hoàn thành (vào ngày xét)"
            case .markDoneOn: return "đã hoàn thành vào ngày…"
            case .markInProgress: return "đang thực hiện"
            case .markNotStarted: return "chưa thực hiện"
            case .markSuspended: return "tạm hoãn"
            case .setProgress: return "tiến độ (0–100)…"
            case .editNote: return "ghi chú…"
            case .statusMenu: return "trạng thái"
            case .toggleMark: return "đánh dấu / bỏ đánh dấu dòng"
            case .markAllVisible: return "đánh dấu mọi dòng đang hiện"
            case .undo: return "hoàn tác"
            case .redo: return "làm lại"
            case .taskHistory: return "lịch sử nhiệm vụ"
            case .applyMineOnTop: return "ghi thay đổi của bạn lên trên"
            case .chooseMenuItem: return "chọn"
            }
        case .helpTask: return "Trên nhiệm vụ đang chọn (bảng, tiến độ, chi tiết)"
        case .helpStatusMenu: return "Bảng trạng thái"
        case .helpHistory: return "Lịch sử"
        case .helpConflict: return "Khi có xung đột (phím khác: bỏ thay đổi của bạn)"
        case .taskCount(let n): return "\(n) nhiệm vụ"
        case .notePrompt(let what): return "Ghi chú \(what): "
        case .multilineHint: return "Enter xuống dòng · Ctrl-S lưu · Ctrl-G trình soạn thảo ngoài · Esc huỷ"
        case .progressPrompt(let what): return "Tiến độ \(what) (0–100): "
        case .doneDatePrompt(let what): return "Ngày hoàn thành \(what): "
        case .badProgress(let text): return "Tiến độ phải là số từ 0 đến 100, không phải “\(text)”"
        case .noTaskSelected: return "Hãy chọn một nhiệm vụ (hoặc đánh dấu bằng v)"
        case .nothingChanged: return "Không có gì thay đổi"
        case .marked(let n): return n == 0 ? "Đã bỏ mọi đánh dấu" : "Đang đánh dấu \(n) nhiệm vụ"
        case .marksInfo(let n): return "\(n) đánh dấu"
        case .saved(let what, let to): return "Đã lưu \(what): \(to)"
        case .undone(let what, let to): return "Đã hoàn tác \(what): \(to)"
        case .redone(let what, let to): return "Đã làm lại \(what): \(to)"
        case .nothingToUndo: return "Không còn thay đổi nào của máy này để hoàn tác"
        case .nothingToRedo: return "Không còn gì để làm lại"
        case .conflict(let what, let who, let s):
            return "Xung đột: \(who) vừa sửa \(what) thành “\(status(s))”; chưa ghi gì"
        case .conflictHint: return "r: ghi thay đổi của bạn lên trên · phím khác: bỏ"
        case .confirmBulk(let count, let what): return "Đổi \(count) nhiệm vụ đã đánh dấu thành “\(what)”?"
        case .confirmHint: return "y hoặc Enter: đổi tất cả · phím khác: thôi (giữ đánh dấu)"
        case .bulkCancelled: return "Không đổi gì; vẫn giữ đánh dấu"
        case .footerShort(let command):
            switch command {
            case .markDone: return "xong"
            case .markInProgress: return "đang làm"
            case .markNotStarted: return "chưa làm"
            case .markSuspended: return "tạm hoãn"
            case .statusMenu: return "khác"
            default: return EditingText.command(command).vietnamese
            }
        case .externalEditorFailed: return "Trình soạn thảo ($VISUAL, $EDITOR hoặc vi) không chạy được; ghi chú giữ nguyên"
        case .externalEditorDone: return "Nội dung từ trình soạn thảo đã vào ghi chú: Enter để lưu, Esc để bỏ"
        case .conflictDropped(let who): return "Đã bỏ thay đổi của bạn; giữ bản của \(who)"
        case .replayConflict(let what, let who, let s):
            return "Không hoàn tác được: \(who) đã sửa \(what) thành “\(status(s))”"
        case .saveFailed(let reason): return "Chưa lưu: \(reason)"
        case .editableLegend(let mark, let agency?): return "\(mark) nhiệm vụ \(agency) được sửa; nhiệm vụ khác chỉ xem"
        case .editableLegend(_, nil): return "Chỉ xem: tài khoản này không sửa được nhiệm vụ nào"
        case .readOnlyStore(let path): return "Chỉ đọc: không ghi được \(path); các thay đổi sẽ không được lưu"
        case .changedElsewhere(let what, let who, let to): return "\(who) vừa sửa \(what): \(to)"
        case .changedElsewhereMany(let n, let who): return "\(who) vừa sửa \(n) nhiệm vụ"
        case .statusMenuTitle(let what): return "Trạng thái \(what)"
        case .doneOnDate(let date): return "đã hoàn thành, ngày \(date)"
        case .historyTaskTitle(let code): return "Lịch sử nhiệm vụ \(code)"
        case .historyPlanTitle(let plan): return "Lịch sử kế hoạch \(plan)"
        case .summaryPlan(let tasks, let plan, let statuses):
            return "Phiên làm việc này đã cập nhật \(tasks) nhiệm vụ của kế hoạch \(plan): \(statuses)."
        case .summaryStatusCount(let n, let s): return "\(n) \(status(s).lowercased())"
        case .summaryReplays(let undos, let redos): return "Hoàn tác \(undos) lần, làm lại \(redos) lần."
        case .summaryNoNetChange: return "Phiên làm việc này không để lại thay đổi nào (mọi thay đổi đã được hoàn tác)."
        }
    }
}
