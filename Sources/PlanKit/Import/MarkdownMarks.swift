/// Removes the marks legal-document sites and converters add around text that carry no content of their
/// own: bold and italic asterisks, Markdown heading hashes, and lines that are only a rule ("-------").
/// Table rows keep their pipes; a Markdown bullet "* " becomes "- ".
enum MarkdownMarks {
    static func clean(_ line: SourceText.Line) -> SourceText.Line {
        var text = line.text
        // Most lines carry no mark at all: decided on the bytes, without walking characters.
        guard let first = text.utf8.first else { return line }
        let marked = text.hasByte(UInt8(ascii: "*"))
        guard marked || first == UInt8(ascii: "#") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_")
                || first == UInt8(ascii: "=") || first == 0xE2 else { return line }
        if isRule(text) { return SourceText.Line(number: line.number, text: "") }
        if text.hasPrefix("#") {
            text = String(text.drop { $0 == "#" })
        }
        if text.hasPrefix("* ") && !text.dropFirst(2).hasPrefix("*") { text = "- " + text.dropFirst(2) }
        if marked {
            // "(*)" marks a note and stays; every other asterisk is emphasis.
            text = text.replacingOccurrences(of: "(*)", with: "\u{1}")
                .replacingOccurrences(of: "*", with: "")
                .replacingOccurrences(of: "\u{1}", with: "(*)")
        }
        return SourceText.Line(number: line.number, text: TextCleanup.collapseSpaces(text))
    }

    /// "-------", "___", "* *": decoration under a heading cell.
    static func isRule(_ text: String) -> Bool {
        text.count >= 3 && text.allSatisfy { "-_=–—".contains($0) } || text.allSatisfy { $0 == "*" || $0 == " " }
    }
}
