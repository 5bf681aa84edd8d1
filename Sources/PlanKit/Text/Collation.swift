import Foundation

/// Vietnamese alphabetical order (a ă â b c d đ e ê …, tones secondary), from the platform's ICU.
public enum VietnameseCollation {
    private static let locale = Locale(identifier: "vi_VN")

    public static func compare<S: StringProtocol>(_ a: S, _ b: S) -> ComparisonResult {
        String(a).compare(String(b), options: [], range: nil, locale: locale)
    }

    public static func areInIncreasingOrder<S: StringProtocol>(_ a: S, _ b: S) -> Bool {
        compare(a, b) == .orderedAscending
    }

    /// Sorts by a name, in Vietnamese order.
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        items.map { (name($0), $0) }
            .sorted { compare($0.0, $1.0) == .orderedAscending }
            .map { $0.1 }
    }
}
