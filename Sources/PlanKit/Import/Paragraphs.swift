/// A paragraph of the plan: one or more source lines joined, numbered by its first line.
struct Paragraph {
    var line: Int
    var text: String
    var key: String { SearchKey.make(text) }
}

/// Rebuilds paragraphs from lines: a line that continues a sentence cut by a line break or by a block
/// of footnotes is joined to it, and footnotes (¹ ² …) are taken out.
enum ParagraphAssembler {
    /// `original` is the text as written (before tables were rebuilt), which tells how it breaks its lines.
    static func assemble(_ lines: [SourceText.Line], original: [SourceText.Line]? = nil)
        -> (paragraphs: [Paragraph], footnotes: [Footnote]) {
        var paragraphs: [Paragraph] = []
        var footnotes: [Footnote] = []
        let blocks = separatesParagraphsByBlankLines(original ?? lines)
        let hardWrapped = !blocks && isHardWrapped(original ?? lines)
        let openBold = linesLeavingBoldOpen(original ?? [])
        var previousBlank = true
        var previousLength = 0
        var previousNumber = 0
        for line in lines {
            defer {
                previousBlank = line.text.isEmpty
                previousLength = line.text.scalarCount
                previousNumber = line.number
            }
            if line.text.isEmpty { continue }
            if let (number, text) = footnote(line.text) {
                footnotes.append(Footnote(number: number, text: text, sourceLine: line.number))
                continue
            }
            if let last = paragraphs.last,
               isLoneMarker(last.text) && !LineShape.isStructural(line.text)
                || continues(last.text, with: line.text)
                || ((blocks && !previousBlank || hardWrapped) && wrapped(last.text, with: line.text)
                    && (previousLength >= wrapWidth || openBold.contains(previousNumber) || endsOnALink(last.text)
                        || blocks && isCapitals(line.text) && isCapitals(last.text))) {
                paragraphs[paragraphs.count - 1].text += " " + line.text
            } else {
                paragraphs.append(Paragraph(line: line.number, text: line.text))
            }
        }
        return (paragraphs, footnotes)
    }

    /// Sites that hard-wrap their text put a blank line between paragraphs; there, a full line inside a block
    /// goes on in the next even when that starts with a capital ("… Sở" / "Tư pháp, …"); a short one ends
    /// its paragraph (a heading: "2. Giao Sở Xây dựng" / "Chủ trì, phối hợp …").
    static func separatesParagraphsByBlankLines(_ lines: [SourceText.Line]) -> Bool {
        var blank = 0
        var text = 0
        for line in lines { if line.text.isEmpty { blank += 1 } else { text += 1 } }
        return text > 0 && blank * 10 >= text
    }

    /// "**1. Sở Khoa học và" / "Công nghệ**": a line that opens bold without closing it goes on below.
    static func linesLeavingBoldOpen(_ lines: [SourceText.Line]) -> Set<Int> {
        var open = false
        var result: Set<Int> = []
        for line in lines {
            if line.text.isEmpty { open = false; continue }
            guard line.text.hasByte(UInt8(ascii: "*")) || open else { continue }
            let marks = line.text.components(separatedBy: "**").count - 1
            if marks % 2 == 1 { open.toggle() }
            if open { result.insert(line.number) }
        }
        return result
    }

    /// The text stops without ending its sentence.
    static func endsMidSentence(_ text: String) -> Bool {
        guard let end = text.last else { return false }
        return !".:;!?)".contains(end)
    }

    /// Words a phrase never ends on: "… Sở Khoa học và" goes on in the next line.
    private static let linkWords: Set<String> = ["và", "của", "với", "các", "cho", "tại", "về", "theo", "để", "thuộc"]

    static func endsOnALink(_ text: String) -> Bool {
        if text.hasSuffix(",") { return true }
        guard let last = text.split(separator: " ").last else { return false }
        return linkWords.contains(last.lowercased())
    }

