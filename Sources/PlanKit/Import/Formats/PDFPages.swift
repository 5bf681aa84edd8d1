/// The pages of `pdftotext -layout` output with what the page, not the document, put there removed:
/// form feeds, page numbers ("2", "- 2 -", "Trang 2", "2/8", "(2)") and running headers or footers (the same
/// first or last line on many pages, its numbers aside).
struct PDFPages {
    var pages: [[String]]

    init(layoutText: String) {
        var pages = layoutText.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                var text = String(line)
                while text.last?.isWhitespace == true { text.removeLast() }
                return text
            }
        }
        while let last = pages.last, last.allSatisfy(\.isEmpty) { pages.removeLast() }
        self.pages = pages
        removePageNumbers()
        removeRunningLines()
    }

    /// Index of the first and of the last line that holds something.
    private static func ends(_ page: [String]) -> [Int] {
        guard let first = page.firstIndex(where: { !$0.isEmpty }), let last = page.lastIndex(where: { !$0.isEmpty }) else {
            return []
        }
        return first == last ? [first] : [first, last]
    }

    static func isPageNumber(_ line: String) -> Bool {
        var key = Substring(SearchKey.make(line))
        if key.hasPrefix("trang ") { key = key.dropFirst(6) }
        key = key.drop { "-–( ".contains($0) }
        while let last = key.last, "-–) ".contains(last) { key.removeLast() }
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            let digits = part.trimmingCharacters(in: .whitespaces)
            // Three digits at most: a lone "2030" at a page's foot is a year, not page two thousand and thirty.
            return (1...3).contains(digits.count) && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        }
    }

    private mutating func removePageNumbers() {
        for p in pages.indices {
            for i in Self.ends(pages[p]).reversed() where Self.isPageNumber(pages[p][i]) { pages[p][i] = "" }
        }
    }

    /// A first or last line repeated (numbers aside) on half the pages or more, with three pages at least.
    private mutating func removeRunningLines() {
        guard pages.count >= 3 else { return }
        func key(_ line: String) -> String { SearchKey.make(line).filter { !$0.isNumber && $0 != " " } }
        var counts: [String: Int] = [:]
        for page in pages {
            for k in Set(Self.ends(page).map { key(page[$0]) }) where !k.isEmpty { counts[k, default: 0] += 1 }
        }
        let repeated = Set(counts.filter { $0.value >= max(2, (pages.count + 1) / 2) }.keys)
        guard !repeated.isEmpty else { return }
        for p in pages.indices {
            for i in Self.ends(pages[p]) where repeated.contains(key(pages[p][i])) { pages[p][i] = "" }
        }
    }
}
