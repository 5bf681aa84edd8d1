import Testing
@testable import PlanStore

/// The listing SQL is written once with named parameters; PostgreSQL gets them numbered.
@Suite struct PostgresNamedParametersTests {
    @Test func eachNameGetsOneNumberAndCastsAndQuotesStay() {
        let (sql, values) = PostgresNamedParameters.numbered(
            "SELECT :plan, :p10, :plan, x::text, ':as_of', 'it''s :plan', :unknown, :year",
            ["plan": .text("kon-tum"), "p10": .text("Sở Tài chính"), "as_of": .text("2026-01-01"), "year": .integer(2026)])
        #expect(sql == "SELECT $1, $2, $1, x::text, ':as_of', 'it''s :plan', :unknown, $3")
        #expect(values.count == 3)
        guard values.count == 3, case .text(let first) = values[0], case .text(let second) = values[1],
              case .bigint(let third) = values[2] else {
            Issue.record("values: \(values)")
            return
        }
        #expect(first == "kon-tum")
        #expect(second == "Sở Tài chính")
        #expect(third == 2026)
    }
}
