import Foundation

/// Vietnamese alphabetical order (a ă â b c d đ e ê …, tones secondary), from the platform's ICU.
///
/// Asking ICU through Foundation costs some 30,000 instructions a comparison on Linux (a locale is made
/// each time), so sorting the 500 agencies of a plan took a fifth of the dashboard's first frame. A name
/// made only of what Vietnamese names are made of (letters of the Vietnamese alphabet and the four
/// foreign ones, with their tones, in either case; digits; spaces; - , . ( ) / &) gets a sort key instead, built from the
/// same rules ICU's Vietnamese tailoring applies at its three levels; anything else is asked of ICU. The
/// two agree wherever both answer (tested against ICU), so they can be mixed in one sort.
public enum VietnameseCollation {
    private static let locale = Locale(identifier: "vi_VN")

    public static func compare<S: StringProtocol>(_ a: S, _ b: S) -> ComparisonResult {
        if let x = sortKey(a), let y = sortKey(b) { return compare(keys: x, y) }
        return icuCompare(a, b)
    }

    public static func areInIncreasingOrder<S: StringProtocol>(_ a: S, _ b: S) -> Bool {
        compare(a, b) == .orderedAscending
    }

    /// Sorts by a name, in Vietnamese order (stable: names ICU finds equal keep their order).
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        let named = items.map { item -> (name: String, key: [UInt8]?, item: T) in
            let text = name(item)
            return (text, sortKey(text), item)
        }
        return named.sorted { a, b in
            if let x = a.key, let y = b.key { return compare(keys: x, y) == .orderedAscending }
            return icuCompare(a.name, b.name) == .orderedAscending
        }.map(\.item)
    }

    static func icuCompare<S: StringProtocol>(_ a: S, _ b: S) -> ComparisonResult {
        String(a).compare(String(b), options: [], range: nil, locale: locale)
    }

    private static func compare(keys a: [UInt8], _ b: [UInt8]) -> ComparisonResult {
        for (x, y) in zip(a, b) where x != y { return x < y ? .orderedAscending : .orderedDescending }
        return a.count == b.count ? .orderedSame : a.count < b.count ? .orderedAscending : .orderedDescending
    }

    /// The three levels one after another, each ended by 0 (below every weight): the letters (primary),
    /// then the tones (secondary: a letter's own weight, then its tone's), then the case (tertiary).
    /// nil when the text holds anything the table does not know.
    static func sortKey<S: StringProtocol>(_ text: S) -> [UInt8]? {
        var primary: [UInt8] = [], secondary: [UInt8] = [], tertiary: [UInt8] = []
        primary.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let weights = table[scalar.value] else { return nil }
            primary.append(weights.primary)
            secondary.append(1)
            tertiary.append(weights.upper ? 2 : 1)
            if weights.tone > 0 {
                secondary.append(1 + weights.tone)
                tertiary.append(1)
            }
        }
        return primary + [0] + secondary + [0] + tertiary
    }

    private struct Weights {
        var primary: UInt8
        /// 0 for none; 1–5 for huyền, hỏi, ngã, sắc, nặng, the order ICU's Vietnamese tailoring gives them.
        var tone: UInt8
        var upper: Bool
    }

    /// Space, punctuation, the digits, then the alphabet with ă â after a, đ after d, ê after e, ô ơ after o,
    /// ư after u.
    private static let table: [UInt32: Weights] = {
        var table: [UInt32: Weights] = [:]
        // The punctuation of agency names, in the root collation's order, before the digits.
        for (offset, mark) in " -,.()/&0123456789".unicodeScalars.enumerated() {
            table[mark.value] = Weights(primary: UInt8(1 + offset), tone: 0, upper: false)
        }
        let tones = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]
        for (offset, letter) in "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".enumerated() {
            let primary = UInt8(20 + offset)
            for (tone, mark) in tones.enumerated() {
                for (cased, upper) in [(String(letter), false), (String(letter).uppercased(), true)] {
                    // Only a letter and tone that compose into one scalar: "b" with a tone stays two.
                    let composed = (cased + mark).precomposedStringWithCanonicalMapping.unicodeScalars
                    guard composed.count == 1, let scalar = composed.first else { continue }
                    table[scalar.value] = Weights(primary: primary, tone: UInt8(tone), upper: upper)
                }
            }
        }
        return table
    }()
}
