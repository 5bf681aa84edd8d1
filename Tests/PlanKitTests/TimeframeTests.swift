import Testing
@testable import PlanKit

@Suite("Timeframes as plans print them")
struct TimeframeTests {
    func check(_ text: String, _ kind: Timeframe.Kind, _ start: String?, _ end: String?, note: String? = nil,
               sourceLocation: SourceLocation = #_sourceLocation) {
        let t = TimeframeParser.parse(text)
        #expect(t.kind == kind, "\(text)", sourceLocation: sourceLocation)
        #expect(t.start == start.map(TestSupport.date), "\(text) start", sourceLocation: sourceLocation)
        #expect(t.end == end.map(TestSupport.date), "\(text) end", sourceLocation: sourceLocation)
        #expect(t.note == note, "\(text) note", sourceLocation: sourceLocation)
    }

    @Test func years() {
        check("2030", .year, "2030-01-01", "2030-12-31")
        check("Năm 2025", .year, "2025-01-01", "2025-12-31")
        check("Năm 2025.", .year, "2025-01-01", "2025-12-31")
        check("Đến năm 2030", .year, nil, "2030-12-31")
    }

    @Test func yearRanges() {
        check("Năm 2025 - 2026", .yearRange, "2025-01-01", "2026-12-31")
        check("2025-2030", .yearRange, "2025-01-01", "2030-12-31")
        check("2025 – 2030", .yearRange, "2025-01-01", "2030-12-31")
        check("Giai đoạn 2025-2030", .yearRange, "2025-01-01", "2030-12-31")
        check("2025-2030 (Căn cứ khả năng bố trí vốn)", .yearRange, "2025-01-01", "2030-12-31",
              note: "Căn cứ khả năng bố trí vốn")
    }

    @Test func quarters() {
        check("Quý III năm 2029", .quarter, "2029-07-01", "2029-09-30")
        check("Quý II/2025", .quarter, "2025-04-01", "2025-06-30")
        check("quý IV năm 2026", .quarter, "2026-10-01", "2026-12-31")
        check("Quý I/2027", .quarter, "2027-01-01", "2027-03-31")
        check("Quý 3/2025", .quarter, "2025-07-01", "2025-09-30")
    }

    @Test func months() {
        check("6/2025", .month, "2025-06-01", "2025-06-30")
        check("Tháng 10/2025", .month, "2025-10-01", "2025-10-31")
        check("tháng 2 năm 2028", .month, "2028-02-01", "2028-02-29")
    }

    @Test func deadlines() {
        check("trước ngày 01/01/2030", .deadline, nil, "2030-01-01")
        check("Trước ngày 30/6/2025", .deadline, nil, "2025-06-30")
    }

    @Test func relativeDeadlinesAreCountedFromTheSigningDate() throws {
        check("Sau 03 tháng kể từ ngày ký", .relative, nil, nil)
        check("Trong vòng 30 ngày kể từ ngày ban hành Kế hoạch", .relative, nil, nil)
        // Counted from another event: relative, and never given a date.
        check("Sau 03 tháng kể từ khi có văn bản của Trung ương", .relative, nil, nil)
        let signed = try #require(CalendarDate(year: 2026, month: 1, day: 31))
        let months = TimeframeParser.resolve(TimeframeParser.parse("Sau 03 tháng kể từ ngày ký"), signedOn: signed)
        #expect(months.end == CalendarDate(year: 2026, month: 4, day: 30))  // 31 April does not exist
        #expect(months.start == signed)
        #expect(months.text == "Sau 03 tháng kể từ ngày ký")
        let days = TimeframeParser.resolve(TimeframeParser.parse("trong vòng 30 ngày kể từ ngày ban hành"), signedOn: signed)
        #expect(days.end == CalendarDate(year: 2026, month: 3, day: 2))
        let event = TimeframeParser.resolve(TimeframeParser.parse("Sau 03 tháng kể từ khi có văn bản của Trung ương"),
                                            signedOn: signed)
        #expect(event.end == nil)
        // No signing date (a draft): the kind stays, with no date.
        #expect(TimeframeParser.resolve(TimeframeParser.parse("Sau 03 tháng kể từ ngày ký"), signedOn: nil).end == nil)
        // "sau" and "trong" alone are not deadlines.
        check("Sau khi có hướng dẫn", .unknown, nil, nil)
        #expect(TimeframeParser.find(inSentence: "Sở Y tế báo cáo sau khi hoàn thành khảo sát.") == nil)
    }

