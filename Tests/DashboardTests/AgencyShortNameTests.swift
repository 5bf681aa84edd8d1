import Dashboard
import PlanKit
import Testing

/// The agencies' short names are computed once per loaded plan; a cell of them reads as shortening each
/// name there and then would, for every wording the plan uses and for a name from outside it.
@Suite struct AgencyShortNameTests {
    @Test(arguments: [Seeds.konTum, Seeds.thaiNguyen])
    func shortNamesAtLoadAreTheShortNames(plan: Plan) {
        let document = LoadedPlan(id: "p", plan: plan, statuses: [:], asOf: Seeds.date("2026-06-01"))
        #expect(!document.agencyShortNames.isEmpty)
        var shortened = 0
        for task in plan.tasks {
            for names in [task.lead.map(\.printed), task.cooperating.map(\.printed)] {
                #expect(document.abbreviatedAgencies(names) == names.map(AgencyAbbreviation.short).joined(separator: ", "))
                shortened += names.filter { AgencyAbbreviation.short($0) != $0 }.count
            }
        }
        #expect(shortened > 0, "the seed names agencies that have a short form")
        let outside = "Sở Ngoại vụ và Hải đảo"
        #expect(document.agencyShortNames[outside] == nil)
        #expect(document.abbreviatedAgencies([outside, "Ủy ban nhân dân tỉnh"]) == "Sở NV&HĐ, UBND tỉnh")
    }
}
