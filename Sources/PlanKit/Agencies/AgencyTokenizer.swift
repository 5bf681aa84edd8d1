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
        var keyBuffer: [UInt8] = []
        keyBuffer.reserveCapacity(32)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                var end = scalars.index(after: index)
                while end < scalars.endIndex, isWordScalar(scalars[end]) { end = scalars.index(after: end) }
                keyBuffer.removeAll(keepingCapacity: true)
                SearchKey.append(scalars[index..<end], to: &keyBuffer)
                let key = String(decoding: keyBuffer, as: UTF8.self)
                for part in expansions[key] ?? [key] {
                    result.append(AgencyToken(kind: .word, key: part, range: index..<end))
                }
                index = end
                continue
            }
            let next = scalars.index(after: index)
            switch scalar {
            case "&": result.append(AgencyToken(kind: .word, key: "va", range: index..<next))
            case ",", ";": result.append(AgencyToken(kind: .listSeparator, key: String(scalar), range: index..<next))
            case " ", "\t", "\n": break
            default: result.append(AgencyToken(kind: .punctuation, key: String(scalar), range: index..<next))
            }
            index = next
        }
        return result
    }

    /// Letters, digits and the marks that attach to them; decided per scalar, without grapheme breaking.
    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        if (0x1EA0...0x1EF9).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7 { return true }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }
}

/// Finds the longest known agency name starting at a word: a trie over word keys, so a lookup costs
/// the length of the match, not one string join per candidate length.
struct AgencyMatcher: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var agencyAt: [Int?] = [nil]
    /// The entries that are collectives ("sở, ban, ngành có liên quan"), where a list of kinds ends.
    var collectives: Set<Int> = []

    /// `droppingAnd`: the name without the "và" that joins two words of it ("Sở Khoa học Công nghệ"); nothing
    /// where it has none.
    mutating func add(_ name: String, agency: Int, droppingAnd: Bool = false) {
        add(keys: Self.keys(of: name), agency: agency, droppingAnd: droppingAnd)
    }

    /// A name's word keys, as `add` and `longestMatch` compare them.
    static func keys(of name: String) -> [String] {
        AgencyTokenizer.tokens(of: name.nfc).filter(\.isWord).map(\.key)
    }

    /// `add` for a name already split into keys (a directory adds each name twice).
    mutating func add(keys: [String], agency: Int, droppingAnd: Bool = false) {
        var keys = keys
        if droppingAnd {
            let inner = keys.indices.dropFirst().dropLast().filter { keys[$0] == "va" }
            guard !inner.isEmpty else { return }
            keys = keys.indices.filter { !inner.contains($0) }.map { keys[$0] }
        }
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = next
            } else {
                children.append([:])
                agencyAt.append(nil)
                children[node][key] = children.count - 1
                node = children.count - 1
            }
        }
        // The first entry to claim a name keeps it (a canonical name before another agency's alias).
        if agencyAt[node] == nil { agencyAt[node] = agency }
    }

    func longestMatch(in keys: [String], from start: Int) -> (agency: Int, length: Int)? {
        var node = 0
        var best: (agency: Int, length: Int)?
        var index = start
        while index < keys.count, let next = children[node][keys[index]] {
            node = next
            index += 1
            if let agency = agencyAt[node] { best = (agency, index - start) }
        }
        return best
    }
}
