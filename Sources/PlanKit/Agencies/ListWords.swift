/// The words of a printed list of agencies, each with what stands before it (a comma, a semicolon, a
/// bracket) and how it is written, so the list's readers can tell where one name ends and the next begins.
struct ListWords {
    let source: String
    let tokens: [AgencyToken]
    /// Folded keys: no case, no tone marks, đ as d ("Sở" and "số" are both "so").
    let keys: [String]
    /// The word as printed, lower-cased, marks kept ("sở" is not "số").
    let lower: [String]
    let separatorBefore: [Bool]
    let commaBefore: [Bool]
    let openBefore: [Bool]
    let closeBefore: [Bool]
    let capitalised: [Bool]

    var count: Int { keys.count }

    init(_ source: String) {
        self.source = source
        var tokens: [AgencyToken] = []
        var separatorBefore: [Bool] = [], commaBefore: [Bool] = [], openBefore: [Bool] = [], closeBefore: [Bool] = []
        var pendingSeparator: String?
        var pendingOpen = false
        var pendingClose = false
        for token in AgencyTokenizer.tokens(of: source) {
            switch token.kind {
            case .word:
                tokens.append(token)
                separatorBefore.append(pendingSeparator != nil)
                commaBefore.append(pendingSeparator == ",")
                openBefore.append(pendingOpen)
                closeBefore.append(pendingClose)
                pendingSeparator = nil
                pendingOpen = false
                pendingClose = false
            case .listSeparator:
                pendingSeparator = pendingSeparator ?? token.key
            case .punctuation:
                if token.key == "(" { pendingOpen = true }
                if token.key == ")" { pendingClose = true }
            }
        }
        self.tokens = tokens
        keys = tokens.map(\.key)
        lower = tokens.map { source[$0.range].lowercased() }
        capitalised = tokens.map { token in
            guard let first = source[token.range].first else { return false }
            return first.isUppercase || first.isNumber
        }
        self.separatorBefore = separatorBefore
        self.commaBefore = commaBefore
        self.openBefore = openBefore
        self.closeBefore = closeBefore
    }

    /// Whether `phrase` (folded keys) is printed from word `start` on, with no separator inside it.
    func has(_ phrase: [String], at start: Int) -> Bool {
        guard start + phrase.count <= count else { return false }
        for (offset, key) in phrase.enumerated() {
            guard keys[start + offset] == key, offset == 0 || !separatorBefore[start + offset] else { return false }
        }
        return true
    }

    /// The text as printed from word `start` through word `last`.
    func printed(_ start: Int, through last: Int) -> String {
        String(source[tokens[start].range.lowerBound..<tokens[last].range.upperBound])
    }
}
