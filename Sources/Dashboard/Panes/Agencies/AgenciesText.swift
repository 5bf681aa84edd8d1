/// The agencies pane's catalogue, kept with the pane: each language switches over every case.
public enum AgenciesText: PhraseCatalogue, CaseIterable, Hashable {
    case title
    case ofPlan, ofAllPlans, byName, byLoad
    /// The `?` help of the pane's commands.
    case focusGraphHelp, focusListHelp, matrixHelp, sortHelp, allPlansHelp, columnsLeftHelp, columnsRightHelp

    public var vietnamese: String {
        switch self {
        case .title: return "Cơ quan"
        case .ofPlan: return "Cơ quan của kế hoạch này"
        case .ofAllPlans: return "Cơ quan của mọi kế hoạch"
        case .byName: return "Xếp theo tên"
        case .byLoad: return "Xếp theo số nhiệm vụ"
        case .allPlansHelp: return "kế hoạch này / mọi kế hoạch"
        case .sortHelp: return "xếp tên / số việc"
        case .matrixHelp: return "sơ đồ / ma trận"
        case .focusGraphHelp: return "vào sơ đồ"
        case .focusListHelp: return "về danh sách"
        case .columnsLeftHelp: return "ma trận: nhóm trước"
        case .columnsRightHelp: return "ma trận: nhóm sau"
        }
    }

    public var english: String {
        switch self {
        case .title: return "Agencies"
        case .ofPlan: return "Agencies of this plan"
        case .ofAllPlans: return "Agencies of all plans"
        case .byName: return "By name"
        case .byLoad: return "By number of tasks"
        case .allPlansHelp: return "this plan / all plans"
        case .sortHelp: return "sort by name / load"
        case .matrixHelp: return "graph / matrix"
        case .focusGraphHelp: return "into graph"
        case .focusListHelp: return "back to list"
        case .columnsLeftHelp: return "matrix: earlier groups"
        case .columnsRightHelp: return "matrix: later groups"
        }
    }
}
