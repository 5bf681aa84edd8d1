import Foundation

/// Reads the *Tổ chức thực hiện* section: each numbered heading names one or more agencies, and the
/// paragraphs under it are their duties. Also finds the yearly reporting duty in those paragraphs.
struct DutiesReader {
    let agencies: AgencyListParser
    var duties: [AgencyDuty] = []
    var reporting: [ReportingDuty] = []
    /// What each paragraph it read became.
    var roles: [Int: LineRole] = [:]

    init(agencies: AgencyListParser) {
        self.agencies = agencies
    }

    mutating func read(_ section: ArraySlice<Paragraph>) {
        var current: AgencyDuty?
        var sawBullet = false
        for p in section {
            if let numbered = LineShape.numbered(p.text), numbered.path.count == 1 {
                if let done = current { duties.append(done) }
                // "2. Kinh phí thực hiện": where the money comes from, no body's duty; the list ends.
                if SearchKey.make(numbered.title).hasPrefix("kinh phi") { current = nil; break }
                current = duty(heading: numbered.title, line: p.line)
                roles[p.line] = .duty
                sawBullet = false
                // "5. Các bộ, ngành, địa phương định kỳ hằng năm gửi báo cáo … trước ngày 15 tháng 12 …": a
                // heading that is itself the reporting duty.
                let reports = reportingDuties(in: numbered.title, reporters: current?.agencies ?? [], line: p.line)
                if !reports.isEmpty {
                    reporting += reports
                    roles[p.line] = .reporting
                }
                continue
            }
            guard current != nil else { continue }
            let key = p.key
            // The closing paragraph of the plan, or a plain paragraph after a duty's bullets, ends the list.
            if key.hasPrefix("tren day la") || key.hasPrefix("noi nhan") || key.hasPrefix("phu luc")
                || LineShape.isTableRow(p.text) || SectionRoles.isClosing(p) || SectionRoles.isArticle(p) {
                break
            }
            if sawBullet && !LineShape.isBullet(p.text) {
                // A line of the bullet above that the converter broke off ("… Kế hoạch hành động phát triển" /
                // "Chính phủ số, Chính quyền số …") goes on with it; any other plain paragraph ends the list.
                guard !LineShape.isStructural(p.text), var open = current, let last = open.items.popLast(),
                      ParagraphAssembler.endsMidSentence(last) || p.text.first?.isLowercase == true
                else { break }
                open.items.append(last + " " + p.text)
                current = open
                roles[p.line] = .duty
                continue
            }
            if LineShape.isBullet(p.text) { sawBullet = true }
            let item = LineShape.unbulleted(p.text)
            current?.items.append(item)
            roles[p.line] = .duty
            let reports = reportingDuties(in: item, reporters: current?.agencies ?? [], line: p.line)
            if !reports.isEmpty {
                reporting += reports
                roles[p.line] = .reporting
            }
        }
        if let done = current { duties.append(done) }
    }

    /// "Sở Thông tin và Truyền thông (Cơ quan chuyên môn …)" → the agency, and the remark apart.
    private func duty(heading: String, line: Int) -> AgencyDuty {
        var name = heading.trimmingSuffix { $0 == ":" || $0 == "." || $0 == " " }
        var remark: String?
        if name.hasSuffix(")"), let open = name.firstIndex(of: "(") {
            remark = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            name = name[..<open].trimmingSuffix { $0 == " " }
        }
        var who = String(name)
        // "Đề nghị Đại học Thái Nguyên": a request to a body the province does not direct.
        if SearchKey.make(who).hasPrefix("de nghi ") { who = String(who.dropFirst("Đề nghị ".count)) }
        // "Văn phòng Sở: Thực hiện công tác …": the names end at the colon, the duty follows it.
        if let colon = who.firstIndex(of: ":"), who[who.index(after: colon)...].contains(where: \.isLetter) {
            who = String(who[..<colon])
        }
        who = Self.bodiesForHeads(who)
        // A heading that is a sentence ("Căn cứ kế hoạch này, Giám đốc các Sở … xây dựng kế hoạch") names
        // its agencies in the sentence, not in all its words.
        let prose = ProseAssignment(agencies: agencies)
        var named = prose.headingAgencies(who) ?? prose.read(Self.bodiesForHeads(heading))?.lead ?? prose.leadingNames(who)
        if named.isEmpty { named = Self.namesAfterOpeningClause(who, prose) }
        return AgencyDuty(agencies: named, heading: heading, remark: remark, items: [], sourceLine: line)
    }

