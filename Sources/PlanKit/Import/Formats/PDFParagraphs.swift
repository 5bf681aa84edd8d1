/// Joins the lines a PDF page wrapped back into paragraphs: a line continues the one before when that
/// one does not end a sentence and this one does not open a new item; a capitalised line continues
/// only a full line (reaching the right edge) and only when it is not indented like a paragraph's
/// first line. A word broken with a hyphen at a line's end is mended.
struct PDFParagraphs {
    /// A line of a block with the page it is on; `piece` nil for a blank line (always a paragraph's end).
    struct Line {
        var piece: PDFColumns.Piece?
        var page: Int
    }

    var lines: [Line]
    /// In a heading block, a line in capitals is a name of its own ("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"):
    /// it is neither joined to the line before nor the line after.
    var capitalsStandAlone = false
    /// Where a full line ends and where the text lines start, page by page (scans shift from page to page).
    private var rightEdge: [Int: Int] = [:]
    private var leftMargin: [Int: Int] = [:]

    init(_ lines: [Line]) {
        self.lines = lines
        for page in Set(lines.map(\.page)) {
            let pieces = lines.filter { $0.page == page }.compactMap(\.piece)
            let ends = pieces.map(\.end).sorted()
            rightEdge[page] = ends.isEmpty ? 0 : ends[min(ends.count - 1, ends.count * 4 / 5)]
            var indentCounts: [Int: Int] = [:]
            for piece in pieces { indentCounts[piece.indent, default: 0] += 1 }
            leftMargin[page] = indentCounts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
        }
    }

    /// Lines all on one page.
    init(_ pieces: [PDFColumns.Piece?]) {
        self.init(pieces.map { Line(piece: $0, page: 0) })
    }

    func paragraphs() -> [String] {
        var out: [String] = []
        var current: String?
        var last: Line?
        // A table typed with pipes: its first row says how many pipes a whole row has, so a row the page
        // wrapped right after a cell's pipe is still joined.
        var rowPipes: Int?
        func close() {
            guard let text = current else { return }
            let pipes = Self.pipes(in: text)
            if pipes < 2 { rowPipes = nil } else if rowPipes == nil { rowPipes = pipes }
            out.append(text)
            current = nil
        }
        for entry in lines {
            guard let line = entry.piece else {
                close()
                last = nil
                continue
            }
            let text = TextCleanup.collapseSpaces(line.text)
            if let previous = last, let joined = current,
               continues(previous, with: entry) || rowContinues(joined, with: text, rowPipes: rowPipes) {
                current = Self.join(joined, text)
            } else {
                close()
                current = text
            }
            last = entry
        }
        close()
        return out
    }

    private func rowContinues(_ row: String, with next: String, rowPipes: Int?) -> Bool {
        guard let rowPipes, row.hasSuffix("|"), next.contains("|") else { return false }
        return Self.pipes(in: row) < rowPipes
    }

    static func pipes(in text: String) -> Int {
        var count = 0
        var previous: Character?
        for c in text {
            if c == "|" && previous != "\\" { count += 1 }
            previous = c
        }
        return count
    }

    /// "…Quyết định số 1074/QĐ-" + "BXD …" keeps the hyphen; "infor-" + "mation" drops it.
    static func join(_ previous: String, _ next: String) -> String {
        if previous.hasSuffix("-"), previous.dropLast().last?.isLetter == true || previous.dropLast().last?.isNumber == true {
            if next.first?.isLowercase == true && previous.dropLast().last?.isLowercase == true {
                return String(previous.dropLast()) + next
            }
            return previous + next
        }
        return previous + " " + next
    }

    func continues(_ previousLine: Line, with nextLine: Line) -> Bool {
        guard let previous = previousLine.piece, let next = nextLine.piece else { return false }
        let before = previous.text
        let after = next.text
        if capitalsStandAlone && (Self.isCapitals(before) || Self.isCapitals(after)) { return false }
        if before.hasSuffix("-") && !before.hasSuffix(" -") { return true }
        if PDFParagraphs.opensItem(after) { return false }
        // A sentence's end, or a table row's closing pipe. A semicolon ends an item but also separates
        // the parts of a list inside one sentence, so after one only the shape of the lines decides.
        guard let end = before.last, !".:!?|".contains(end) else { return false }
        guard let first = after.first else { return false }
        if (first.isLowercase || first.isNumber || "(“\"'‘,".contains(first)) && end != ";" { return true }
        // Justified lines end a few characters apart in the layout (letters differ in width).
        let full = previous.end * 100 >= (rightEdge[previousLine.page] ?? 0) * 85
        let indentedLikeFirstLine = next.indent > (leftMargin[nextLine.page] ?? 0) + 2
        return full && !indentedLikeFirstLine
    }

    /// The start of a new item: a bullet, a numbered or lettered item, an article, chapter or section,
    /// or the closing blocks.
    static func opensItem(_ text: String) -> Bool {
        if LineShape.isBullet(text) || text.hasPrefix("* ") { return true }
        if LineShape.isNumberedItem(text) || LineShape.romanHeading(text) != nil { return true }
        if lettered(text) { return true }
        // The document's number: "Số: 1187/QĐ-BNV", "Số 12/KH-UBND".
        let head = SearchKey.make(text.prefix(6))
        if head.hasPrefix("so:") || (head.hasPrefix("so ") && head.dropFirst(3).first?.isNumber == true) { return true }
        let key = SearchKey.make(text.prefix(24))
        for word in ["dieu ", "chuong ", "muc ", "phan ", "phu luc", "noi nhan", "kinh gui", "can cu "]
            where key.hasPrefix(word) {
            // "Điều 1." and "Chương II" but not "Điều kiện …": a number follows.
            if word == "phu luc" || word == "noi nhan" || word == "kinh gui" || word == "can cu " { return true }
            let rest = key.dropFirst(word.count)
            if let c = rest.first, c.isNumber || "ivxlc".contains(c) { return true }
        }
        return false
    }

    /// Letters there are all capitals ("CỘNG HÒA XÃ HỘI…", "TỈNH LÀO CAI").
    static func isCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// "a) …", "đ) …", "b. …" (one letter, then ")" or ".", then a space).
    static func lettered(_ text: String) -> Bool {
        let characters = Array(text.prefix(3))
        guard characters.count == 3, characters[0].isLowercase, characters[0].isLetter,
              characters[1] == ")" || characters[1] == ".", characters[2] == " " else { return false }
        return true
    }
}
