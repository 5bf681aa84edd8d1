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
        let near = gaps(characters, from: first, atLeast: 2).filter { abs($0.end - column) <= 8 }
        guard let gap = near.min(by: { abs($0.end - column) < abs($1.end - column) }) else {
            return (piece(characters, from: first, to: characters.count), nil)
        }
        return (piece(characters, from: first, to: gap.start), piece(characters, from: gap.end, to: characters.count))
    }

    /// Runs of `atLeast` spaces or more inside the text (not at its end): where each starts and ends.
    private static func gaps(_ characters: [Character], from first: Int, atLeast width: Int) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        var i = first
        while i < characters.count {
            guard characters[i] == " " else { i += 1; continue }
            var j = i
            while j < characters.count && characters[j] == " " { j += 1 }
            if j - i >= width, j < characters.count { out.append((i, j)) }
            i = j
        }
        return out
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
        // The widest gap; of equal ones, the first.
        let all = gaps(characters, from: first, atLeast: 3)
        guard let widest = all.map({ $0.end - $0.start }).max() else { return nil }
        return all.first { $0.end - $0.start == widest }?.end
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
