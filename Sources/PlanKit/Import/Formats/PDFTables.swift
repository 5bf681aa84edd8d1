/// A table laid out by `pdftotext -layout`: its cells side by side in columns, a cell's text wrapped
/// over several lines. Found by its header ("TT"/"STT" first, then the columns' names), rebuilt as a
/// pipe table: the header's words and the blank edges running down the page say where the columns
/// start, a row starts where the first column holds an item's number (1, 1.2, II, a)), and each line
/// is cut at the columns, its pieces added to their cells.
enum PDFTables {
    struct Table {
        var range: Range<Int>
        var lines: [String]
    }

    /// A run of text without a gap of two spaces, and where it starts.
    struct Segment {
        var start: Int
        var text: String
    }

    static func segments(_ line: String) -> [Segment] {
        var out: [Segment] = []
        let characters = Array(line)
        var i = 0
        while i < characters.count {
            while i < characters.count && characters[i] == " " { i += 1 }
            guard i < characters.count else { break }
            let start = i
            while i < characters.count, !(characters[i] == " " && (i + 1 >= characters.count || characters[i + 1] == " ")) {
                i += 1
            }
            out.append(Segment(start: start, text: String(characters[start..<i])))
        }
        return out
    }

    private static let headerWords = ["nhiem vu", "noi dung", "co quan", "chu tri", "phoi hop", "don vi", "thoi gian",
                                      "tien do", "thoi han", "ket qua", "san pham"]

    /// The columns' starts when the line is a task table's header.
    static func headerColumns(_ line: String) -> [Int]? {
        let parts = segments(line)
        guard parts.count >= 3, let first = parts.first, ["tt", "stt"].contains(SearchKey.make(first.text)) else { return nil }
        let named = parts.dropFirst().filter { part in headerWords.contains { SearchKey.make(part.text).hasPrefix($0) } }
        guard !named.isEmpty else { return nil }
        return parts.map(\.start)
    }

    /// "1", "12", "1.2", "II", "a)", "đ)": what a task table's first column holds.
    static func isItemCode(_ text: String) -> Bool {
        if text.count > 6 { return false }
        if LineShape.romanHeading(text + " x") != nil || text.allSatisfy({ "IVXLC".contains($0) }) { return true }
        if text.allSatisfy({ $0.isNumber || $0 == "." }), text.first?.isNumber == true { return true }
        return PDFParagraphs.lettered(text + " ")
    }

    /// The tables among `lines` (nil for a blank line); `pages` gives each line's page.
    static func find(_ lines: [String?], pages: [Int]) -> [Table] {
        var tables: [Table] = []
        var i = 0
        while i < lines.count {
            guard let line = lines[i], headerColumns(line) != nil else { i += 1; continue }
            let end = extent(lines, headerAt: i)
            let columns = columnStarts(lines, header: i, end: end, pages: pages)
            let rows = read((i..<end).compactMap { n in lines[n].map { ($0, columns[pages[n]] ?? []) } })
            if rows.count >= 2, let headerColumns = columns[pages[i]], headerColumns.count >= 3 {
                tables.append(Table(range: i..<end, lines: render(rows)))
                i = end
            } else {
                i += 1
            }
        }
        return tables
    }

    /// The first word of a line and where it starts.
    private static func firstWord(_ line: String) -> (start: Int, word: String)? {
        guard let start = line.firstIndex(where: { $0 != " " }) else { return nil }
        let word = line[start...].prefix { $0 != " " }
        return (line.distance(from: line.startIndex, to: start), String(word))
    }

    /// Where the table ends: at the first line starting in the first column with something other than
    /// an item's number, or starting left of the table.
    private static func extent(_ lines: [String?], headerAt start: Int) -> Int {
        guard let header = lines[start], let left = firstWord(header)?.start else { return start + 1 }
        var end = start + 1
        while end < lines.count {
            guard let line = lines[end] else { end += 1; continue }
            guard let first = firstWord(line) else { end += 1; continue }
            if first.start + 2 < left { break }
            if first.start <= left + 1, !isItemCode(first.word), SearchKey.make(line) != SearchKey.make(header) { break }
            end += 1
        }
        while end > start + 1, lines[end - 1] == nil { end -= 1 }
        return end
    }

    /// Positions blank on every one of `lines` (a column's edge runs down them all).
    private static func blankColumns(_ lines: [[Character]]) -> [Bool] {
        var blank = Array(repeating: true, count: (lines.map(\.count).max() ?? 0) + 1)
        for line in lines {
            for (x, c) in line.enumerated() where c != " " { blank[x] = false }
        }
        return blank
    }

