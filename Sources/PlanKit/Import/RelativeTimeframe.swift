/// Deadlines counted from an event: "Sau 03 tháng kể từ ngày ký", "trong vòng 30 ngày kể từ ngày ban hành",
/// "chậm nhất 06 tháng kể từ khi có văn bản của Trung ương". Read as `.relative`; counted from the
/// signing date when the event is the signing or issuing of the document and that date is known.
extension TimeframeParser {
    /// The amount and unit of a relative deadline, and whether it counts from the document's signing.
    struct RelativeDeadline: Equatable {
        enum Unit: Equatable { case day, week, month, year }
        var amount: Int
        var unit: Unit
        var fromSigning: Bool
    }

    private static let openers: [[String]] = [["sau"], ["trong", "vong"], ["trong", "thoi", "han"], ["trong"], ["cham", "nhat"]]
    private static let units: [String: RelativeDeadline.Unit] = ["ngay": .day, "tuan": .week, "thang": .month, "nam": .year]
    /// "kể từ ngày ký", "kể từ ngày ban hành", "kể từ ngày ký ban hành": the document's own date.
    private static let signingAnchors: [[String]] = [["ngay", "ky"], ["ngay", "ban", "hanh"]]

    /// "sau 03 thang ke tu ngay ky" → 3 months from signing; nil for anything else.
    static func relativeDeadline(_ key: String) -> RelativeDeadline? {
        let words = key.split(separator: " ").map(String.init)
        for start in words.indices {
            guard let opener = openers.first(where: { Array(words.dropFirst(start).prefix($0.count)) == $0 }) else { continue }
            let at = start + opener.count
            guard at + 1 < words.count, let amount = Int(words[at]), amount > 0, amount <= 120,
                  let unit = units[words[at + 1]] else { continue }
            let rest = Array(words.dropFirst(at + 2))
            guard rest.starts(with: ["ke", "tu"]) else { continue }
            let anchor = Array(rest.dropFirst(2))
            let signing = signingAnchors.contains { anchor.starts(with: $0) }
            return RelativeDeadline(amount: amount, unit: unit, fromSigning: signing)
        }
        return nil
    }

    /// A relative deadline counted from `signed`: the day the period ends. Unchanged where it counts from
    /// another event, or is not relative.
    public static func resolve(_ timeframe: Timeframe, signedOn signed: CalendarDate?) -> Timeframe {
        guard timeframe.kind == .relative, timeframe.end == nil, let signed,
              let deadline = relativeDeadline(SearchKey.make(splitNote(timeframe.text).0)), deadline.fromSigning else {
            return timeframe
        }
        var resolved = timeframe
        resolved.start = signed
        switch deadline.unit {
        case .day: resolved.end = signed.adding(days: deadline.amount)
        case .week: resolved.end = signed.adding(days: deadline.amount * 7)
        case .month: resolved.end = signed.adding(months: deadline.amount)
        case .year: resolved.end = signed.adding(months: deadline.amount * 12)
        }
        return resolved
    }
}

extension CalendarDate {
    /// The same day `months` later, or the month's last day where it is shorter (31/01 + 1 month → 28/02).
    func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }
}
