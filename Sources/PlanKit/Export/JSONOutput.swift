import Foundation

/// The JSON every output of kehoach writes: pretty-printed, keys sorted, slashes and Vietnamese as they
/// are, and the characters a terminal or a script would trip on escaped (`OutputEscaping.json`).
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, iso8601Dates: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if iso8601Dates { encoder.dateEncodingStrategy = .iso8601 }
        return OutputEscaping.json(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
