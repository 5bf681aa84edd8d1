import Foundation

/// Reads who issued the plan, its number, date, title and signer, from the heading block, the signature
/// block, or the metadata list legal-document sites append ("- Số hiệu: …", "- Người ký: …").
enum HeaderReader {
    static func read(_ paragraphs: [Paragraph]) -> PlanIdentity {
        let metadata = metadataFields(paragraphs)
        let number = metadata["so hieu"].map(cleanNumber) ?? documentNumber(paragraphs)
        let place = placeAndDate(paragraphs)
        let date = metadata["ngay ban hanh"].flatMap(slashDate) ?? place?.date
        let title = readTitle(paragraphs)
        let province = place?.place ?? metadata["noi ban hanh"].map(stripProvinceWord) ?? provinceInText(title)
            ?? paragraphs.prefix(12).lazy.compactMap { provinceInText($0.text) }.first
        let signer = metadata["nguoi ky"] ?? signatureName(paragraphs)
        let issuer = province.map { "Ủy ban nhân dân tỉnh \($0)" } ?? "Ủy ban nhân dân"
        return PlanIdentity(issuer: issuer, province: province, number: number, date: date, title: title, signer: signer)
    }

    /// "- Số hiệu: 3785/KH-UBND" → ["so hieu": "3785/KH-UBND"], from the trailing metadata list.
    static func metadataFields(_ paragraphs: [Paragraph]) -> [String: String] {
        var fields: [String: String] = [:]
        for p in paragraphs.suffix(20) where LineShape.isBullet(p.text) {
            let body = LineShape.unbulleted(p.text)
            guard let colon = body.firstIndex(of: ":") else { continue }
            let name = SearchKey.make(body[..<colon])
            let value = TextCleanup.collapseSpaces(body[body.index(after: colon)...])
            if ["so hieu", "ngay ban hanh", "noi ban hanh", "nguoi ky", "loai van ban"].contains(name), !value.isEmpty {
                fields[name] = value
            }
        }
        return fields
    }

    /// "Số: 3785/KH-UBND" in the heading block.
    static func documentNumber(_ paragraphs: [Paragraph]) -> String? {
        for p in paragraphs.prefix(12) {
            for cell in p.text.split(separator: "|") {
                let c = TextCleanup.collapseSpaces(cell)
                let key = SearchKey.make(c)
                guard key.hasPrefix("so:") || key.hasPrefix("so :"), let colon = c.firstIndex(of: ":") else { continue }
                let value = cleanNumber(String(c[c.index(after: colon)...]))
                if value.contains("/") { return value }
            }
        }
        return nil
    }

    static func cleanNumber(_ text: String) -> String {
        String(text.filter { $0 != " " }.prefix { $0 != "|" })
    }

    /// "Kon Tum, ngày 22 tháng 10 năm 2024" → ("Kon Tum", 2024-10-22).
    static func placeAndDate(_ paragraphs: [Paragraph]) -> (place: String?, date: CalendarDate?)? {
        for p in paragraphs.prefix(12) {
            for cell in p.text.split(separator: "|") {
                let c = TextCleanup.collapseSpaces(cell)
                guard let range = c.range(of: ", ngày ") else { continue }
                let place = TextCleanup.collapseSpaces(c[..<range.lowerBound])
                let numbers = NumberRun.find(in: SearchKey.make(c[range.lowerBound...]))
                var date: CalendarDate?
                if numbers.count >= 3 {
                    date = CalendarDate(year: numbers[2].value, month: numbers[1].value, day: numbers[0].value)
                }
                return (place.isEmpty ? nil : stripProvinceWord(place), date)
            }
        }
        return nil
    }

    static func slashDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "/").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3 else { return nil }
        return CalendarDate(year: parts[2], month: parts[1], day: parts[0])
    }

    static func stripProvinceWord(_ text: String) -> String {
        let key = SearchKey.make(text)
        for prefix in ["tinh ", "thanh pho "] where key.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count))
        }
        return text
    }

    /// The province named after "tỉnh" ("trên địa bàn tỉnh Thái Nguyên đến năm 2030" → "Thái Nguyên").
    static func provinceInText(_ text: String) -> String? {
        let words = text.split(separator: " ")
        for (i, word) in words.enumerated() where SearchKey.make(word) == "tinh" && i + 1 < words.count {
            let name = words[(i + 1)...].prefix { w in
                guard let f = w.first, f.isUppercase else { return false }
                return !w.contains(",") || w.last == ","
            }.prefix(3)
            guard !name.isEmpty else { continue }
            let joined = name.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",.;:)”\""))
            return titleCased(joined)
        }
        return nil
    }

    /// "KON TUM" → "Kon Tum"; names already in mixed case are kept.
    static func titleCased(_ text: String) -> String {
        guard text == text.uppercased() else { return text }
        return text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// The line after "KẾ HOẠCH"; an all-capitals heading gives way to the metadata title where there is one.
    static func readTitle(_ paragraphs: [Paragraph]) -> String {
        var heading: String?
        for (i, p) in paragraphs.prefix(15).enumerated() where p.key == "ke hoach" && i + 1 < paragraphs.count {
            heading = paragraphs[i + 1].text
            break
        }
        let metadataTitle = paragraphs.firstIndex { SearchKey.make(LineShape.unbulleted($0.text)).hasPrefix("so hieu:") }
            .flatMap { $0 > 0 ? paragraphs[$0 - 1].text : nil }
        if let heading, heading != heading.uppercased() { return heading }
        return metadataTitle ?? heading ?? paragraphs.first?.text ?? ""
    }

    /// The name under the signature block ("TM. ỦY BAN NHÂN DÂN … PHÓ CHỦ TỊCH … Lê Quang Tiến").
    static func signatureName(_ paragraphs: [Paragraph]) -> String? {
        guard let block = paragraphs.lastIndex(where: { $0.key.hasSuffix("chu tich") || $0.key.hasPrefix("tm.") }) else {
            return nil
        }
        for p in paragraphs[(block + 1)...] {
            let words = p.text.split(separator: " ")
            if (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
               p.text != p.text.uppercased() {
                return p.text
            }
        }
        return nil
    }
}
