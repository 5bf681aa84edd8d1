/// The task matrix's own wording: the `?` help of its commands.
public enum TasksText: PhraseCatalogue, CaseIterable, Hashable {
    case toggleGroupHelp, collapseHelp, expandHelp
    case sortHelp, sortReverseHelp
    case filterHelp, agencyViewHelp

    public var vietnamese: String {
        switch self {
        case .toggleGroupHelp: return "thu gọn / mở nhóm"
        case .collapseHelp: return "thu gọn nhóm"
        case .expandHelp: return "mở nhóm"
        case .sortHelp: return "sắp xếp"
        case .sortReverseHelp: return "đảo thứ tự"
        case .filterHelp: return "lọc"
        case .agencyViewHelp: return "cơ quan cũ / mới"
        }
    }

    public var english: String {
        switch self {
        case .toggleGroupHelp: return "collapse / open group"
        case .collapseHelp: return "collapse group"
        case .expandHelp: return "expand group"
        case .sortHelp: return "sort"
        case .sortReverseHelp: return "reverse order"
        case .filterHelp: return "filter"
        case .agencyViewHelp: return "old / new agency"
        }
    }
}
