extension PlanWord {
    public var vietnamese: String {
        switch self {
        case .standing(let standing):
            switch standing {
            case .doneOnTime: return "Đã hoàn thành đúng hạn"
            case .doneLate: return "Đã hoàn thành quá hạn"
            case .inProgress: return "Đang thực hiện trong hạn"
            case .dueSoon: return "Sắp đến hạn"
            case .overdue: return "Quá hạn chưa hoàn thành"
            case .notStarted: return "Chưa thực hiện"
            case .continuous: return "Thường xuyên"
            case .suspended: return "Tạm hoãn"
            }
        case .standingShort(let standing):
            switch standing {
            case .doneOnTime: return "HT đúng hạn"
            case .doneLate: return "HT quá hạn"
            case .inProgress: return "Trong hạn"
            case .dueSoon: return "Sắp đến hạn"
            case .overdue: return "Quá hạn"
            case .notStarted: return "Chưa TH"
            case .continuous: return "Thường xuyên"
            case .suspended: return "Tạm hoãn"
            }
        case .historyKind(let kind):
            switch kind {
            case .edit: return "sửa"
            case .undo: return "hoàn tác"
            case .redo: return "làm lại"
            case .importPlan: return "nhập"
            }
        case .targetQualifier(let qualifier):
            switch qualifier {
            case .exact: return ""
            case .about: return "khoảng"
            case .atLeast: return "tối thiểu"
            case .atMost: return "tối đa"
            }
        case .targetPerYear: return "mỗi năm"
        case .targetByYear(let year): return "đến năm \(year)"
        }
    }
}
