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
        // A central body signs in the capital: the place on its date line is not a province the plan is for.
        let central = directory?.lookup(issuer).map(isCentral) ?? false
        return PlanIdentity(issuer: issuer, province: central ? nil : province, number: number, date: date, title: title,
                            signer: signer)
    }

    /// The Government, a ministry, the Assembly, the supreme court, a central Party or Front body.
    static func isCentral(_ agency: Agency) -> Bool {
        let kinds: Set<AgencyKind> = [.ministry, .legislature, .judicial, .party, .massOrganisation]
        let key = SearchKey.make(agency.name)
        return kinds.contains(agency.kind) && !key.includes("tinh") && !key.includes("thanh pho")
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
            for cell in p.text.split(separator: "|").flatMap({ $0.components(separatedBy: "<br>") }) {
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
                // A PDF's left column may put the number line ("Số: 1187 /QĐ-BNV") between the body and the motto.
                var before = motto - 1
                while before > 0, SearchKey.make(cells[before]).hasPrefix("so:") { before -= 1 }
                heading = cells[before]
                if before > 0, SearchKey.make(cells[before - 1]).hasSuffix("uy ban nhan dan") {
                    heading = cells[before - 1] + " " + cells[before]
                }
                // "UBND TỈNH X | CỘNG HÒA …" over "SỞ TÀI CHÍNH | Độc lập …": the body under the committee issues.
                if motto + 1 < cells.count, let below = directory?.lookup(cells[motto + 1]),
                   below.kind != .peoplesCommittee, below.kind != .collective {
                    heading = cells[motto + 1]
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
        if let cell = heading, cell.contains("<br>") { heading = bodyInWordHeadingCell(cell) }
        let key = heading.map { SearchKey.make($0) } ?? ""
        if heading == nil || key.hasPrefix("uy ban nhan dan") || key.hasPrefix("ubnd") {
            let city = key.includes(" thanh pho ") || key.hasSuffix(" thanh pho")
            return province.map { "Ủy ban nhân dân \(city ? "thành phố" : "tỉnh") \($0)" } ?? "Ủy ban nhân dân"
        }
        if let heading, let agency = directory?.lookup(heading) { return agency.name }
        if let heading, AgencyPatterns.looksLikeAgency(heading, maximumWords: .max) { return heading }
        return province.map { "Ủy ban nhân dân tỉnh \($0)" } ?? "Ủy ban nhân dân"
    }

    /// A Word heading cell holds its lines as paragraphs: "UBND TỈNH LÀO CAI<br>**SỞ CÔNG THƯƠNG**<br>Số: …".
    /// The issuer is the last body named before the number and subject lines (a department under its
    /// province's committee), its name running over lines until one of those.
    static func bodyInWordHeadingCell(_ cell: String) -> String {
        let lines = cell.components(separatedBy: "<br>").map { TextCleanup.collapseSpaces($0.replacingOccurrences(of: "**", with: "")) }
        // "Số: …" ends the block, but "SỞ CÔNG THƯƠNG" does not: the tone marks tell "số" from "sở".
        let block = lines.prefix { line in
            let key = SearchKey.make(line)
            let lower = line.nfc.lowercased()
            return !key.hasPrefix("so:") && !lower.hasPrefix("số ") && !key.hasPrefix("v/v")
        }.filter { !$0.isEmpty && !$0.allSatisfy { $0 == "-" || $0 == "_" } }
        guard let parent = block.first else { return lines.first ?? cell }
        var body = [String]()
        for line in block.dropFirst() {
            if body.isEmpty && !AgencyPatterns.looksLikeAgency(line, maximumWords: .max) { break }
            body.append(line)
        }
        return body.isEmpty ? parent : body.joined(separator: " ")
    }

    /// How far into a file the heading block may be (a site puts its own boxes before it).
    static let headingReach = 200

    /// The words that name what kind of document follows the heading block.
    static let documentKinds = ["ke hoach", "cong van", "quyet dinh", "chuong trinh", "thong bao", "nghi quyet",
                                "to trinh", "bao cao", "chi thi", "de an", "huong dan"]

    /// "Kon Tum, ngày 22 tháng 10 năm 2024" → ("Kon Tum", 2024-10-22).
    static func placeAndDate(_ paragraphs: [Paragraph]) -> (place: String?, date: CalendarDate?)? {
        for p in paragraphs.prefix(headingReach) {
            // A Word heading cell's paragraphs are its lines ("…Hạnh phúc<br>Lâm Đồng, ngày …").
            for cell in p.text.split(separator: "|").flatMap({ $0.components(separatedBy: "<br>") }) {
                let c = TextCleanup.collapseSpaces(cell.replacingOccurrences(of: "**", with: ""))
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
            } else if let about = aboutInHeadingTable(top) {
                heading = about
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
        // Never a heading table's row glued together: the first paragraph that is not a table.
        let firstText = paragraphs.first { !LineShape.isTableRow($0.text) }?.text
        return metadataTitle ?? heading ?? firstText ?? ""
    }

    /// A Word heading block is a table: "V/v …" is one paragraph of a cell ("Số: /BCĐ<br>V/v triển khai …<br>
    /// … 02 cấp"), the subject running on over the cell's next paragraphs.
    static func aboutInHeadingTable(_ paragraphs: ArraySlice<Paragraph>) -> String? {
        for p in paragraphs where LineShape.isTableRow(p.text) {
            for row in p.text.split(separator: "\n") {
                for cell in row.split(separator: "|") {
                    let pieces = cell.components(separatedBy: "<br>").map {
                        TextCleanup.collapseSpaces($0.replacingOccurrences(of: "**", with: ""))
                    }
                    guard let start = pieces.firstIndex(where: { SearchKey.make($0).hasPrefix("v/v ") }) else { continue }
                    let subject = ([String(pieces[start].dropFirst(4))] + pieces[(start + 1)...]).filter { !$0.isEmpty }
                    return TextCleanup.collapseSpaces(subject.joined(separator: " "))
                }
            }
        }
        return nil
    }

    /// The name under the signature block ("TM. ỦY BAN NHÂN DÂN … PHÓ CHỦ TỊCH … Lê Quang Tiến").
    static func signatureName(_ paragraphs: [Paragraph]) -> String? {
        // From the end: a document may close with appendices or blank forms that carry a title and no name.
        // At most the last 5,000 paragraphs and 40 blocks are looked at: a signature ends the body, and a
        // plan of 100,000 tasks is not read twice to find it.
        var candidates = 0
        for index in paragraphs.indices.reversed().prefix(5_000) where mayOpenSignature(paragraphs[index].text) {
            let lines = paragraphs[index...].prefix(10).flatMap { signatureLines($0.text) }
            if let title = lines.firstIndex(where: isSigningTitle) {
                // A block read as one line ends with the name: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Bùi Thanh An".
                let words = lines[title].split(separator: " ")
                let tail = words.reversed().prefix { isNameWord($0) }.reversed()
                if (2...5).contains(tail.count) { return tail.joined(separator: " ") }
                if let name = lines[(title + 1)...].prefix(30).first(where: isPersonName) { return name }
            }
            candidates += 1
            if candidates == 40 { break }
        }
        return nil
    }

    /// Titles a document is signed under, in the capitals signature blocks print them in.
    private static let signingTitles = [
        "CHỦ TỊCH", "GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "TRƯỞNG BAN", "THỦ TƯỚNG", "CHÁNH VĂN PHÒNG", "BÍ THƯ",
        "VIỆN TRƯỞNG", "CỤC TRƯỞNG", "HIỆU TRƯỞNG", "CHÁNH ÁN", "TRƯỞNG PHÒNG", "CHỦ NHIỆM", "TỔNG GIÁM ĐỐC",
    ]

    /// A cheap first look before a paragraph is split into lines: "KT.", "TM.", "TL." or a title in capitals.
    private static func mayOpenSignature(_ text: String) -> Bool {
        guard text.utf8.count < 4_000 else { return false }
        // Byte searches: Foundation's `contains` costs a bridged search each, and this runs over every paragraph.
        return text.includes("KT.") || text.includes("TM.") || text.includes("TL.") || signingTitles.contains { text.includes($0) }
    }

    /// A paragraph's lines as a signature block prints them: a Word table's cells and their line breaks
    /// (`| **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br>Nguyễn Văn A |`) each a line, bold marks dropped.
    static func signatureLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "**", with: "")
            .replacingOccurrences(of: "<br>", with: "|")
            .split(separator: "|")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.allSatisfy { $0 == "-" || $0 == ":" } }
    }

    /// "KT. CHỦ TỊCH", "TM. BAN CHỈ ĐẠO", "PHÓ CHỦ TỊCH UBND TỈNH", "BỘ TRƯỞNG": not "- Bộ trưởng;" of the
    /// recipients' list, which is not in capitals.
    private static func isSigningTitle(_ line: String) -> Bool {
        let key = SearchKey.make(line)
        if key.hasPrefix("tm. ") || key.hasPrefix("kt. ") || key.hasPrefix("tl. ") { return true }
        return line == line.uppercased() && signingTitles.contains { line.includes($0) }
    }

    /// A person's name on a line of its own: two to five words, each a capital and small letters.
    private static func isPersonName(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (2...5).contains(words.count) && words.allSatisfy(isNameWord)
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.allSatisfy(\.isLetter) else { return false }
        return word.dropFirst().allSatisfy(\.isLowercase)
    }
}