    @Test func aRelativeDeadlineInASentenceIsDatedByTheDocument() throws {
        let result = try PlanImporter.importPlan(text: """
        ỦY BAN NHÂN DÂN TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 21/KH-UBND | Cao Bằng, ngày 15 tháng 5 năm 2026 |
        KẾ HOẠCH
        Rà soát quy chế
        1. Giao Sở Tư pháp chủ trì rà soát quy chế, hoàn thành trong vòng 45 ngày kể từ ngày ký, báo cáo UBND tỉnh.
        2. Giao Sở Nội vụ chủ trì sửa đổi quy chế sau 06 tháng kể từ ngày ban hành Kế hoạch này.
        """, directory: TestSupport.directory)
        let first = try #require(result.plan.tasks.first)
        #expect(first.timeframe.kind == .relative)
        #expect(first.timeframe.text == "trong vòng 45 ngày kể từ ngày ký")
        #expect(first.timeframe.end == CalendarDate(year: 2026, month: 6, day: 29))
        #expect(result.plan.tasks.last?.timeframe.end == CalendarDate(year: 2026, month: 11, day: 15))
        #expect(!result.warnings.contains { $0.kind == .unknownTimeframe })
    }

    @Test func recurringAndContinuous() {
        check("Hàng năm", .yearly, nil, nil)
        check("Hằng năm", .yearly, nil, nil)
        check("hằng năm", .yearly, nil, nil)
        check("Thường xuyên", .continuous, nil, nil)
        check("Nhiệm vụ thường xuyên", .continuous, nil, nil)
        check("Thường xuyên, hàng năm", .continuousYearly, nil, nil)
        check("2025 và những năm tiếp theo", .openEnded, "2025-01-01", nil)
        #expect(TimeframeParser.parse("Hàng năm").hasYearlyInstances)
        #expect(TimeframeParser.parse("Thường xuyên, hàng năm").hasYearlyInstances)
    }

    @Test func unknownIsKeptNotGuessed() {
        let t = TimeframeParser.parse("Khi có hướng dẫn của Trung ương")
        #expect(t.kind == .unknown)
        #expect(t.text == "Khi có hướng dẫn của Trung ương")
        check("Quý V/2025", .unknown, nil, nil)
        check("31/02/2025", .unknown, nil, nil)
    }

    @Test func textIsKeptVerbatimAndNFC() {
        let nfd = "Quý III năm 2029".decomposedStringWithCanonicalMapping
        let t = TimeframeParser.parse(nfd)
        #expect(t.text.unicodeScalars.elementsEqual("Quý III năm 2029".unicodeScalars))
        #expect(t.kind == .quarter)
    }
}

@Suite("Numbers and targets")
struct TargetTests {
    @Test func vietnameseNumbers() {
        #expect(VietnameseNumber.parse("1.000") == 1000)
        #expect(VietnameseNumber.parse("2.000.000") == 2_000_000)
        #expect(VietnameseNumber.parse("197,61") == 197.61)
        #expect(VietnameseNumber.parse("01") == 1)
        #expect(VietnameseNumber.parse("300") == 300)
        #expect(VietnameseNumber.parse("4.0") == nil)
        #expect(VietnameseNumber.parse("1017/QĐ") == nil)
        #expect(VietnameseNumber.parse("1.00") == nil)
        #expect(VietnameseNumber.parse("abc") == nil)
    }

    @Test func targetsWithQualifierUnitAndPeriod() {
        let t = TargetParser.parse("Mỗi năm tuyển và đào tạo khoảng 300 nhân lực ngành công nghiệp bán dẫn", level: .byYear(2030))
        #expect(t.count == 1)
        #expect(t.first?.value == 300)
        #expect(t.first?.qualifier == .about)
        #expect(t.first?.unit == "nhân lực")
        #expect(t.first?.period == .perYear)

        let project = TargetParser.parse("Thu hút tối thiểu 01 dự án đầu tư trong lĩnh vực bán dẫn.", level: .byYear(2030))
        #expect(project == [Target(value: 1, valueText: "01", qualifier: .atLeast, unit: "dự án", period: .byYear(2030),
                                   phrase: "tối thiểu 01 dự án")])

        let turns = TargetParser.parse("đào tạo giảng viên (khoảng 20 lượt mỗi năm).", level: .byYear(2030))
        #expect(turns.map(\.value) == [20])
        #expect(turns.first?.unit == "lượt")
        #expect(turns.first?.qualifier == .about)

        let atMost = TargetParser.parse("tối đa 5 doanh nghiệp", level: .general)
        #expect(atMost.first?.qualifier == .atMost)
        #expect(atMost.first?.period == Target.Period.none)
    }

    @Test func yearsAndVersionsAreNotTargets() {
        #expect(TargetParser.parse("cuộc cách mạng công nghiệp 4.0 đến năm 2030", level: .general).isEmpty)
        #expect(TargetParser.parse("Quyết định số 1017/QĐ-TTg ngày 21/9/2024", level: .general).isEmpty)
        #expect(TargetParser.parse("năm 2030 có 2030 người", level: .general).isEmpty)
    }

    @Test func periodCodesRoundTrip() throws {
        for p in [Target.Period.none, .perYear, .byYear(2030)] { #expect(Target.Period(code: p.code) == p) }
        for l in [ObjectiveLevel.general, .byYear(2050), .other] { #expect(ObjectiveLevel(code: l.code) == l) }
    }
}
