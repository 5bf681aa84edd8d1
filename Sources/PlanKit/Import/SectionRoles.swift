/// What the paragraphs no task, objective or duty reader claims are, section by section: the section
/// headings, the funding section, the measures and phases of a *Giải pháp* or *Lộ trình* section, the prose that only lists what the appendix table gives in full, and the
/// closing sentences every plan ends with ("Trên đây là Kế hoạch …", "… yêu cầu … nghiêm túc thực hiện",
/// "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …").
enum SectionRoles {
    static func read(_ paragraphs: [Paragraph], sections: SectionIndex, agencies: AgencyListParser,
                     tableHasTasks: Bool) -> [Int: LineRole] {
        var roles: [Int: LineRole] = [:]
        for line in sections.headingLines { roles[line] = .heading }
        headingBlock(paragraphs, into: &roles)
        if let range = sections.funding {
            for p in paragraphs[range] { roles[p.line] = .funding }
        }
        numberedFunding(paragraphs, sections: sections, into: &roles)
        // A bullet that gives the measure to a body is read as a task first: roles only fill what is left.
        for range in sections.measures {
            for p in paragraphs[range] { roles[p.line] = .measure }
        }
        for range in sections.contents {
            for p in paragraphs[range] { roles[p.line] = .content }
        }
        if tableHasTasks, let range = sections.tasks {
            let prose = ProseAssignment(agencies: agencies)
            // "(Chi tiết tại Phụ lục kèm theo)": the whole section is a summary of the appendix's table.
            let pointsToAppendix = paragraphs[range].contains { $0.key.includes("phu luc") }
            for p in paragraphs[range] where !LineShape.isTableRow(p.text) {
                if let role = summaryRole(p, prose: prose) ?? (pointsToAppendix ? .summary : nil) { roles[p.line] = role }
            }
        }
        for p in paragraphs {
            if isClosing(p) || isNumberedClosing(p) || isArticle(p) || isSiteRecord(p) || endsTheDocument(p) {
                roles[p.line] = .boilerplate
            }
            if isCodeOnly(p.text) || isNumberedTitle(p.text) { roles[p.line] = .heading }
        }
        return roles
    }

    /// "2. Kinh phí thực hiện" numbered inside another section (often *Tổ chức thực hiện*): its paragraphs, up
    /// to the next item of its depth, a section heading, a table or the signature, say where the money comes from.
    private static func numberedFunding(_ paragraphs: [Paragraph], sections: SectionIndex, into roles: inout [Int: LineRole]) {
        let headings = Set(sections.headingLines)
        var depth: Int?
        for p in paragraphs {
            let numbered = LineShape.numbered(p.text)
            if headings.contains(p.line) || LineShape.isTableRow(p.text) || p.key.hasPrefix("noi nhan") { depth = nil; continue }
            if let numbered {
                let key = SearchKey.make(numbered.title)
                if ["kinh phi", "nguon kinh phi"].contains(where: { key.hasPrefix($0) }), isNumberedTitle(p.text) {
                    depth = numbered.path.count
                    continue
                }
                if let open = depth, numbered.path.count <= open { depth = nil }
            }
            if depth != nil { roles[p.line] = .funding }
        }
    }

    /// The heading block: the kind of document and the title under it, the number, "V/v …", place and date.
    private static func headingBlock(_ paragraphs: [Paragraph], into roles: inout [Int: LineRole]) {
        // The block is the top of the first page, before any section starts.
        let top = paragraphs.prefix(15)
        for (i, p) in zip(top.indices, top) {
            let key = p.key
            if HeaderReader.documentKinds.contains(key) || key == "ke hoach" {
                roles[p.line] = .heading
                if i + 1 < paragraphs.count, roles[paragraphs[i + 1].line] == nil { roles[paragraphs[i + 1].line] = .heading }
            } else if key.hasPrefix("so:") || key.hasPrefix("v/v ") || LineShape.isTableRow(p.text) {
                roles[p.line] = .boilerplate
            }
        }
    }

    /// In a tasks section whose table holds the tasks: its numbered themes are headings, and a sentence that
    /// names its doer restates a row of the table.
    private static func summaryRole(_ p: Paragraph, prose: ProseAssignment) -> LineRole? {
        if p.key.hasPrefix("(chi tiet") || p.key.hasPrefix("chi tiet tai phu luc") { return .boilerplate }
        if LineShape.numbered(p.text) != nil || LineShape.romanHeading(p.text) != nil { return .heading }
        let body = VietnameseLetters.item(LineShape.unbulleted(p.text))?.title ?? LineShape.unbulleted(p.text)
        if prose.read(body) != nil { return .summary }
        // "- Các sở, ban ngành, UBND các huyện: …": the doers before a colon.
        if let colon = body.firstIndex(of: ":"), !prose.leadingNames(String(body[..<colon])).isEmpty { return .summary }
        if !prose.leadingNames(body).filter(\.isResolved).isEmpty { return .summary }
        return nil
    }