    /// "Căn cứ kế hoạch này, các Sở, ngành …", "Trên cơ sở nội dung Nghị quyết …, các bộ, cơ quan ngang bộ …":
    /// the bodies after the clause that says on what grounds (itself holding commas), known names only.
    static func namesAfterOpeningClause(_ text: String, _ prose: ProseAssignment) -> [AgencyRef] {
        let key = SearchKey.make(text)
        guard ["can cu ", "tren co so ", "de ", "nham "].contains(where: { key.hasPrefix($0) }) else { return [] }
        var from = text.startIndex
        while let comma = text.range(of: ", ", range: from..<text.endIndex) {
            let names = prose.subject(String(text[comma.upperBound...]))
            if !names.isEmpty { return names }
            from = comma.upperBound
        }
        return []
    }

    /// A duty addressed to the heads of bodies is the bodies': "Giám đốc các Sở, Thủ trưởng các ngành, Chủ
    /// tịch UBND các xã" → "các Sở, các ngành, UBND các xã"; "Bộ trưởng, Thủ trưởng cơ quan ngang bộ" →
    /// "Các bộ, cơ quan ngang bộ"; "Bộ trưởng Bộ Y tế" → "Bộ Y tế".
    static func bodiesForHeads(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i + 1 < words.count {
            let opensItem = i == 0 || words[i - 1].hasSuffix(",") || words[i - 1].hasSuffix(";")
                || SearchKey.make(words[i - 1]) == "va"
            let pair = SearchKey.make(words[i] + " " + words[i + 1])
            let next = i + 2 < words.count ? SearchKey.make(words[i + 2]) : ""
            guard opensItem else { i += 1; continue }
            if pair == "giam doc" || pair == "thu truong" || (pair == "chu tich" && ["uy", "ubnd", "hoi"].contains(next)) {
                words.removeSubrange(i...(i + 1))
                continue
            }
            if pair == "bo truong," || (pair == "bo truong" && ["cac", "bo"].contains(next)) {
                if next == "bo" || next == "cac" {
                    words.removeSubrange(i...(i + 1))
                } else {
                    words.replaceSubrange(i...(i + 1), with: [i == 0 ? "Các" : "các", "bộ,"])
                }
                continue
            }
            i += 1
        }
        guard words.count > 0 else { return text }
        var result = words.joined(separator: " ")
        if let first = result.first, first.isLowercase, text.first?.isUppercase == true {
            result = first.uppercased() + result.dropFirst()
        }
        return result
    }

    /// The yearly reports a paragraph asks for, a sentence at a time: "… báo cáo Bộ Kế hoạch và Đầu tư trước
    /// ngày 15 tháng 11 hằng năm"; "Định kỳ hàng năm (trước ngày 10 tháng 12) … báo cáo … về UBND tỉnh (qua Sở
    /// X)"; "định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6 và trước ngày 01 tháng 12" (one report per date);
    /// "Bộ X tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo". A sentence that
    /// names its own reporters ("Bộ X tổng hợp …") is theirs; any other is `reporters`'.
    func reportingDuties(in text: String, reporters: [AgencyRef], line: Int) -> [ReportingDuty] {
        let paragraphKey = SearchKey.make(text)
        guard paragraphKey.includes("bao cao"), paragraphKey.includes("truoc ngay") else { return [] }
        let yearlyParagraph = Self.isYearly(paragraphKey)
        let prose = ProseAssignment(agencies: agencies)
        var found: [ReportingDuty] = []
        for sentence in Self.sentences(text) {
            let key = SearchKey.make(sentence)
            guard key.includes("bao cao"), yearlyParagraph || Self.isYearly(key) || Self.isMonthly(key) else { continue }
            var dates = dueDaysAndMonths(key)
            if dates.isEmpty, let day = monthlyDueDay(key) { dates = [(day, ReportingDuty.everyMonth)] }
            guard !dates.isEmpty else { continue }
            let own = prose.leadingNames(sentence).filter(\.isResolved)
            let (recipient, through) = recipientAndIntermediary(sentence)
            for due in dates {
                found.append(ReportingDuty(reporters: own.isEmpty ? reporters : own, recipient: recipient, through: through,
                                           dueMonth: due.month, dueDay: due.day, text: text, sourceLine: line))
            }
        }
        // "Báo cáo kết quả về Sở X. Thời hạn: trước ngày 15/11 hằng năm": the date in a sentence of its own.
        if found.isEmpty, yearlyParagraph, let due = dueDaysAndMonths(paragraphKey).first {
            let (recipient, through) = recipientAndIntermediary(text)
            found.append(ReportingDuty(reporters: reporters, recipient: recipient, through: through,
                                       dueMonth: due.month, dueDay: due.day, text: text, sourceLine: line))
        }
        return found
    }

