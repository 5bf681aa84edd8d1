/// The words of `:source`, in both languages.
public enum SourceViewText: Sendable, Hashable {
    case planTitle(String)
    case taskTitle(plan: String, task: String)
    case loading
    case noText

    public var vietnamese: String {
        switch self {
        case .planTitle(let plan): return "Văn bản gốc của kế hoạch \(plan)"
        case .taskTitle(let plan, let task): return "Văn bản gốc của kế hoạch \(plan) — nhiệm vụ \(task)"
        case .loading: return "Đang tải văn bản…"
        case .noText: return "Kho không lưu văn bản gốc của kế hoạch này."
        }
    }

    public var english: String {
        switch self {
        case .planTitle(let plan): return "Source text of plan \(plan)"
        case .taskTitle(let plan, let task): return "Source text of plan \(plan) — task \(task)"
        case .loading: return "Loading the text…"
        case .noText: return "The store keeps no source text for this plan."
        }
    }
}
