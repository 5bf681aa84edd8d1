import Foundation
import PlanKit
import Wording

/// How statuses and standings are named on screen, in the Government Office's Vietnamese terms.
enum Labels {
    static func status(_ status: TaskStatus, _ language: Language) -> String {
        Localizer(language)(StatusWord(status))
    }

    static func standing(_ standing: Standing, _ language: Language) -> String {
        Localizer(language).standing(standing)
    }

    /// A status as typed: the English words or the Vietnamese ones, with or without diacritics.
    static func parseStatus(_ text: String) -> TaskStatus? {
        let key = SearchKey.make(text).replacingOccurrences(of: "_", with: "-")
        if let status = TaskStatus(rawValue: key.replacingOccurrences(of: " ", with: "-")) { return status }
        switch key {
        case "chua thuc hien", "chua bat dau", "not started": return .notStarted
        case "dang thuc hien", "in progress": return .inProgress
        case "da hoan thanh", "hoan thanh", "xong": return .done
        case "tam hoan", "tam dung": return .suspended
        default: return nil
        }
    }

    /// A standing as typed: its code (`overdue`, `due-soon`) or its Vietnamese or English label.
    static func parseStanding(_ text: String) -> Standing? {
        let key = SearchKey.make(text)
        if let standing = Standing(rawValue: key.replacingOccurrences(of: " ", with: "-")) { return standing }
        for standing in Standing.allCases {
            for language in [Language.vi, .en] where SearchKey.make(self.standing(standing, language)) == key {
                return standing
            }
        }
        switch key {
        case "qua han": return .overdue
        case "dung han": return .doneOnTime
        case "trong han": return .inProgress
        case "sap den han", "sap het han": return .dueSoon
        default: return nil
        }
    }

    /// ISO `2025-06-30` or Vietnamese `30/06/2025`.
    static func parseDate(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text) { return date }
        let parts = text.split(separator: "/")
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 else {
            return nil
        }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// Today in the local time zone: plans speak in local days.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }

    /// A moment as local `yyyy-MM-dd HH:mm`.
    static func moment(_ date: Date) -> String {
        let p = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(p.year ?? 0)-\(two(p.month))-\(two(p.day)) \(two(p.hour)):\(two(p.minute))"
    }

    /// "đang thực hiện 40%", "đã hoàn thành 30/06/2025".
    static func summary(_ record: StatusRecord?, _ language: Language) -> String {
        guard let record else { return status(.notStarted, language) }
        var text = status(record.status, language)
        if let progress = record.progress, record.status != .done { text += " \(progress)%" }
        if let doneOn = record.doneOn { text += " " + doneOn.vietnamese }
        return text
    }
}
