import Foundation

/// A parenthesis after an agency's name says what the agency is or does there ("Bộ Nội vụ (cơ quan chủ
/// trì triển khai Đề án)", "(nếu có)"): a remark, not a second agency. It is blanked before a list is
/// split. A parenthesis that names the parent ("Phòng Kinh tế (thuộc Sở Tài chính)") stays, without its
/// brackets, so the unit reads as "… thuộc …"; one that opens with a capital is a name or an abbreviation
/// and stays as it is.
enum AgencyRemarks {
    static func blanked(_ text: String) -> String {
        appositionsBlanked(parenthesesBlanked(text))
    }

    /// The role a body plays, set after its name by a comma: "Bộ Nội vụ, cơ quan chủ trì triển khai Đề án",
    /// "Sở Tư pháp, đơn vị đầu mối". It runs to the next ";" or the end.
    private static let roleOpenings = [
        "cơ quan chủ trì", "cơ quan thường trực", "cơ quan đầu mối", "cơ quan tham mưu", "cơ quan giúp việc",
        "đơn vị chủ trì", "đơn vị đầu mối", "đơn vị thường trực", "đơn vị tham mưu", "là cơ quan", "là đơn vị",
    ]

    static func appositionsBlanked(_ text: String) -> String {
        // On the bytes: Foundation's search was a tenth of reading a list. Where a byte "," is no "," character
        // (a mark attached to it), the walk below finds none and gives the text back unchanged.
        guard text.hasByte(UInt8(ascii: ",")) else { return text }
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index] == "," else { index += 1; continue }
            let rest = String(characters[(index + 1)...].prefix(24)).trimmingCharacters(in: .whitespaces)
            guard roleOpenings.contains(where: { rest.hasPrefix($0) }) else { index += 1; continue }
            let end = characters[index...].firstIndex(of: ";") ?? characters.count
            for k in index..<end { characters[k] = " " }
            index = end
        }
        return String(characters)
    }

    static func parenthesesBlanked(_ text: String) -> String {
        guard text.hasByte(UInt8(ascii: "(")) else { return text }  // as above
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index] == "(",
                  let close = characters[(index + 1)...].firstIndex(of: ")") else { index += 1; continue }
            let inside = String(characters[(index + 1)..<close]).trimmingCharacters(in: .whitespaces)
            let key = SearchKey.make(inside)
            if key.hasPrefix("thuoc ") {
                characters[index] = " "
                characters[close] = " "
            } else if let first = inside.first, first.isLowercase {
                for k in index...close { characters[k] = " " }
            }
            index = close + 1
        }
        return String(characters)
    }
}
