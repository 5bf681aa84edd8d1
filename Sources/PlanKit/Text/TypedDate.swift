/// A date as a person types it into a prompt or an option: `31/12/2026`, `1/7/25`, `2026-12-31`,
/// `31.12.2026`, `ngày 31 tháng 12 năm 2026`, and the words `hôm nay`/`today`, `hôm qua`/`yesterday`,
/// `ngày mai`/`tomorrow`, `cuối tháng`, `cuối quý` (optionally `cuối quý II` or `cuối quý 3 năm 2027`),
/// `cuối năm` and their English forms. Day first, as Vietnamese writes dates; diacritics and case ignored.
public enum TypedDate {
    public static func parse(_ text: String, today: CalendarDate) -> CalendarDate? {
        let trimmed = text.nfc.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let date = CalendarDate(iso: trimmed) { return date }
        if let date = numeric(trimmed) { return date }
        return words(SearchKey.make(trimmed).split(separator: " ").map(String.init), today: today)
    }

    /// `d/m/y` with `/`, `-` or `.`; a two-digit year is in this century.
    static func numeric(_ text: String) -> CalendarDate? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return CalendarDate(year: year, month: month, day: day)
    }

    static func words(_ words: [String], today: CalendarDate) -> CalendarDate? {
        let phrase = words.joined(separator: " ")
        switch phrase {
        case "hom nay", "today", "nay": return today
        case "hom qua", "yesterday": return today.adding(days: -1)
        case "ngay mai", "mai", "tomorrow": return today.adding(days: 1)
        case "cuoi thang", "end of month", "end of the month":
            return CalendarDate.lastDay(ofMonth: today.month, year: today.year)
        case "cuoi nam", "end of year", "end of the year": return CalendarDate.lastDay(ofYear: today.year)
        default: break
        }
        // "ngày 31 tháng 12 năm 2026"
        if words.count == 6, words[0] == "ngay", words[2] == "thang", words[4] == "nam",
           let day = Int(words[1]), let month = Int(words[3]), let year = Int(words[5]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return endOfQuarter(words, today: today)
    }

    /// "cuối quý", "cuối quý II", "cuối quý 3 năm 2027", "end of quarter", "end of q2 2027".
    static func endOfQuarter(_ words: [String], today: CalendarDate) -> CalendarDate? {
        var rest = words[...]
        if rest.starts(with: ["cuoi", "quy"]) {
            rest = rest.dropFirst(2)
        } else if rest.starts(with: ["end", "of", "the", "quarter"]) {
            rest = rest.dropFirst(4)
        } else if rest.starts(with: ["end", "of", "quarter"]) {
            rest = rest.dropFirst(3)
        } else if rest.starts(with: ["end", "of"]), let q = rest.dropFirst(2).first, q.hasPrefix("q") {
            rest = rest.dropFirst(2)
            rest[rest.startIndex] = String(q.dropFirst())
        } else {
            return nil
        }
        var quarter = (today.month - 1) / 3 + 1
        var year = today.year
        if rest.first == "nay" || rest.first == "this" { rest = rest.dropFirst() }
        if let first = rest.first, let number = quarterNumber(first) {
            quarter = number
            rest = rest.dropFirst()
        }
        if rest.first == "nam" { rest = rest.dropFirst() }
        if let first = rest.first {
            guard first.count == 4, let value = Int(first) else { return nil }
            year = value
            rest = rest.dropFirst()
        }
        guard rest.isEmpty else { return nil }
        return CalendarDate.lastDay(ofMonth: quarter * 3, year: year)
    }

    static func quarterNumber(_ word: String) -> Int? {
        switch word {
        case "1", "i": return 1
        case "2", "ii": return 2
        case "3", "iii": return 3
        case "4", "iv": return 4
        default: return nil
        }
    }
}
