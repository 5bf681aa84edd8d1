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

    /// Appends the key of `text` to a buffer, reading its UTF-8 bytes directly: the loader makes a key for
    /// every task of a plan, and decoding scalars one by one costs more than the folding itself.
    public static func append(utf8 text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var lastWasSpace = true
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x20 || b == 0x09 || b == 0x0A {
                        if !lastWasSpace { out.append(0x20) }
                        lastWasSpace = true
                    } else {
                        lastWasSpace = false
                        out.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
                    }
                    i += 1
                    continue
                }
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                guard i + length <= n else { break }
                var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += length
                if v < UInt32(asciiFolding.count) {
                    let folded = asciiFolding[Int(v)]
                    if folded == 0 { continue }
                    if folded != 0xFF {
                        lastWasSpace = false
                        out.append(folded)
                        continue
                    }
                }
                lastWasSpace = false
                if let scalar = Unicode.Scalar(v) { out.append(contentsOf: fold(scalar).utf8) }
            }
        }
        if out.last == 0x20 { out.removeLast() }
    }

    /// Appends the key of `scalars` to a buffer the caller may reuse (the importer makes one key per word).
    public static func append<C: Collection>(_ scalars: C, to out: inout [UInt8]) where C.Element == Unicode.Scalar {
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
            if v < UInt32(asciiFolding.count) {
                let folded = asciiFolding[Int(v)]
                if folded == 0 { continue }  // a combining mark: nothing to add
                if folded != 0xFF {
                    lastWasSpace = false
                    out.append(folded)
                    continue
                }
            }
            lastWasSpace = false
            out.append(contentsOf: fold(scalar).utf8)
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

    /// The folded form of every scalar below U+1F00 that folds to one ASCII byte (0: folds to nothing,
    /// 0xFF: look it up the slow way), computed once: a key is made for every task at every load, and
    /// Foundation's decomposition per scalar is slow.
    private static let asciiFolding: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 0x1F00)
        // Only the Latin blocks and combining marks are worked out ahead (about a thousand scalars: a
        // cold start pays for these); anything else in range keeps 0xFF and is folded when met.
        let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF]
        for v in ranges.joined() {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let folded = Array(fold(scalar).utf8)
            if folded.isEmpty {
                table[Int(v)] = 0
            } else if folded.count == 1, folded[0] < 0x80 {
                table[Int(v)] = folded[0]
            }
        }
        return table
    }()

    /// True when every space-separated word of `query` occurs in `key`, in any order.
    public static func matches(key: String, query: String) -> Bool {
        matches(key: key, words: words(of: query))
    }

    /// The query's words as search keys: made once per query, then matched against every row. Longest
    /// first: the rarest word usually rules a row out on the first test.
    public static func words(of query: String) -> [String] {
        make(query).split(separator: " ").map(String.init).sorted { $0.utf8.count > $1.utf8.count }
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