    /// Words that open a body's name and never end one: "Chủ tịch Ủy ban nhân dân" / "Thành phố có ý kiến …",
    /// "… báo cáo Sở" / "Tư pháp …" are one sentence cut inside the name.
    private static let bodyHeads: [[String]] = [["uy", "ban", "nhan", "dan"], ["hoi", "dong", "nhan", "dan"], ["ubnd"],
                                                 ["hdnd"], ["so"], ["bo"]]

    static func endsOnABodysHead(_ text: String) -> Bool {
        guard let last = text.last, last.isLetter else { return false }
        let words = SearchKey.make(text.suffix(24)).split(separator: " ")
        // "sở"/"bộ" as written: "số", "bố" fold to the same key and are no heads.
        return bodyHeads.contains { head in
            guard words.count >= head.count, words.suffix(head.count).elementsEqual(head, by: { $0 == $1 }) else { return false }
            return head.count > 1 || ["sở", "bộ", "ubnd", "hđnd"].contains(text.split(separator: " ").last.map { $0.lowercased() } ?? "")
        }
    }

    static func isCapitals(_ text: String) -> Bool {
        text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
    }

    /// A line at least this long that stops mid-sentence was cut by the page width, not by its author.
    static let wrapWidth = 55

    /// Text cut to a page width (a site's copy, a PDF's text): of the lines of some length, hardly any is
    /// longer than a printed line, where a file of one paragraph per line has many.
    static func isHardWrapped(_ lines: [SourceText.Line]) -> Bool {
        let lengths = lines.lazy.filter { !LineShape.isTableRow($0.text) }.map(\.text.scalarCount).filter { $0 >= 40 }
        let count = lengths.count
        guard count >= 20 else { return false }
        let printedWidth = lengths.filter { $0 <= 100 }.count
        return printedWidth * 5 >= count * 4
    }

    private static func wrapped(_ previous: String, with next: String) -> Bool {
        guard let end = previous.last, !".:;!?|".contains(end) else { return false }
        // "Số: 12/KH-UBND" and the "V/v …" under it share a cell, not a sentence.
        if next.hasPrefix("V/v") || SearchKey.make(previous.prefix(4)).hasPrefix("so:") { return false }
        // A heading in capitals ends where sentence case begins.
        if isCapitals(previous) != isCapitals(next) { return false }
        return !LineShape.isStructural(next) && !LineShape.isTableRow(previous)
    }

    private static let superscripts: [Character: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]

    /// "¹ Chỉ tiêu tuyển sinh…" → (1, "Chỉ tiêu tuyển sinh…"); a converter's "[^1]: …" likewise.
    static func footnote(_ text: String) -> (Int, String)? {
        if text.hasPrefix("[^"), let close = text.firstIndex(of: "]"),
           let number = Int(text[text.index(text.startIndex, offsetBy: 2)..<close]) {
            let rest = text[text.index(after: close)...].drop { $0 == ":" || $0 == " " }
            return rest.isEmpty ? nil : (number, String(rest))
        }
        var number = 0
        var index = text.startIndex
        while index < text.endIndex, let digit = superscripts[text[index]] {
            number = number * 10 + digit
            index = text.index(after: index)
        }
        guard index > text.startIndex, index < text.endIndex, text[index] == " " else { return nil }
        return (number, String(text[text.index(after: index)...]))
    }

    /// "III.", "2.", "a)": an item's number with nothing after it, cut from its title by a converter.
    static func isLoneMarker(_ text: String) -> Bool {
        guard text.utf8.count <= 6, let last = text.last, last == "." || last == ")" else { return false }
        let body = text.dropLast()
        if body.count == 1, let letter = body.first, VietnameseLetters.order.contains(letter), last == ")" { return true }
        return !body.isEmpty && (body.allSatisfy { $0.isASCII && $0.isNumber || $0 == "." } || RomanNumeral.value(of: body) != nil)
    }

