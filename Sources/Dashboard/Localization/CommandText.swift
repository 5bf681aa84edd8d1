/// The `?` help of the core commands declared with their handler (`CommandSpec.core`): a new core command
/// adds its phrase here, beside its declaration in `CommandRegistry.standard`.
public enum CommandText: PhraseCatalogue, CaseIterable, Hashable {
    case suspend
    case nextPane, previousPane
    case search, nextMatch, previousMatch, clearSearch
    case previousPlan, nextPlan
    case goToTask, openPlan, setAsOf
    case writeReport, planHistory, showSource

    public var vietnamese: String {
        switch self {
        case .suspend: return "tạm dừng (fg để quay lại)"
        case .nextPane: return "khung sau"
        case .previousPane: return "khung trước"
        case .search: return "tìm"
        case .nextMatch: return "kết quả sau"
        case .previousMatch: return "kết quả trước"
        case .clearSearch: return "xóa tìm kiếm"
        case .previousPlan: return "kế hoạch trước"
        case .nextPlan: return "kế hoạch sau"
        case .goToTask: return "đến nhiệm vụ: goto MÃ"
        case .openPlan: return "mở kế hoạch: plan TÊN"
        case .setAsOf: return "ngày xét: asof NGÀY"
        case .writeReport: return "viết báo cáo năm"
        case .planHistory: return "lịch sử thay đổi của kế hoạch"
        case .showSource: return "văn bản gốc bên các nhiệm vụ"
        }
    }

    public var english: String {
        switch self {
        case .suspend: return "suspend (fg resumes)"
        case .nextPane: return "next pane"
        case .previousPane: return "previous pane"
        case .search: return "search"
        case .nextMatch: return "next match"
        case .previousMatch: return "previous match"
        case .clearSearch: return "clear search"
        case .previousPlan: return "previous plan"
        case .nextPlan: return "next plan"
        case .goToTask: return "go to a task: goto CODE"
        case .openPlan: return "open a plan: plan NAME"
        case .setAsOf: return "as-of date: asof DATE"
        case .writeReport: return "write the yearly report"
        case .planHistory: return "the plan's change history"
        case .showSource: return "the source text beside the tasks"
        }
    }
}
