/// Splits agency text into words for matching, keeping where each word stands in the original text.
/// Case, tone marks, đ/d, dashes and commas do not matter; "&" reads as "và", "UBND" as "Ủy ban nhân dân".
struct AgencyToken {
    enum Kind { case word, listSeparator, punctuation }
    var kind: Kind
    var key: String
    var range: Range<String.Index>
    var isWord: Bool { kind == .word }
}

enum AgencyTokenizer {
    private static let expansions: [String: [String]] = [
        "ubnd": ["uy", "ban", "nhan", "dan"],
        "hdnd": ["hoi", "dong", "nhan", "dan"],
    ]

    static func tokens(of text: String) -> [AgencyToken] {
        var result: [AgencyToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch.isLetter || ch.isNumber {
                var end = text.index(after: index)
                while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
                let key = SearchKey.make(text[index..<end])
                for part in expansions[key] ?? [key] {
                    result.append(AgencyToken(kind: .word, key: part, range: index..<end))
                }
                index = end
                continue
            }
            let next = text.index(after: index)
            switch ch {
            case "&": result.append(AgencyToken(kind: .word, key: "va", range: index..<next))
            case ",", ";": result.append(AgencyToken(kind: .listSeparator, key: String(ch), range: index..<next))
            case " ", "\t", "\n": break
            default: result.append(AgencyToken(kind: .punctuation, key: String(ch), range: index..<next))
            }
            index = next
        }
        return result
    }
}

/// Finds the longest known agency name starting at a word.
struct AgencyMatcher: Sendable {
    private var names: [String: Int] = [:]
    private(set) var longestName = 0

    mutating func add(_ name: String, agency: Int) {
        let keys = AgencyTokenizer.tokens(of: name.nfc).filter(\.isWord).map(\.key)
        guard !keys.isEmpty else { return }
        let joined = keys.joined(separator: " ")
        if names[joined] == nil { names[joined] = agency }
        longestName = max(longestName, keys.count)
    }

    func longestMatch(in keys: [String], from start: Int) -> (agency: Int, length: Int)? {
        let available = keys.count - start
        guard available > 0 else { return nil }
        var length = min(longestName, available)
        while length > 0 {
            if let agency = names[keys[start..<(start + length)].joined(separator: " ")] {
                return (agency, length)
            }
            length -= 1
        }
        return nil
    }
}