    /// "hằng tháng", "định kỳ hằng tháng", "mỗi tháng".
    private static func isMonthly(_ key: String) -> Bool {
        key.includes("hang thang") || key.includes("moi thang")
    }

    /// "trước ngày 20 hằng tháng", "trước ngày 20 của tháng", "trước ngày 15 hàng tháng": a day of every month.
    private func monthlyDueDay(_ key: String) -> Int? {
        guard Self.isMonthly(key), let range = key.range(of: "truoc ngay ") else { return nil }
        let after = key[range.upperBound...].split(separator: " ")
        guard let first = after.first, let day = Int(first), (1...31).contains(day), after.count >= 2 else { return nil }
        let next = after.dropFirst().prefix(2).joined(separator: " ")
        return next.hasPrefix("hang thang") || next.hasPrefix("moi thang") || next.hasPrefix("cua thang") ? day : nil
    }

    /// Once a year, or twice ("định kỳ 6 tháng"), each on a day and month of the year.
    private static func isYearly(_ key: String) -> Bool {
        ["hang nam", "moi nam", "nam tiep theo", "dinh ky 6 thang", "dinh ky 06 thang", "6 thang mot lan"]
            .contains { key.includes($0) }
    }

    /// The sentences of a paragraph: ". " or "; " before a capital ends one, unless the word before the stop
    /// is a number or an abbreviation ("1.000.", "TP. Hồ Chí Minh").
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i] == "." || text[i] == ";", next < text.endIndex, text[next] == " " {
                let after = text.index(after: next)
                let word = text[start..<i].split(separator: " ").last ?? ""
                let abbreviation = word.allSatisfy { $0.isNumber || $0 == "." || ($0.isLetter && $0.isUppercase) }
                if after < text.endIndex, text[after].isUppercase, !abbreviation {
                    result.append(String(text[start...i]))
                    start = after
                }
            }
            i = next
        }
        if start < text.endIndex { result.append(String(text[start...])) }
        return result
    }

    /// Whom the sentence reports to, and through whom: "… về UBND tỉnh (qua Sở X)", "… báo cáo Bộ X tình hình
    /// … trước ngày …", "… trước ngày 20/11 về Sở X".
    private func recipientAndIntermediary(_ text: String) -> (AgencyRef?, AgencyRef?) {
        var through: AgencyRef?
        var candidates: [Substring] = []
        if let qua = text.range(of: "(qua ", options: .caseInsensitive),
           let close = text[qua.upperBound...].firstIndex(of: ")") {
            through = agencies.parse(String(text[qua.upperBound..<close])).first
            if let ve = text[..<qua.lowerBound].range(of: " về ", options: [.caseInsensitive, .backwards]) {
                candidates.append(text[ve.upperBound..<qua.lowerBound])
            }
        }
        let date = text.range(of: "trước ngày", options: .caseInsensitive)
        let beforeDate = text[..<(date?.lowerBound ?? text.endIndex)]
        if let ve = beforeDate.range(of: " về ", options: [.caseInsensitive, .backwards]) {
            candidates.append(beforeDate[ve.upperBound...])
        }
        if let report = beforeDate.range(of: "báo cáo ", options: [.caseInsensitive, .backwards]) {
            candidates.append(beforeDate[report.upperBound...])
        }
        if let date, let ve = text[date.upperBound...].range(of: " về ", options: .caseInsensitive) {
            candidates.append(text[ve.upperBound...])
        }
        // A body the directory knows, or a unit of one ("Phòng Kế hoạch - Tổng hợp" of the issuing Sở).
        let recipient = candidates.lazy.compactMap {
            self.agencies.parse(String($0)).first { $0.isResolved || $0.parentID != nil }
        }.first
        return (recipient, through)
    }

    /// Every "truoc ngay 15 thang 11" or "truoc ngay 15/11" of a sentence.
    private func dueDaysAndMonths(_ key: String) -> [(day: Int, month: Int)] {
        var found: [(day: Int, month: Int)] = []
        var from = key.startIndex
        while let range = key.range(of: "truoc ngay ", range: from..<key.endIndex) {
            from = range.upperBound
            let numbers = NumberRun.find(in: String(key[range.upperBound...].prefix(20)))
            guard numbers.count >= 2, (1...31).contains(numbers[0].value), (1...12).contains(numbers[1].value) else { continue }
            found.append((numbers[0].value, numbers[1].value))
        }
        return found
    }
}
