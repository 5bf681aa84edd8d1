/// Fitting text into terminal columns: by display width, never splitting a grapheme cluster.
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// The longest prefix that fits in `width` columns; with `ellipsis`, a cut text ends in "…".
    public static func truncate<S: StringProtocol>(_ text: S, toWidth width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        // Short text (the usual cell) fits without walking graphemes.
        if text.utf8.count <= width { return String(text) }
        let budget = ellipsis ? width - 1 : width
        // Single-column text (nearly all of a plan) is cut after its first `budget` scalars, no graphemes walked.
        if let columns = SingleColumnText.columns(text) {
            if columns <= width { return String(text) }
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: text.unicodeScalars.prefix(budget))
            return String(kept) + (ellipsis ? String(TextLayout.ellipsis) : "")
        }
        var cut = text.startIndex
        var used = 0
        var index = text.startIndex
        // Walk only as far as the width: a long task text costs its first few dozen graphemes, not all of them.
        while index < text.endIndex {
            let w = DisplayWidth.of(text[index])
            if used + w > width { break }
            used += w
            index = text.index(after: index)
            if used <= budget { cut = index }
        }
        if index == text.endIndex { return String(text) }
        return String(text[text.startIndex..<cut]) + (ellipsis ? String(TextLayout.ellipsis) : "")
    }

    /// Truncated or padded with spaces to exactly `width` columns.
    public static func fit<S: StringProtocol>(_ text: S, width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, toWidth: width)
        let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return alignRight ? pad + cut : cut + pad
    }

    /// Splits text into lines of at most `width` columns, breaking at spaces where it can,
    /// inside a word (between graphemes) only where a word alone is wider than the line.
    public static func wrap<S: StringProtocol>(_ text: S, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(Substring(paragraph), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var wordWidth = DisplayWidth.of(word)
            var rest = Substring(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + rest
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // A word wider than the line is cut between graphemes.
            while wordWidth > width {
                var piece = ""
                var used = 0
                var index = rest.startIndex
                while index < rest.endIndex {
                    let w = DisplayWidth.of(rest[index])
                    if used + w > width && used > 0 { break }
                    piece.append(rest[index])
                    used += w
                    index = rest.index(after: index)
                }
                lines.append(piece)
                rest = rest[index...]
                wordWidth -= used
            }
            line = String(rest)
            lineWidth = wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
