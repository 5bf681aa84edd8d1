/// Diacritic- and case-insensitive keys: "so ke hoach" finds "Sở Kế hoạch", and đ folds to d.
public enum SearchKey {
    /// Marks stripped (after canonical decomposition), đ/Đ made d, lowercased, spaces collapsed.
    public static func make<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in String(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if scalar == " " || scalar == "\t" || scalar == "\n" {
                    if !lastWasSpace { out.append(" ") }
                    lastWasSpace = true
                    continue
                }
                lastWasSpace = false
                out.append((0x41...0x5A).contains(v) ? Unicode.Scalar(UInt8(v + 32)) : scalar)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            lastWasSpace = false
            if v == 0x0111 || v == 0x0110 { out.append("d"); continue }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        var result = String(out)
        if result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// True when every space-separated word of `query` occurs in `key`, in any order.
    public static func matches(key: String, query: String) -> Bool {
        let words = make(query).split(separator: " ")
        if words.isEmpty { return true }
        return words.allSatisfy { key.contains($0) }
    }

    /// Lowercase ASCII words joined by hyphens: "Kon Tum" → "kon-tum".
    public static func slug<S: StringProtocol>(_ text: S) -> String {
        make(text).split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .joined(separator: "-")
    }
}
