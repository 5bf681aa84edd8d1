import Foundation
import PlanKit

/// Short agency names for narrow columns, the way Vietnamese documents abbreviate them
/// (Sở KH&ĐT, Sở LĐ-TB&XH, UBND). Proper names (Kon Tum, Đà Nẵng) are kept whole.
public enum AgencyAbbreviation {
    /// Common-noun phrases shortened wherever they appear.
    private static let phrases: [(String, String)] = [
        ("Ủy ban nhân dân", "UBND"), ("Uỷ ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"),
        ("Ban Quản lý", "BQL"), ("Trường Cao đẳng", "Trường CĐ"), ("Trường Đại học", "Trường ĐH"),
        ("Đại học", "ĐH"), ("Khu công nghiệp", "KCN"), ("Khu Công nghiệp", "KCN"),
        ("Phát thanh – Truyền hình", "PT-TH"), ("Phát thanh - Truyền hình", "PT-TH"),
    ]

    public static func short(_ name: String) -> String {
        if name.hasPrefix("Sở ") {
            return "Sở " + initials(String(name.dropFirst(3)))
        }
        var result = name
        // The byte test first: Foundation's replace costs more than the rest of a table row.
        for (long, short) in phrases where result.includes(long) {
            result = result.replacingOccurrences(of: long, with: short)
        }
        return result
    }

    /// "Kế hoạch và Đầu tư" → "KH&ĐT", "Lao động - Thương binh và Xã hội" → "LĐ-TB&XH".
    private static func initials(_ field: String) -> String {
        var out = ""
        for word in field.split(separator: " ") {
            if word == "và" { out += "&"; continue }
            if word == "-" || word == "–" { out += "-"; continue }
            if let first = word.first { out += String(first).uppercased() }
        }
        return out
    }
}
