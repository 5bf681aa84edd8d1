import Foundation

/// Diacritic- and case-insensitive keys: "so ke hoach" finds "Sở Kế hoạch", and đ folds to d.
public enum SearchKey {
    /// Marks stripped (after canonical decomposition), đ/Đ made d, lowercased, spaces collapsed.
    public static func make<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text.unicodeScalars, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the key of `scalars` to a buffer the caller may reuse (the importer makes one key per word).
    static func append<C: Collection>(_ scalars: C, to out: inout [UInt8]) where C.Element == Unicode.Scalar {
        var lastWasSpace = true
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                if v == 0x20 || v == 0x09 || v == 0x0A {
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                    out.append(UInt8(v) | ((0x41...0x5A).contains(v) ? 0x20 : 0))
                }
                continue
            }
            lastWasSpace = false
            if let folded = latinFolding[v] {
                out.append(contentsOf: folded.utf8)
            } else {
                out.append(contentsOf: fold(scalar).utf8)
            }
        }
        if out.last == 0x20 { out.removeLast() }
    }

    /// Decomposes, drops marks, maps đ to d and lowercases one scalar.
    private static func fold(_ scalar: Unicode.Scalar) -> String {
        var folded = ""
        for piece in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch piece.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if piece.value == 0x0111 || piece.value == 0x0110 { folded += "d"; continue }
            folded += piece.properties.lowercaseMapping
        }
        return folded
    }

    /// The folded form of every Latin letter Vietnamese uses (and its neighbours), computed once:
    /// search keys are made for every word of every plan, and Foundation's decomposition is slow.
    private static let latinFolding: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF]
        for range in ranges {
            for v in range {
                if let scalar = Unicode.Scalar(v) { table[v] = fold(scalar) }
            }
        }
        return table
    }()

    /// True when every space-separated word of `query` occurs in `key`, in any order.
    public static func matches(key: String, query: String) -> Bool {
        matches(key: key, words: words(of: query))
    }

    /// The query's words as search keys: made once per query, then matched against every row.
    public static func words(of query: String) -> [String] {
        make(query).split(separator: " ").map(String.init)
    }

    /// True when every word occurs in `key` (an empty query matches everything).
    public static func matches(key: String, words: [String]) -> Bool {
        words.allSatisfy { key.includes($0) }
    }

    /// Lowercase ASCII words joined by hyphens: "Kon Tum" → "kon-tum".
    public static func slug<S: StringProtocol>(_ text: S) -> String {
        make(text).split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .joined(separator: "-")
    }
}
