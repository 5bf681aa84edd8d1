/// Lettered items as Vietnamese documents number them: a) b) c) d) đ) e) g) h) i) k) l) m) n) …
/// (no f, j, w, z; đ comes after d). Item "2đ" is the fifth sub-item of item 2.
enum VietnameseLetters {
    static let order: [Character] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p",
                                     "q", "r", "s", "t", "u", "v", "x", "y"]

    /// The 1-based position of a letter in that order, nil for a letter that is not used ("f").
    static func position(of letter: Character) -> Int? {
        order.firstIndex(of: Character(letter.lowercased())).map { $0 + 1 }
    }

    /// "a) Nhiệm vụ: …" → ("a", "Nhiệm vụ: …"); also "a. " and "(a) ". nil for anything else.
    static func item(_ text: String) -> (letter: Character, title: String)? {
        // The mark comes second (or third): most lines are ruled out before any letter is looked up.
        let head = text.utf8.prefix(5)
        guard head.contains(UInt8(ascii: ")")) || head.contains(UInt8(ascii: ".")) else { return nil }
        var rest = Substring(text)
        let opened = rest.first == "("
        if opened { rest = rest.dropFirst() }
        guard let letter = rest.first, position(of: letter) != nil, letter.isLowercase else { return nil }
        rest = rest.dropFirst()
        guard let mark = rest.first, mark == ")" || (mark == "." && !opened) else { return nil }
        rest = rest.dropFirst()
        guard rest.first == " " else { return nil }
        return (Character(letter.lowercased()), TextCleanup.collapseSpaces(rest))
    }
}
