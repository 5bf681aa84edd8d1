import PlanKit

/// Agency names as the current view shows them: as printed, or the successor on the as-of date.
struct AgencyDisplay {
    var view: AgencyView
    var successors: AgencySuccessorProvider
    var asOf: CalendarDate

    init(_ state: AppState) {
        view = state.agencyView
        successors = state.successors
        asOf = state.asOf
    }

    func name(_ agency: AgencyRef) -> String {
        if view == .current, let successor = successors.successor(of: agency, on: asOf) { return successor.name }
        return agency.printed
    }

    func names(_ agencies: [AgencyRef]) -> [String] {
        var seen: Set<String> = []
        // Two old agencies merged into one successor are shown once.
        return agencies.map(name).filter { seen.insert($0).inserted }
    }

}
