import Testing
@testable import PlanKit

@Suite("Synthetic plans for benchmarks")
struct SyntheticPlansTests {
    @Test func importsCleanlyAndDeterministically() throws {
        let synthetic = SyntheticPlans(seed: 7, agencyCount: 120)
        let directory = synthetic.directory(extending: TestSupport.directory)
        let text = synthetic.planText(number: 12, taskCount: 260)
        #expect(text == synthetic.planText(number: 12, taskCount: 260))
        #expect(text != SyntheticPlans(seed: 8, agencyCount: 120).planText(number: 12, taskCount: 260))
        let result = try PlanImporter.importPlan(text: text, directory: directory)
        #expect(result.warnings.isEmpty, "\(result.warnings.prefix(5))")
        #expect(result.plan.tasks.count == 260)
        #expect(result.plan.groups.count == 6)
        #expect(Set(synthetic.agencyNames).count == 120)
        #expect(result.plan.tasks.allSatisfy { !$0.lead.isEmpty && $0.lead.allSatisfy(\.isResolved) })
        #expect(Set(result.plan.tasks.map(\.timeframe.kind)).count >= 8)
        #expect(result.plan.reporting.first?.dueMonth == 12)
    }

    @Test func romanNumerals() {
        #expect(RomanNumeralText.of(4) == "IV")
        #expect(RomanNumeralText.of(1994) == "MCMXCIV")
        #expect(RomanNumeral.value(of: "MCMXCIV") == 1994)
        #expect(RomanNumeral.value(of: "XLIX") == 49)
    }
}
