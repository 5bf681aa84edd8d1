/// How often a plan asks for reports: its reporting rhythm.
public enum ReportingRhythm: String, Codable, Sendable, CaseIterable {
    case month, quarter, half, year

    /// Periods of this rhythm in one year.
    public var periodsPerYear: Int {
        switch self {
        case .month: return 12
        case .quarter: return 4
        case .half: return 2
        case .year: return 1
        }
    }

    /// The rhythm a reporting duty's wording sets: "hằng tháng" monthly, "hằng quý" quarterly,
    /// "định kỳ 6 tháng" or "6 tháng đầu năm" half-yearly, anything else (usually "hằng năm") yearly.
    /// "6 tháng" alone is a span, not a rhythm ("trong 6 tháng", "sau 6 tháng kể từ…"): only a word of
    /// recurrence before it or the half of the year after it makes it one. Read on the folded text, so
    /// "hàng"/"hằng" and typed-without-diacritics copies read the same.
    public static func of(dutyText text: String) -> ReportingRhythm {
        // Punctuation becomes a space so "(hằng tháng)" and "hằng tháng," read as the words they are.
        let words = SearchKey.make(text).map { $0.isLetter || $0.isNumber ? $0 : " " }
        let folded = " " + String(words) + " "
        for (words, rhythm) in rhythmWords where words.contains(where: { folded.contains($0) }) {
            return rhythm
        }
        return .year
    }

    /// The plan's rhythm: the most frequent its duties ask for, yearly when it states none.
    public static func of(plan: Plan) -> ReportingRhythm {
        let rhythms = plan.reporting.map { of(dutyText: $0.text) }
        return rhythms.max { $0.periodsPerYear < $1.periodsPerYear } ?? .year
    }

    private static let rhythmWords: [([String], ReportingRhythm)] = [
        ([" hang thang ", " moi thang "], .month),
        ([" hang quy ", " moi quy "], .quarter),
        ([" hang 6 thang ", " moi 6 thang ", " dinh ky 6 thang ", " 6 thang mot lan ", " 6 thang dau nam ",
          " 6 thang cuoi nam ", " so ket 6 thang ", " bao cao 6 thang ", " hang sau thang ", " dinh ky sau thang ",
          " sau thang dau nam ", " nua nam ", " hang nua nam "], .half),
    ]
}

/// One reporting period: a month, quarter, half-year or year. Written "2026-11", "2026-Q4", "2026-H2", "2026".
public struct ReportingPeriod: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let rhythm: ReportingRhythm
    /// 1-based: the month, quarter or half; 1 for a year.
    public let index: Int

    public init?(year: Int, rhythm: ReportingRhythm, index: Int) {
        guard (1...9999).contains(year), (1...rhythm.periodsPerYear).contains(index) else { return nil }
        self.year = year
        self.rhythm = rhythm
        self.index = index
    }

    /// Parses the written form; also "2026-M11" and lower-case letters. nil for anything else.
    public init?(code text: String) {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 1 { self.init(year: year, rhythm: .year, index: 1); return }
        guard parts.count == 2, var rest = Optional(parts[1]), !rest.isEmpty else { return nil }
        var rhythm = ReportingRhythm.month
        switch rest.first {
        case "Q": rhythm = .quarter; rest = rest.dropFirst()
        case "H": rhythm = .half; rest = rest.dropFirst()
        case "M": rest = rest.dropFirst()
        default: break
        }
        guard rest.count <= 2, rest.allSatisfy(\.isASCII), let index = Int(rest) else { return nil }
        self.init(year: year, rhythm: rhythm, index: index)
    }

    /// The period of this rhythm that holds a day.
    public static func containing(_ date: CalendarDate, rhythm: ReportingRhythm) -> ReportingPeriod {
        let months = 12 / rhythm.periodsPerYear
        return ReportingPeriod(year: date.year, rhythm: rhythm, index: (date.month - 1) / months + 1)!
    }

    public var code: String {
        switch rhythm {
        case .year: return "\(year)"
        case .half: return "\(year)-H\(index)"
        case .quarter: return "\(year)-Q\(index)"
        case .month: return index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        }
    }

    public var description: String { code }

    /// Stored as its code ("2026-Q4"), so a damaged value is refused, never half-read.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = ReportingPeriod(code: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    private var monthsLong: Int { 12 / rhythm.periodsPerYear }

    public var firstDay: CalendarDate { CalendarDate(year: year, month: (index - 1) * monthsLong + 1, day: 1)! }

    public var lastDay: CalendarDate {
        let month = index * monthsLong
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    public func contains(_ date: CalendarDate) -> Bool { date >= firstDay && date <= lastDay }

    /// The period before this one, of the same rhythm.
    public var previous: ReportingPeriod? {
        index > 1 ? ReportingPeriod(year: year, rhythm: rhythm, index: index - 1)
            : ReportingPeriod(year: year - 1, rhythm: rhythm, index: rhythm.periodsPerYear)
    }

    /// The period after this one, of the same rhythm.
    public var next: ReportingPeriod? {
        index < rhythm.periodsPerYear ? ReportingPeriod(year: year, rhythm: rhythm, index: index + 1)
            : ReportingPeriod(year: year + 1, rhythm: rhythm, index: 1)
    }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }

    /// As a report's title says it: "quý IV năm 2026", "6 tháng cuối năm 2026", "Q4 2026".
    public func label(vietnamese: Bool) -> String {
        let roman = ["I", "II", "III", "IV"]
        switch (rhythm, vietnamese) {
        case (.year, true): return "năm \(year)"
        case (.year, false): return "\(year)"
        case (.half, true): return index == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        case (.half, false): return index == 1 ? "first half of \(year)" : "second half of \(year)"
        case (.quarter, true): return "quý \(roman[index - 1]) năm \(year)"
        case (.quarter, false): return "Q\(index) \(year)"
        case (.month, true): return "tháng \(index) năm \(year)"
        case (.month, false): return "\(year)-\(index < 10 ? "0" : "")\(index)"
        }
    }
}
