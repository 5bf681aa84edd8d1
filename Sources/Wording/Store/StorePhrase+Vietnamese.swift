extension StorePhrase {
    public var vietnamese: String {
        switch self {
        case .conflict(let task, let who, let status, let version, let based):
            return "xung đột: nhiệm vụ \(task) đã được \(who) sửa thành \"\(StatusWord(status).vietnamese)\" "
                + "(phiên bản \(version), bạn sửa từ phiên bản \(based)); không có gì được ghi — xem lại rồi sửa lại"
        case .planNotFound(let plan): return "không có kế hoạch \(plan)"
        case .taskNotFound(let plan, let code): return "kế hoạch \(plan) không có nhiệm vụ \(code)"
        case .nothingToUndo: return "không còn gì để hoàn tác"
        case .nothingToRedo: return "không còn gì để làm lại"
        case .batchNotFound(let plan, let batch): return "kế hoạch \(plan) không có lượt sửa #\(batch) có thể phát lại"
        case .invalidChange(let task, let why): return "nhiệm vụ \(task): \(why)"
        case .yearNeeded: return "nhiệm vụ hằng năm có một tình hình cho mỗi năm: hãy ghi năm"
        case .yearNotTaken: return "chỉ nhiệm vụ hằng năm mới ghi năm"
        case .progressOutOfRange(let progress): return "tiến độ \(progress) không nằm trong 0–100"
        case .unknownStoredStatus(let status): return "cơ sở dữ liệu ghi tình hình \"\(status)\" mà kehoach này không biết"
        case .duplicateTaskCode(let code, let line):
            return "kế hoạch không lưu được: mã nhiệm vụ \(code) xuất hiện hai lần (dòng \(line)); không có gì được ghi"
        case .invalidPlan(let reason): return "kế hoạch không lưu được: \(reason)"
        case .targetNotFound(let plan, let objective, let target): return "kế hoạch \(plan) không có chỉ tiêu \(objective).\(target)"
        case .agencyNotOnTask(let plan, let code, let agency): return "nhiệm vụ \(code) của kế hoạch \(plan) không giao cho \(agency)"
        case .agencyOnNoTask(let plan, let agency): return "kế hoạch \(plan) không giao nhiệm vụ nào cho \(agency)"
        case .resultConflict(let row, let period, let agency, let who, let version, let based):
            return "xung đột: \(row) kỳ \(period) của \(agency) đã được \(who) sửa (phiên bản \(version), bạn sửa từ phiên bản \(based)); không có gì được ghi"
        case .resultOfTask(let code): return "kết quả nhiệm vụ \(code)"
        case .reportSections: return "phần báo cáo chung"
        case .writeFailed(let path, let why): return "không ghi được vào \(path): \(why)"
        case .openFailed(let path, let why): return "không mở được cơ sở dữ liệu \(path): \(why)"
        case .createFailed(let path, let why): return "không tạo được \(path): \(why)"
        case .foreignDatabase(let path):
            return "\(path) là cơ sở dữ liệu của chương trình khác, không phải của kehoach; không ghi gì vào đó — dùng --db với tệp khác"
        case .newerSchema(let path, let schema):
            return "\(path) do một kehoach mới hơn tạo (lược đồ \(schema)); hãy cập nhật kehoach, tệp được giữ nguyên"
        case .readOnly(let path):
            return "\(path) chỉ cho đọc (tệp hoặc thư mục của nó không ghi được); không có gì được ghi"
        case .notYourTask(let task, let owners): return "nhiệm vụ \(task) thuộc về \(owners); không có gì được ghi"
        case .readOnlyLogin:
            return "tài khoản này chỉ được xem (tài khoản lãnh đạo): không sửa được trạng thái, tiến độ, ghi chú hay kết quả; không có gì được ghi"
        case .notPermitted(let reason):
            return "tài khoản này không có quyền thực hiện thay đổi này (máy chủ: \(reason)); không có gì được ghi"
        case .databaseReadOnly: return "tệp dữ liệu chỉ cho đọc"
        case .diskFull: return "đĩa đã đầy"
        case .writeLockHeld: return "nơi khác giữ khóa ghi quá lâu"
        case .notSQLite: return "tệp không phải cơ sở dữ liệu SQLite"
        case .databaseDamaged: return "tệp cơ sở dữ liệu bị hỏng"
        case .cannotOpenFile: return "không mở được tệp (thư mục không có, không có quyền, hoặc đó là một thư mục)"
        case .diskInputOutput: return "lỗi vào/ra của đĩa"
        case .databaseReports: return "cơ sở dữ liệu báo lỗi"
        }
    }
}