    /// A line continues the paragraph before it when that one stops mid-sentence and this one
    /// starts like the middle of a sentence (lowercase, or a number that is not a heading).
    static func continues(_ previous: String, with next: String) -> Bool {
        guard let end = previous.last, !".:;!?|".contains(end) else { return false }
        // A heading in capitals or a table row ends; an item ("1.", "a)", "(1)", "-") may go on.
        if LineShape.isStructural(previous) && !LineShape.isBullet(previous) && !LineShape.isNumberedItem(previous)
            && VietnameseLetters.item(previous) == nil && LineShape.parenthesisedNumber(previous) == nil {
            return false
        }
        guard !LineShape.isStructural(next), let first = next.first else { return false }
        if first.isLowercase { return true }
        if first.isUppercase, endsOnABodysHead(previous) { return true }
        if first.isNumber { return !LineShape.isNumberedItem(next) }
        return false
    }
}

/// How a paragraph looks: heading, numbered item, bullet, table row.
enum LineShape {
    static func isStructural(_ text: String) -> Bool {
        isTableRow(text) || isBullet(text) || romanHeading(text) != nil || isNumberedItem(text)
            || VietnameseLetters.item(text) != nil || parenthesisedNumber(text) != nil
    }

    /// "(1) Tiếp tục …" → "Tiếp tục …": the numbering of conclusions and of items inside a task.
    static func parenthesisedNumber(_ text: String) -> String? {
        guard text.hasPrefix("("), let close = text.firstIndex(of: ")"),
              text.distance(from: text.startIndex, to: close) <= 4 else { return nil }
        let inside = text[text.index(after: text.startIndex)..<close]
        guard !inside.isEmpty, inside.allSatisfy(\.isNumber) else { return nil }
        let rest = text[text.index(after: close)...]
        guard rest.first == " " else { return nil }
        return TextCleanup.collapseSpaces(rest)
    }

    static func isTableRow(_ text: String) -> Bool {
        text.includes(" | ") || text.hasPrefix("|") || text.hasSuffix(" |") || text == "|"
    }

    static func isBullet(_ text: String) -> Bool {
        text.hasPrefix("- ") || text.hasPrefix("+ ") || text.hasPrefix("• ") || text.hasPrefix("– ")
    }

    /// The text after a bullet mark.
    static func unbulleted(_ text: String) -> String {
        isBullet(text) ? String(text.dropFirst(2)) : text
    }

    /// "IV. NHIỆM VỤ…" → ("IV", "NHIỆM VỤ…").
    static func romanHeading(_ text: String) -> (code: String, title: String)? {
        let letters = text.prefix { "IVXLC".contains($0) }
        guard !letters.isEmpty, letters.count <= 5 else { return nil }
        let rest = text.dropFirst(letters.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix("/ ") else { return nil }
        return (String(letters), String(rest.dropFirst(2)))
    }

    /// "1. Khảo sát…" → (["1"], …); "2.1. Mục tiêu…" → (["2", "1"], …); also "2.1 Mục tiêu" and "a) …".
    static func numbered(_ text: String) -> (path: [String], title: String)? {
        var path: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let digitsEnd = text[index...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
            guard digitsEnd > index, text.distance(from: index, to: digitsEnd) <= 3 else { break }
            path.append(String(text[index..<digitsEnd]))
            index = digitsEnd
            guard index < text.endIndex, text[index] == "." else { break }
            index = text.index(after: index)
        }
        guard !path.isEmpty, index < text.endIndex, text[index] == " " else { return nil }
        // "2030 …" is a year, not an item number; "1 | …" is a table row.
        guard path.count > 1 || text[text.index(before: index)] == "." else { return nil }
        return (path, String(text[text.index(after: index)...]))
    }

    static func isNumberedItem(_ text: String) -> Bool { numbered(text) != nil }
}
