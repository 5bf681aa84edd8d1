/// Reads a timeframe as plans print it ("Năm 2025 - 2026", "Quý III năm 2029", "Hàng năm") into its meaning.
/// The text is kept verbatim; what cannot be read is `.unknown`, never guessed.
public enum TimeframeParser {
    public static func parse(_ printed: String) -> Timeframe {
        var text = TextCleanup.collapseSpaces(printed.nfc)
        while let last = text.last, last == "." || last == ";" || last == "," { text.removeLast() }
        let (main, note) = splitNote(text)
        let key = withoutCitations(SearchKey.make(main))
        let numbers = NumberRun.find(in: key)
        let years = numbers.filter { $0.isYear }.map(\.value)

        func result(_ kind: Timeframe.Kind, _ start: CalendarDate? = nil, _ end: CalendarDate? = nil) -> Timeframe {
            Timeframe(text: text, kind: kind, start: start, end: end, note: note)
        }

        let yearly = key.includes("hang nam") || key.includes("moi nam")
        if key.includes("thuong xuyen") {
            if isPeriodic(key) && !yearly { return result(.periodic) }
            return result(yearly ? .continuousYearly : .continuous, years.first.map(CalendarDate.firstDay(ofYear:)))
        }
        // Every month or quarter, or a day of the month after each period: no one deadline, a rhythm.
        if isPeriodic(key) && !yearly && years.isEmpty { return result(.periodic) }
        if yearly && years.count <= 1 && !key.includes("quy") {
            return result(.yearly, years.first.map(CalendarDate.firstDay(ofYear:)))
        }
        if key.includes("nhung nam tiep theo") || key.includes("cac nam tiep theo") || key.includes("tro di")
            || key.includes("tro ve sau") {
            guard let first = years.first else { return result(.unknown) }
            return result(.openEnded, CalendarDate.firstDay(ofYear: first))
        }
        if key.hasPrefix("quy ") || key.includes(" quy ") {
            guard let quarter = quarter(in: key, numbers: numbers), let year = years.last else { return result(.unknown) }
            let startMonth = (quarter - 1) * 3 + 1
            guard let start = CalendarDate(year: year, month: startMonth, day: 1),
                  let end = CalendarDate.lastDay(ofMonth: startMonth + 2, year: year) else { return result(.unknown) }
            return result(.quarter, start, end)
        }
        if let triple = dayMonthYear(numbers, key: key) {
            // A written day that does not exist (31/02) is not quietly read as a month.
            guard let date = triple else { return result(.unknown) }
            return result(.deadline, nil, date)
        }
        if let (month, year) = monthYear(key: key, numbers: numbers) {
            guard let start = CalendarDate(year: year, month: month, day: 1),
                  let end = CalendarDate.lastDay(ofMonth: month, year: year) else { return result(.unknown) }
            return result(.month, start, end)
        }
        let otherNumbers = numbers.filter { !$0.isYear }
        if years.count == 2, otherNumbers.isEmpty, years[0] <= years[1] {
            return result(.yearRange, CalendarDate.firstDay(ofYear: years[0]), CalendarDate.lastDay(ofYear: years[1]))
        }
        if years.count == 1, otherNumbers.isEmpty, key.includes("tu nam"), !key.includes("den") {
            // "Bắt đầu triển khai từ năm 2026": when the work starts, with no end given.
            return result(.openEnded, CalendarDate.firstDay(ofYear: years[0]))
        }
        if years.count == 1, otherNumbers.isEmpty {
            // "đến năm 2030" / "trước năm 2030" mean by the end of that year, with no start.
            let byOnly = key.includes("den nam") || key.includes("truoc nam") || key.hasPrefix("den ")
            return result(.year, byOnly ? nil : CalendarDate.firstDay(ofYear: years[0]), CalendarDate.lastDay(ofYear: years[0]))
        }
        if years.isEmpty, relativeDeadline(key) != nil { return result(.relative) }
        return result(.unknown)
    }

    /// "theo cac moc tai quyet dinh so 1441/qd-ubnd ngay 25/9/2025 cua …" → "theo cac moc tai quyet dinh
    /// cua …": the number of a cited document and the date it was signed on say which document, never when
    /// the task is due, so they are taken out before the key is read.
    static func withoutCitations(_ key: String) -> String {
        guard key.utf8.contains(UInt8(ascii: "/")) else { return key }
        let words = key.split(separator: " ")
        guard words.contains(where: isDocumentNumber) else { return key }
        var kept: [Substring] = []
        var i = 0
        while i < words.count {
            guard isDocumentNumber(words[i]) else {
                kept.append(words[i])
                i += 1
                continue
            }
            if kept.last == "so" { kept.removeLast() }
            i += 1
            // "ngày 25/9/2025" or "ngày 25 tháng 9 năm 2025" after the number: the day it was signed.
            guard i < words.count, words[i] == "ngay" else { continue }
            if i + 1 < words.count, words[i + 1].filter({ $0 == "/" }).count == 2 {
                i += 2
            } else if i + 6 < words.count, words[i + 2] == "thang", words[i + 4] == "nam" {
                i += 6
            }
        }
        return kept.joined(separator: " ")
    }

