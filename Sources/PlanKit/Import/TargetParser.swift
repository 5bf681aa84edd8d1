/// Reads the numeric targets of an objective: "khoảng 300 nhân lực mỗi năm" → about 300 people per year.
/// A number counts only with a known unit after it, so years, "4.0" and document numbers are not targets.
public enum TargetParser {
    /// Units plans count in, longest first so "tỷ đồng" wins over a bare number.
    static let units: [String] = [
        "nhân lực", "dự án", "lượt", "sinh viên", "học viên", "học sinh", "người", "doanh nghiệp", "kỹ sư",
        "chuyên gia", "giảng viên", "trung tâm", "phòng thí nghiệm", "chương trình", "khóa", "khoá", "lớp",
        "sản phẩm", "cơ sở", "tỷ đồng", "triệu đồng", "tỷ USD", "triệu USD", "ha", "%",
    ]
    private static let unitKeys: [(key: [Substring], unit: String)] = units
        .map { (SearchKey.make($0).split(separator: " "), $0) }
        .sorted { $0.key.count > $1.key.count }

    private static let qualifiers: [(String, Target.Qualifier)] = [
        ("khoang", .about), ("toi thieu", .atLeast), ("it nhat", .atLeast), ("tren", .atLeast),
        ("toi da", .atMost), ("khong qua", .atMost), ("duoi", .atMost), ("gan", .about),
    ]

    public static func parse(_ text: String, level: ObjectiveLevel) -> [Target] {
        let source = text.nfc
        let words = source.split(whereSeparator: { $0 == " " })
        let keys = words.map { SearchKey.make(stripPunctuation($0)) }
        let textKey = SearchKey.make(source)
        let perYear = textKey.contains("moi nam") || textKey.contains("hang nam") || textKey.contains("/nam")
        let period: Target.Period
        if perYear { period = .perYear } else if case .byYear(let y) = level { period = .byYear(y) } else { period = .none }

        var targets: [Target] = []
        for (i, word) in words.enumerated() {
            let trimmed = stripPunctuation(word)
            guard let value = VietnameseNumber.parse(trimmed), !isLikelyYear(trimmed, next: i + 1 < keys.count ? keys[i + 1] : "") else {
                continue
            }
            // The unit: the longest known unit starting at the next word.
            let following = keys[(i + 1)...].prefix(4).map { Substring($0) }
            guard let unit = unitKeys.first(where: { candidate in
                candidate.key.count <= following.count && Array(following.prefix(candidate.key.count)) == candidate.key
            }) else { continue }
            var qualifier = Target.Qualifier.exact
            var phraseStart = i
            for (qualifierKey, q) in qualifiers {
                let qWords = qualifierKey.split(separator: " ")
                let from = i - qWords.count
                if from >= 0, keys[from..<i].map({ Substring($0) }) == qWords {
                    qualifier = q
                    phraseStart = from
                    break
                }
            }
            let phraseEnd = min(words.count, i + 1 + unit.key.count)
            let phrase = words[phraseStart..<phraseEnd].joined(separator: " ").trimmingSuffix { ",;:.)".contains($0) }
            targets.append(Target(value: value, valueText: String(trimmed), qualifier: qualifier, unit: unit.unit,
                                  period: period, phrase: String(phrase)))
        }
        return targets
    }

    private static let edgePunctuation: Set<Character> = ["(", ")", ",", ";", ":", ".", "“", "”", "\"", "'"]

    /// The word without the punctuation around it ("(khoảng" → "khoảng", "năm)." → "năm").
    static func stripPunctuation(_ word: Substring) -> Substring {
        var w = word
        while let f = w.first, edgePunctuation.contains(f) { w = w.dropFirst() }
        while let l = w.last, edgePunctuation.contains(l) { w = w.dropLast() }
        return w
    }

    private static func isLikelyYear(_ text: Substring, next: String) -> Bool {
        text.count == 4 && text.allSatisfy(\.isNumber) && (1900...2200).contains(Int(text) ?? 0)
    }
}

/// Numbers as Vietnamese writes them: "." groups thousands, "," marks decimals, leading zeros are kept in print.
public enum VietnameseNumber {
    /// "1.000" → 1000, "197,61" → 197.61, "01" → 1, "2.000.000" → 2000000; nil for "4.0" or "1017/QĐ".
    public static func parse<S: StringProtocol>(_ text: S) -> Double? {
        guard let first = text.first, first.isASCII, first.isNumber else { return nil }
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { return nil }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            // Thousands groups are exactly three digits after the first.
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) else { return nil }
        }
        let integer = groups.joined()
        guard !integer.isEmpty else { return nil }
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return nil }
            return Double("\(integer).\(parts[1])")
        }
        return Double(integer)
    }
}

extension StringProtocol {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
