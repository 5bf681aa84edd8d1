/// Two blocks of a Vietnamese administrative document are printed side by side: the heading (issuer
/// and number on the left; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the motto and the place and date on
/// the right) and the signature (recipients on the left, the signer on the right). `pdftotext -layout`
/// keeps them side by side on the same lines; this splits such lines into their two columns.
enum PDFColumns {
    /// A line of layout text with its indentation (in characters, as the layout is monospaced).
    struct Piece {
        var indent: Int
        var text: String
        var end: Int { indent + text.count }
    }

    /// The line's text split at the gap (two spaces or more) that ends nearest to `column`, when it
    /// ends within a few characters of it; a line starting at the column is all right-hand.
    static func split(_ line: String, at column: Int) -> (left: Piece?, right: Piece?) {
        let characters = Array(line)
        guard let first = characters.firstIndex(where: { $0 != " " }) else { return (nil, nil) }
        if first >= column - 4 { return (nil, piece(characters, from: first, to: characters.count)) }
        var best: (start: Int, end: Int)?
        var i = first
        while i < characters.count {
            guard characters[i] == " " else { i += 1; continue }
            var j = i
            while j < characters.count && characters[j] == " " { j += 1 }
            if j - i >= 2, j < characters.count, abs(j - column) <= 8,
               best.map({ abs($0.end - column) > abs(j - column) }) ?? true {
                best = (i, j)
            }
            i = j
        }
        guard let gap = best else { return (piece(characters, from: first, to: characters.count), nil) }
        return (piece(characters, from: first, to: gap.start), piece(characters, from: gap.end, to: characters.count))
    }

    private static func piece(_ characters: [Character], from start: Int, to end: Int) -> Piece? {
        var end = end
        while end > start && characters[end - 1] == " " { end -= 1 }
        guard end > start else { return nil }
        return Piece(indent: start, text: String(characters[start..<end]))
    }

    /// Where the right-hand text of a line starts: after its widest gap, when it has one.
    static func rightStart(of line: String) -> Int? {
        let characters = Array(line)
        guard let first = characters.firstIndex(where: { $0 != " " }) else { return nil }
        var best: (width: Int, end: Int)?
        var i = first
        while i < characters.count {
            guard characters[i] == " " else { i += 1; continue }
            var j = i
            while j < characters.count && characters[j] == " " { j += 1 }
            if j - i >= 3, j < characters.count, j - i > (best?.width ?? 0) { best = (j - i, j) }
            i = j
        }
        return best?.end
    }

    /// The index of the first character of `needle`'s key in the line, found by the folded key.
    static func column(of line: String, startingWith keyPrefix: String) -> Int? {
        let characters = Array(line)
        for start in characters.indices where characters[start] != " " {
            if start > 0 && characters[start - 1] != " " { continue }
            if SearchKey.make(String(characters[start...].prefix(keyPrefix.count + 4))).hasPrefix(keyPrefix) { return start }
        }
        return nil
    }
}