    /// "1441/qd-ubnd", "08/2024/tt-bxd", "515/kh-bca-bnn&mt": a number with a document's code after it (a
    /// date or "ii/2025" is not one: no letters, or no leading digit).
    private static func isDocumentNumber(_ word: Substring) -> Bool {
        guard let first = word.first, first.isASCII, first.isNumber, word.contains("/") else { return false }
        return word.contains { $0.isLetter }
    }

    /// "hằng tháng", "hàng quý", "định kỳ 6 tháng", "trước ngày 05 của tháng liền kề", "tháng cuối quý".
    static func isPeriodic(_ key: String) -> Bool {
        let every = ["hang thang", "moi thang", "hang quy", "moi quy", "dinh ky thang", "dinh ky quy",
                     "thang lien ke", "thang tiep", "quy lien ke", "quy tiep",
                     "thang cuoi quy", "6 thang mot lan", "hang tuan", "moi tuan"]
        if every.contains(where: { key.includes($0) }) { return true }
        // "định kỳ 6 tháng", "định kỳ 03 tháng": a period counted in months.
        guard let range = key.range(of: "dinh ky ") else { return false }
        let after = key[range.upperBound...].split(separator: " ")
        return after.count >= 2 && after[0].allSatisfy(\.isNumber) && (after[1] == "thang" || after[1] == "quy")
    }

    /// "2025-2030 (Căn cứ khả năng bố trí vốn)" → ("2025-2030", "Căn cứ khả năng bố trí vốn").
    static func splitNote(_ text: String) -> (String, String?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
        let main = TextCleanup.collapseSpaces(text[..<open])
        let note = TextCleanup.collapseSpaces(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return main.isEmpty ? (text, nil) : (main, note.isEmpty ? nil : note)
    }

    private static let romanQuarters = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

    /// "quy iii nam 2029", "quy ii/2025", "quy 3/2025".
    static func quarter(in key: String, numbers: [NumberRun]) -> Int? {
        guard let range = key.range(of: "quy ") else { return nil }
        let after = key[range.upperBound...]
        let word = after.prefix { $0.isLetter || $0.isNumber }
        if let q = romanQuarters[String(word)] { return q }
        if let q = Int(word), (1...4).contains(q) { return q }
        return nil
    }

    /// "01/01/2030", "30/6/2025", "ngày 01 tháng 7 năm 2028": the outer nil means no such pattern, the
    /// inner nil a day that does not exist.
    static func dayMonthYear(_ numbers: [NumberRun], key: String = "") -> CalendarDate?? {
        for i in 0..<max(0, numbers.count - 2) {
            let (d, m, y) = (numbers[i], numbers[i + 1], numbers[i + 2])
            guard y.isYear, !d.isYear, !m.isYear else { continue }
            if (d.separatorAfter == "/" && m.separatorAfter == "/")
                || key.includes("ngay \(d.text) thang \(m.text) nam \(y.text)") {
                return .some(CalendarDate(year: y.value, month: m.value, day: d.value))
            }
        }
        return nil
    }

    /// "6/2025", "tháng 10/2025", "tháng 10 năm 2025".
    static func monthYear(key: String, numbers: [NumberRun]) -> (Int, Int)? {
        for i in 0..<max(0, numbers.count - 1) {
            let (m, y) = (numbers[i], numbers[i + 1])
            guard !m.isYear, y.isYear, (1...12).contains(m.value) else { continue }
            if m.separatorAfter == "/" { return (m.value, y.value) }
            if key.includes("thang \(m.text) nam \(y.text)") { return (m.value, y.value) }
        }
        return nil
    }
}

/// A run of digits in a search key, with the character that follows it.
struct NumberRun {
    var text: String
    var value: Int
    var separatorAfter: Character?

    /// Plans run between the 1990s and the 2100s; anything else four digits long is not a year here.
    var isYear: Bool { text.count == 4 && (1900...2200).contains(value) }

    static func find(in key: String) -> [NumberRun] {
        var runs: [NumberRun] = []
        var index = key.startIndex
        while index < key.endIndex {
            guard key[index].isASCII, key[index].isNumber else { index = key.index(after: index); continue }
            var end = index
            while end < key.endIndex, key[end].isASCII, key[end].isNumber { end = key.index(after: end) }
            let text = String(key[index..<end])
            if let value = Int(text) {
                runs.append(NumberRun(text: text, value: value, separatorAfter: end < key.endIndex ? key[end] : nil))
            }
            index = end
        }
        return runs
    }
}
