import PlanKit
import Testing

@Suite struct TypedDateTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23)!

    func parse(_ text: String) -> String? { TypedDate.parse(text, today: today)?.iso }

    @Test func numericForms() {
        #expect(parse("31/12/2026") == "2026-12-31")
        #expect(parse("1/7/25") == "2025-07-01")
        #expect(parse("2026-12-31") == "2026-12-31")
        #expect(parse("31-12-2026") == "2026-12-31")
        #expect(parse("31.12.2026") == "2026-12-31")
        #expect(parse(" 05/01/2027 ") == "2027-01-05")
    }

    @Test func wordsInBothLanguages() {
        #expect(parse("hôm nay") == "2026-11-23")
        #expect(parse("Hom nay") == "2026-11-23")
        #expect(parse("today") == "2026-11-23")
        #expect(parse("hôm qua") == "2026-11-22")
        #expect(parse("ngày mai") == "2026-11-24")
        #expect(parse("cuối quý") == "2026-12-31")
        #expect(parse("cuối quý II") == "2026-06-30")
        #expect(parse("cuối quý 1 năm 2027") == "2027-03-31")
        #expect(parse("end of quarter") == "2026-12-31")
        #expect(parse("end of Q3 2027") == "2027-09-30")
        #expect(parse("cuối tháng") == "2026-11-30")
        #expect(parse("cuối năm") == "2026-12-31")
        #expect(parse("ngày 30 tháng 6 năm 2025") == "2025-06-30")
        // NFD input reads the same.
        #expect(parse("cuối quý".decomposedStringWithCanonicalMapping) == "2026-12-31")
    }

    @Test func refusesWhatIsNotADay() {
        for text in ["", "31/02/2026", "13/13/2026", "2026", "1/2/3/4", "cuối quý 5", "cuối quý 2 năm 27", "hôm kia",
                     "123/1/2026", "1/1/202", "ngày 32 tháng 1 năm 2026", "٣١/١٢/٢٠٢٦"] {
            #expect(TypedDate.parse(text, today: today) == nil, "\(text)")
        }
    }
}