    /// The plan's closing sentences: they say the plan is done and ask that it be carried out.
    static func isClosing(_ p: Paragraph) -> Bool {
        !LineShape.isStructural(p.text) && closes(p.key)
    }

    /// "… triển khai thực hiện./.": the mark a document's last paragraph ends with. Only for what no reader
    /// claimed (a task may end the document too).
    static func endsTheDocument(_ p: Paragraph) -> Bool {
        !LineShape.isStructural(p.text) && p.text.trimmingSuffix(while: { $0 == " " || $0 == "*" }).hasSuffix("./.")
    }

    /// "11. Chủ tịch UBND tỉnh yêu cầu … nghiêm túc thực hiện": the closing sentence numbered as the last item
    /// of a list. Only for what no reader claimed: a duties list still runs to its end.
    static func isNumberedClosing(_ p: Paragraph) -> Bool {
        guard let item = LineShape.numbered(p.text) else { return false }
        return closes(SearchKey.make(item.title))
    }

    private static func closes(_ key: String) -> Bool {
        if key.hasPrefix("tren day la ") { return true }
        if key.includes("trong qua trinh") && key.includes("vuong mac") { return true }
        if (key.includes(" yeu cau ") || key.includes(" de nghi ")) && key.includes("nghiem tuc") { return true }
        // "Yêu cầu các sở, ban, ngành … thực hiện nghiêm túc các nhiệm vụ được giao …": the closing asks for the
        // document as a whole; "Đề nghị Công an tỉnh thực hiện nghiêm túc quy định …" is still a task.
        let asksForTheWhole = ["nhiem vu duoc giao", "ke hoach nay", "van ban nay", "cong van nay", "noi dung tren"]
            .contains { key.includes($0) }
        return (key.hasPrefix("yeu cau ") || key.hasPrefix("de nghi ")) && key.includes("nghiem tuc") && asksForTheWhole
    }

    /// The record a legal-document site prints under a document ("- Số hiệu: …", "- Người ký: …").
    static func isSiteRecord(_ p: Paragraph) -> Bool {
        guard LineShape.isBullet(p.text), let colon = p.text.firstIndex(of: ":") else { return false }
        return siteFields.contains(SearchKey.make(LineShape.unbulleted(String(p.text[..<colon]))))
    }

    private static let siteFields: Set<String> = [
        "so hieu", "loai van ban", "ngay ban hanh", "noi ban hanh", "co quan ban hanh", "nguoi ky", "ngay cong bao",
        "so cong bao", "ngay hieu luc", "tinh trang hieu luc", "tinh trang", "linh vuc", "ngay het hieu luc",
    ]

    /// "Điều 2. Quyết định này có hiệu lực …": a decision's own article, never a task.
    static func isArticle(_ p: Paragraph) -> Bool {
        // A key's first byte is the text's first ASCII byte lower-cased (leading spaces dropped): a table row
        // ("|") or most sentences are turned away before their whole key is made (2 % of a 100,000-row import).
        if let first = p.text.utf8.first, first < 0x80, first != 0x20, first != 0x09, first != 0x0A,
           first | 0x20 != UInt8(ascii: "d") { return false }
        let key = p.key
        guard key.hasPrefix("dieu "), let first = key.dropFirst(5).first else { return false }
        return first.isNumber
    }

    /// "1. Giai đoạn 2025 - 2030", "2. Chế độ báo cáo": a numbered title, short and ending no sentence.
    static func isNumberedTitle(_ text: String) -> Bool {
        guard let title = LineShape.numbered(text)?.title ?? LineShape.romanHeading(text)?.title
                ?? VietnameseLetters.item(text)?.title else { return false }
        return title.split(separator: " ").count <= 16 && AgencyHeadingReader.isTitle(title)
    }

    /// "III.1", "I.2.3": the code of an appendix's part, standing alone above its table.
    static func isCodeOnly(_ text: String) -> Bool {
        // A code has no spaces (digits and numerals only): a sentence or a table row is turned away before
        // its characters are walked, which at 100,000 table rows was 8 % of an import.
        if text.utf8.contains(UInt8(ascii: " ")) { return false }
        let parts = text.trimmingSuffix { $0 == "." }.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 4, !text.isEmpty else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 5 && (part.allSatisfy(\.isNumber) || RomanNumeral.value(of: part) != nil)
        }
    }
}
