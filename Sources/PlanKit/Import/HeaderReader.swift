import Foundation

/// Reads who issued the plan, its number, date, title and signer, from the heading block, the signature
/// block, or the metadata list legal-document sites append ("- Số hiệu: …", "- Người ký: …").
enum HeaderReader {
    static func read(_ paragraphs: [Paragraph], directory: AgencyDirectory? = nil) -> PlanIdentity {
        let metadata = metadataFields(paragraphs)
        let number = metadata["so hieu"].map(cleanNumber) ?? documentNumber(paragraphs)
        let place = placeAndDate(paragraphs)
        let date = metadata["ngay ban hanh"].flatMap(slashDate) ?? place?.date
        let title = readTitle(paragraphs)
        let province = place?.place ?? metadata["noi ban hanh"].map(stripProvinceWord) ?? provinceInText(title)
            ?? paragraphs.prefix(12).lazy.compactMap { provinceInText($0.text) }.first
        let signer = metadata["nguoi ky"] ?? signatureName(paragraphs)
        let issuer = issuingBody(paragraphs, province: province, directory: directory)
        return PlanIdentity(issuer: issuer, province: province, number: number, date: date, title: title, signer: signer)
    }

    /// "- Số hiệu: 3785/KH-UBND" → ["so hieu": "3785/KH-UBND"], from the trailing metadata list.
    static func metadataFields(_ paragraphs: [Paragraph]) -> [String: String] {
        var fields: [String: String] = [:]
        let names = ["so hieu", "ngay ban hanh", "noi ban hanh", "nguoi ky", "loai van ban"]
        for p in paragraphs.suffix(20) where LineShape.isBullet(p.text) {
            let body = LineShape.unbulleted(p.text)
            guard let colon = body.firstIndex(of: ":") else { continue }
            let name = SearchKey.make(body[..<colon])
            let value = TextCleanup.collapseSpaces(body[body.index(after: colon)...])
            if names.contains(name), !value.isEmpty {
                fields[name] = value
            }
        }
        // A site's metadata box at the top: "Số hiệu:" and its value as paragraphs of their own.
        let top = paragraphs.prefix(40)
        for (i, p) in zip(top.indices, top) where p.text.hasSuffix(":") && i + 1 < paragraphs.count {
            let name = SearchKey.make(p.text.dropLast())
            if names.contains(name), fields[name] == nil, !paragraphs[i + 1].text.hasSuffix(":") {
                fields[name] = paragraphs[i + 1].text
            }
        }
        return fields
    }

