/// `pdftotext -layout` output turned into the text kehoach's readers take: one paragraph a line, a
/// blank line between paragraphs. The page furniture goes (see `PDFPages`); the heading block's and
/// the signature block's two columns are separated, the left column first; the signer's block keeps
/// its lines; wrapped lines elsewhere are joined into their paragraphs (see `PDFParagraphs`).
public enum PDFLayout {
    public static func text(fromLayout raw: String) -> String {
        let pages = PDFPages(layoutText: cleanCharacters(raw)).pages
        var lines: [String?] = []
        var pageOf: [Int] = []
        for (index, page) in pages.enumerated() {
            // A page break is not a blank line: a paragraph may run on to the next page.
            var top = true
            for line in page {
                // Blank lines at a page's top (where its header or number was) do not end a paragraph.
                if line.isEmpty && (top || lines.last == .some(nil) || lines.isEmpty) { continue }
                top = false
                lines.append(line.isEmpty ? nil : line)
                pageOf.append(index)
            }
            if index + 1 < pages.count {
                while lines.last == .some(nil) { lines.removeLast(); pageOf.removeLast() }
            }
        }

        var paragraphs: [String] = []
        var start = 0
        if let heading = headingBlock(lines) {
            paragraphs += twoColumns(Array(lines[heading.range]), at: heading.column, keepLines: false)
            start = heading.range.upperBound
        }
        func prose(_ range: Range<Int>) -> [String] {
            PDFParagraphs(range.map { PDFParagraphs.Line(piece: lines[$0].map(piece), page: pageOf[$0]) }).paragraphs()
        }
        // Tables laid out in columns become pipe tables; the prose around them is joined as usual.
        func body(_ range: Range<Int>) -> [String] {
            var out: [String] = []
            var next = range.lowerBound
            for table in PDFTables.find(Array(lines[range]), pages: Array(pageOf[range])) {
                let tableRange = (table.range.lowerBound + range.lowerBound)..<(table.range.upperBound + range.lowerBound)
                out += prose(next..<tableRange.lowerBound)
                out.append(table.lines.joined(separator: "\n"))
                next = tableRange.upperBound
            }
            return out + prose(next..<range.upperBound)
        }
        if let signature = signatureBlock(lines, from: start) {
            paragraphs += body(start..<signature.range.lowerBound)
            paragraphs += twoColumns(Array(lines[signature.range]), at: signature.column, keepLines: true)
            paragraphs += body(signature.range.upperBound..<lines.count)
        } else {
            paragraphs += body(start..<lines.count)
        }
        return paragraphs.joined(separator: "\n\n").nfc + "\n"
    }

    /// "Ð" (the Icelandic eth) stands for "Đ" in many Vietnamese PDFs; ligatures are spelt out; odd
    /// spaces are spaces and control characters (but line ends and form feeds) are dropped to spaces.
    static func cleanCharacters(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xD0: out.unicodeScalars.append("Đ")
            case 0xF0: out.unicodeScalars.append("đ")
            case 0xA0, 0x2007, 0x202F, 0x09: out.unicodeScalars.append(" ")
            case 0x0A, 0x0C: out.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F: out.unicodeScalars.append(" ")  // no other control character is text
            case 0xFB00: out += "ff"
            case 0xFB01: out += "fi"
            case 0xFB02: out += "fl"
            case 0xAD: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func piece(_ line: String) -> PDFColumns.Piece {
        let indent = line.prefix { $0 == " " }.count
        return PDFColumns.Piece(indent: indent, text: String(line.dropFirst(indent)))
    }

    /// The opening block with "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on the right: from the top to the
    /// place and date ("Lào Cai, ngày 21 tháng 7 năm 2026") and the left column's lines after it.
    static func headingBlock(_ lines: [String?]) -> (range: Range<Int>, column: Int)? {
        let top = lines.prefix(20)
        guard let republic = top.firstIndex(where: { $0.map { SearchKey.make($0).includes("cong hoa xa hoi chu nghia") } ?? false }),
              let line = lines[republic], let column = PDFColumns.column(of: line, startingWith: "cong hoa"), column >= 12
        else { return nil }
        var last = republic + 1
        for i in republic..<min(lines.count, republic + 10) {
            guard let line = lines[i] else { continue }
            let right = PDFColumns.split(line, at: column).right.map { SearchKey.make($0.text) } ?? ""
            if right.includes("ngay ") && right.includes("thang ") && right.includes("nam ") { last = i; break }
        }
        // After the date only a letter's subject ("V/v …", under the number in the left column) belongs
        // to the block: its lines stop before the right column. A blank line or a full line is the body.
        var end = last + 1
        let subject = end < lines.count && lines[end].map { SearchKey.make($0.drop { $0 == " " }).hasPrefix("v/v") } == true
        while subject, end < lines.count, end - last <= 10, let line = lines[end], line.count < column - 2 { end += 1 }
        return (0..<min(end, lines.count), column)
    }

    /// The closing block from "Nơi nhận:": recipients ("- …") on the left, the signer's title and name
    /// on the right. It ends at the first line that is neither (an appendix after the signature).
    static func signatureBlock(_ lines: [String?], from start: Int) -> (range: Range<Int>, column: Int)? {
        guard start < lines.count,
              let first = lines[start...].lastIndex(where: { $0.map { SearchKey.make($0).hasPrefix("noi nhan") } ?? false })
        else { return nil }
        var column: Int?
        for line in lines[first...].prefix(12) {
            guard let line, let right = PDFColumns.rightStart(of: line), right >= 30 else { continue }
            column = right
            break
        }
        guard let column else { return nil }
        var end = first + 1
        while end < lines.count, end - first < 40 {
            guard let line = lines[end] else { end += 1; continue }
            let (left, right) = PDFColumns.split(line, at: column)
            if let left, right == nil, !LineShape.isBullet(left.text) { break }
            end += 1
        }
        while end > first + 1, lines[end - 1] == nil { end -= 1 }
        return (first..<end, column)
    }

    /// The left column's paragraphs, then the right column's; `keepLines` keeps each line on its own.
    private static func twoColumns(_ lines: [String?], at column: Int, keepLines: Bool) -> [String] {
        var left: [PDFColumns.Piece?] = []
        var right: [PDFColumns.Piece?] = []
        for line in lines {
            guard let line else { left.append(nil); right.append(nil); continue }
            let (l, r) = PDFColumns.split(line, at: column)
            left.append(l)
            right.append(r)
            // A side without text on this line is a break in that column's paragraph only when the
            // whole line is blank; a column's lines simply continue past the other's.
            if l == nil && !keepLines { left.removeLast() }
            if r == nil && !keepLines { right.removeLast() }
        }
        if keepLines {
            return (left + right).compactMap { $0.map { TextCleanup.collapseSpaces($0.text) } }
        }
        var leftColumn = PDFParagraphs(left)
        var rightColumn = PDFParagraphs(right)
        leftColumn.capitalsStandAlone = true
        rightColumn.capitalsStandAlone = true
        return leftColumn.paragraphs() + rightColumn.paragraphs()
    }
}
