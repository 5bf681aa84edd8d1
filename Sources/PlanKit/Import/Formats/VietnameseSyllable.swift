/// Whether a word is a Vietnamese syllable: an onset (b, ch, gh, ngh, qu, …, or none), a rhyme made of
/// an optional medial (o/u), a vowel nucleus and an optional coda, and at most one tone mark, with the
/// rule that a rhyme closed by c, ch, p or t takes only the sắc or nặng tone. A text layer written in
/// an old 8-bit font (TCVN3, VNI) read as Unicode fails this for most of its words ("Céng hoµ x·").
public enum VietnameseSyllable {
    private static let onsets: [String] = [
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]

    private static let rhymes: Set<String> = {
        let groups: [String: [String]] = [
            "a": ["", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "u", "y"],
            "ă": ["c", "m", "n", "ng", "p", "t"],
            "â": ["c", "m", "n", "ng", "p", "t", "u", "y"],
            "e": ["", "c", "m", "n", "ng", "o", "p", "t"],
            "ê": ["", "ch", "m", "n", "nh", "p", "t", "u"],
            "i": ["", "a", "ch", "m", "n", "nh", "p", "t", "u"],
            "iê": ["c", "m", "n", "ng", "p", "t", "u"],
            "yê": ["m", "n", "t", "u"],
            "y": [""],
            "o": ["", "c", "i", "m", "n", "ng", "p", "t"],
            "oo": ["c", "ng"],
            "ô": ["", "c", "i", "m", "n", "ng", "p", "t"],
            "ơ": ["", "i", "m", "n", "p", "t"],
            "u": ["", "a", "c", "i", "m", "n", "ng", "p", "t", "y"],
            "uô": ["c", "i", "m", "n", "ng", "t"],
            "ư": ["", "a", "c", "i", "m", "n", "ng", "t", "u"],
            "ươ": ["c", "i", "m", "n", "ng", "p", "t", "u"],
            // With the medial o: hoa, hoặc, khoeo; with the medial u: tuân, thuế, quy, khuya, nguyên.
            "oa": ["", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "y"],
            "oă": ["c", "m", "n", "ng", "t"],
            "oe": ["", "n", "o", "t"],
            "uâ": ["n", "ng", "t", "y"],
            "uê": ["", "ch", "nh", "n"],
            "uơ": [""],
            "uy": ["", "a", "ch", "n", "nh", "p", "t", "u"],
            "uyê": ["n", "t"],
        ]
        var out: Set<String> = []
        for (nucleus, codas) in groups { for coda in codas { out.insert(nucleus + coda) } }
        return out
    }()

    private static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// `word` is letters only (split the text on anything else first).
    public static func isSyllable(_ word: String) -> Bool {
        var tone: UInt32?
        var base = ""
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(scalar.value) {
                if tone != nil { return false }
                tone = scalar.value
            } else {
                base.unicodeScalars.append(scalar)
            }
        }
        let letters = base.precomposedStringWithCanonicalMapping
        guard !letters.isEmpty, letters.count <= 7 else { return false }
        for onset in onsets where letters.hasPrefix(onset) {
            let rhyme = String(letters.dropFirst(onset.count))
            guard rhymes.contains(rhyme) else { continue }
            // "qu" is an onset only before a rhyme that does not itself start with u ("quốc", not "quu").
            if onset == "qu" && rhyme.hasPrefix("u") { continue }
            if !spellingAllows(onset: onset, before: rhyme) { continue }
            if let tone, ["c", "ch", "p", "t"].contains(where: { rhyme.hasSuffix($0) }), tone != 0x301 && tone != 0x323 {
                continue
            }
            return true
        }
        // "gi" before a rhyme without a vowel of its own: gì, gìn (the i is the nucleus).
        if letters.hasPrefix("gi"), rhymes.contains(String(letters.dropFirst(1))) { return true }
        return false
    }

    /// The spelling rules of k/c, gh/g and ngh/ng: k, gh and ngh before e, ê, i (and k before y);
    /// c, g and ng before the other vowels. "Céng" is no Vietnamese spelling (it would be "kéng").
    private static func spellingAllows(onset: String, before rhyme: String) -> Bool {
        guard let vowel = rhyme.first else { return true }
        let front = "eêi".contains(vowel)
        switch onset {
        case "k": return front || vowel == "y"
        case "c": return !front && vowel != "y"
        case "gh", "ngh": return front
        case "g", "ng": return !front
        default: return true
        }
    }

    /// How many of a text's words are syllables and how many are not. Words in capitals that are not
    /// syllables (UBND, KH-SCT, CCHC) are abbreviations and count for neither; numbers are skipped.
    public static func census<S: StringProtocol>(_ text: S) -> (syllables: Int, others: Int) {
        var syllables = 0
        var others = 0
        var word = ""
        func close() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            if isSyllable(word) { syllables += 1; return }
            let isCapitals = word.count >= 2 && word.allSatisfy { $0.isUppercase }
            if !isCapitals { others += 1 }
        }
        for character in text {
            if character.isLetter { word.append(character) } else { close() }
        }
        close()
        return (syllables, others)
    }
}