    /// "Số: 3785/KH-UBND" in the heading block.
    static func documentNumber(_ paragraphs: [Paragraph]) -> String? {
        for p in paragraphs.prefix(headingReach) {
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

    /// "3785/KH-UBND", "134 /KH-UBND", "/KH-UBND" (a draft's blank number). A number never holds a
    /// lower-case word: "134/KH-UBND Lào Cai, ngày 26 …" (two columns side by side) stops at "Lào".
    static func cleanNumber(_ text: String) -> String {
        var words = text.prefix { $0 != "|" }.split(separator: " ")[...]
        guard var number = words.popFirst().map(String.init) else { return "" }
        // "134 /KH-UBND": a number and its kind printed apart.
        if number.allSatisfy(\.isNumber), let next = words.first, next.hasPrefix("/") { number += next }
        return number
    }

    /// Who issued the document, from the first cell of its heading block: a people's committee is named
    /// with its province or city; another body by the directory's name for it where the directory knows it.
    static func issuingBody(_ paragraphs: [Paragraph], province: String?, directory: AgencyDirectory?) -> String {
        var heading: String?
        // The issuer stands just before the national motto ("CỘNG HÒA XÃ HỘI …"), in the cell before it or
        // glued in front of it on one line ("CHÍNH PHỦ CỘNG HÒA XÃ HỘI …"), wherever a site put the block.
        let cells = paragraphs.prefix(headingReach).flatMap { p in
            p.text.split(separator: "|").map { TextCleanup.collapseSpaces($0) }.filter { !$0.isEmpty }
        }
        if let motto = cells.firstIndex(where: { SearchKey.make($0).includes("cong hoa xa hoi chu nghia") }) {
            let cell = cells[motto]
            if let glued = cell.range(of: "CỘNG HÒA XÃ HỘI", options: .caseInsensitive), glued.lowerBound > cell.startIndex {
                heading = TextCleanup.collapseSpaces(cell[..<glued.lowerBound])
            } else if motto > 0 {
                heading = cells[motto - 1]
                if motto > 1, SearchKey.make(cells[motto - 2]).hasSuffix("uy ban nhan dan") {
                    heading = cells[motto - 2] + " " + cells[motto - 1]
                }
            }
        }
        for p in paragraphs.prefix(12) where heading == nil {
            let cell = TextCleanup.collapseSpaces(p.text.split(separator: "|").first ?? "")
            let key = SearchKey.make(cell)
            if documentKinds.contains(where: { key == $0 || key.hasPrefix($0 + " ") }) { break }
            if cell.isEmpty || key.hasPrefix("cong hoa") || key.hasPrefix("doc lap") || key.hasPrefix("so:") { continue }
            heading = cell
            break
        }
        let key = heading.map { SearchKey.make($0) } ?? ""
        if heading == nil || key.hasPrefix("uy ban nhan dan") || key.hasPrefix("ubnd") {
            let city = key.includes(" thanh pho ") || key.hasSuffix(" thanh pho")
            return province.map { "Ủy ban nhân dân \(city ? "thành phố" : "tỉnh") \($0)" } ?? "Ủy ban nhân dân"
        }
        if let heading, let agency = directory?.lookup(heading) { return agency.name }
        if let heading, AgencyPatterns.looksLikeAgency(heading) { return heading }
        return province.map { "Ủy ban nhân dân tỉnh \($0)" } ?? "Ủy ban nhân dân"
    }

    /// How far into a file the heading block may be (a site puts its own boxes before it).
    static let headingReach = 200

    /// The words that name what kind of document follows the heading block.
    static let documentKinds = ["ke hoach", "cong van", "quyet dinh", "chuong trinh", "thong bao", "nghi quyet",
                                "to trinh", "bao cao", "chi thi", "de an", "huong dan"]

    /// "Kon Tum, ngày 22 tháng 10 năm 2024" → ("Kon Tum", 2024-10-22).
    static func placeAndDate(_ paragraphs: [Paragraph]) -> (place: String?, date: CalendarDate?)? {
        for p in paragraphs.prefix(headingReach) {
            for cell in p.text.split(separator: "|") {
                let c = TextCleanup.collapseSpaces(cell)
                guard let range = c.range(of: ", ngày "), c.distance(from: c.startIndex, to: range.lowerBound) <= 40 else {
                    continue
                }
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
        if heading == nil {
            // A công văn says what it is about after "V/v"; other kinds name themselves on a line of their own.
            let top = paragraphs.prefix(headingReach)
            if let about = top.first(where: { $0.key.hasPrefix("v/v ") }) {
                heading = TextCleanup.collapseSpaces(about.text.dropFirst(4))
            } else if let kind = top.indices.first(where: { i in
                documentKinds.contains(paragraphs[i].key) && i + 1 < paragraphs.count && !paragraphs[i + 1].text.hasSuffix(":")
            }) {
                // A title in capitals is cut into lines ("VỀ" / "VIỆC PHÊ DUYỆT …"); its pieces are one title.
                let pieces = paragraphs[(kind + 1)...].prefix(3).prefix { $0.text == $0.text.uppercased() && !$0.text.hasSuffix(":") && !AgencyPatterns.looksLikeAgency($0.text)
                }
                heading = pieces.isEmpty ? paragraphs[kind + 1].text : pieces.map(\.text).joined(separator: " ")
            }
        }
        let tail = paragraphs.suffix(20)
        let metadataTitle = tail.firstIndex { SearchKey.make(LineShape.unbulleted($0.text)).hasPrefix("so hieu:") }
            .flatMap { $0 > tail.startIndex ? paragraphs[$0 - 1].text : nil }
        if let heading, heading != heading.uppercased() { return heading }
        return metadataTitle ?? heading ?? paragraphs.first?.text ?? ""
    }

    /// The name under the signature block ("TM. ỦY BAN NHÂN DÂN … PHÓ CHỦ TỊCH … Lê Quang Tiến").
    static func signatureName(_ paragraphs: [Paragraph]) -> String? {
        guard let block = paragraphs.lastIndex(where: { p in
            p.key.hasSuffix("chu tich") || p.key.hasPrefix("tm.") || p.key.hasPrefix("kt.")
        }) else {
            return nil
        }
        // A block read as one paragraph ends with the name: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Bùi Thanh An".
        let words = paragraphs[block].text.split(separator: " ")
        let name = words.reversed().prefix { $0.first?.isUppercase == true && $0 != $0.uppercased() }.reversed()
        if (2...5).contains(name.count) { return name.joined(separator: " ") }
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
