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
            if let report = reportingDuty(in: item, reporters: current?.agencies ?? [], line: p.line) {
                reporting.append(report)
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
        // A heading that is a sentence ("Căn cứ kế hoạch này, Giám đốc các Sở … xây dựng kế hoạch") names
        // its agencies in the sentence, not in all its words.
        let prose = ProseAssignment(agencies: agencies)
        let named = prose.headingAgencies(who) ?? prose.read(heading)?.lead ?? prose.leadingNames(who)
        return AgencyDuty(agencies: named, heading: heading, remark: remark, items: [], sourceLine: line)
    }

    /// "… báo cáo Bộ Kế hoạch và Đầu tư trước ngày 15 tháng 11 hằng năm", or "Định kỳ hàng năm (trước ngày
    /// 10 tháng 12) … báo cáo … về UBND tỉnh (qua Sở Thông tin và Truyền thông)".
    func reportingDuty(in text: String, reporters: [AgencyRef], line: Int) -> ReportingDuty? {
        let key = SearchKey.make(text)
        guard key.includes("bao cao"), key.includes("hang nam") || key.includes("moi nam"),
              let due = dueDayMonth(key) else { return nil }
        var through: AgencyRef?
        var recipientText: Substring?
        if let qua = text.range(of: "(qua ", options: .caseInsensitive),
           let close = text[qua.upperBound...].firstIndex(of: ")") {
            through = agencies.parse(String(text[qua.upperBound..<close])).first
            if let ve = text[..<qua.lowerBound].range(of: " về ", options: [.caseInsensitive, .backwards]) {
                recipientText = text[ve.upperBound..<qua.lowerBound]
            }
        }
        if recipientText == nil, let report = text.range(of: "báo cáo ", options: [.caseInsensitive, .backwards]) {
            let rest = text[report.upperBound...]
            let end = rest.range(of: " trước", options: .caseInsensitive)?.lowerBound ?? rest.endIndex
            recipientText = rest[..<end]
        }
        let recipient = recipientText.flatMap { agencies.parse(String($0)).first { $0.isResolved } }
        return ReportingDuty(reporters: reporters, recipient: recipient, through: through,
                             dueMonth: due.month, dueDay: due.day, text: text, sourceLine: line)
    }

    /// "truoc ngay 15 thang 11" or "truoc ngay 15/11".
    private func dueDayMonth(_ key: String) -> (day: Int, month: Int)? {
        guard let range = key.range(of: "truoc ngay ") else { return nil }
        let numbers = NumberRun.find(in: String(key[range.upperBound...].prefix(20)))
        guard numbers.count >= 2, (1...31).contains(numbers[0].value), (1...12).contains(numbers[1].value) else { return nil }
        return (numbers[0].value, numbers[1].value)
    }
}