    /// The columns' starts, page by page. On the header's page: where the header's words start after
    /// a gap of two spaces, or after a position blank on every line of the table there (columns
    /// printed one space apart: "Cơ quan chủ Cơ quan phối"). On a later page, whose characters
    /// pdftotext may space differently, each of those starts scaled to the page's width and moved to
    /// the nearest edge found there.
    private static func columnStarts(_ lines: [String?], header: Int, end: Int, pages: [Int]) -> [Int: [Int]] {
        guard let headerLine = lines[header] else { return [:] }
        var byPage: [Int: [[Character]]] = [:]
        for n in header..<end { if let line = lines[n] { byPage[pages[n], default: []].append(Array(line)) } }
        let headerPage = pages[header]
        let blank = blankColumns(byPage[headerPage] ?? [])
        // A one-space edge counts only where some line below the header starts a word on it: a few
        // short cells can leave a blank run inside a column too ("Cơ quan | chủ trì").
        var wordStarts = Set<Int>()
        for line in (byPage[headerPage] ?? []).dropFirst() {
            for x in line.indices where line[x] != " " && (x == 0 || line[x - 1] == " ") { wordStarts.insert(x) }
        }
        let characters = Array(headerLine)
        var starts: [Int] = []
        for x in characters.indices where characters[x] != " " && (x == 0 || characters[x - 1] == " ") {
            let afterGap = x >= 2 && characters[x - 2] == " "
            if starts.isEmpty || afterGap || (blank[x - 1] && wordStarts.contains(x)) { starts.append(x) }
        }
        var out = [headerPage: starts]
        let headerWidth = max(1, (byPage[headerPage] ?? []).map(\.count).max() ?? 1)
        for (page, pageLines) in byPage where page != headerPage {
            let width = pageLines.map(\.count).max() ?? headerWidth
            let edges = blankColumns(pageLines)
            let candidates = (1..<edges.count).filter { x in edges[x - 1] && pageLines.contains { x < $0.count && $0[x] != " " } }
            var mapped: [Int] = []
            for (index, start) in starts.enumerated() {
                if index == 0 {
                    mapped.append(pageLines.compactMap { $0.firstIndex { $0 != " " } }.min() ?? start)
                    continue
                }
                let scaled = start * width / headerWidth
                let after = candidates.filter { $0 > (mapped.last ?? 0) && abs($0 - scaled) <= 8 }
                mapped.append(after.min { abs($0 - scaled) < abs($1 - scaled) } ?? max(scaled, (mapped.last ?? 0) + 1))
            }
            out[page] = mapped
        }
        return out
    }

    /// Cuts a line at the columns' starts, at the space nearest each start (pages shift by a character).
    private static func cells(_ line: String, columns: [Int]) -> [String] {
        let characters = Array(line)
        var cuts: [Int] = []
        for start in columns.dropFirst() {
            let window = max(0, start - 3)...max(0, start + 1)
            let spaces = window.filter { $0 < characters.count && characters[$0] == " "
                && ($0 + 1 >= characters.count || characters[$0 + 1] != " " || $0 + 1 == start) }
            let cut = spaces.min { abs($0 + 1 - start) < abs($1 + 1 - start) }.map { $0 + 1 } ?? start
            cuts.append(max(cut, cuts.last ?? 0))
        }
        var out: [String] = []
        var from = 0
        for cut in cuts + [max(characters.count, cuts.last ?? 0)] {
            let slice = from < min(cut, characters.count) ? String(characters[from..<min(cut, characters.count)]) : ""
            out.append(TextCleanup.collapseSpaces(slice).trimmingCharacters(in: .whitespaces))
            from = cut
        }
        return out
    }

    /// The header row (its lines joined per column), then one row per item; each line is cut at its
    /// page's columns.
    private static func read(_ lines: [(text: String, columns: [Int])]) -> [[String]] {
        guard let header = lines.first, !header.columns.isEmpty else { return [] }
        let headerKey = SearchKey.make(header.text)
        let width = header.columns.count
        var rows: [[String]] = []
        var current = Array(repeating: "", count: width)
        for (index, line) in lines.enumerated() {
            if index > 0 && SearchKey.make(line.text) == headerKey { continue }  // the header repeated on a new page
            let parts = cells(line.text, columns: line.columns.count == width ? line.columns : header.columns)
            if index > 0, !parts[0].isEmpty, isItemCode(parts[0]) {
                rows.append(current)
                current = Array(repeating: "", count: width)
            }
            for (c, text) in parts.enumerated() where !text.isEmpty {
                current[c] = current[c].isEmpty ? text : PDFParagraphs.join(current[c], text)
            }
        }
        rows.append(current)
        return rows
    }

    private static func render(_ rows: [[String]]) -> [String] {
        var out: [String] = []
        for (index, row) in rows.enumerated() {
            let cells = row.map { $0.replacingOccurrences(of: "|", with: "\\|") }
            out.append(TextCleanup.collapseSpaces("| " + cells.joined(separator: " | ") + " |"))
            if index == 0 { out.append("|" + String(repeating: "---|", count: row.count)) }
        }
        return out
    }
}
