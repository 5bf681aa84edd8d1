/// CSV quoting on UTF-8 bytes: a field is scanned once for the one ASCII byte that needs doubling,
/// instead of a Unicode-aware search through Foundation's UTF-16 bridge for every field.
public enum CSVField {
    private static let quote = UInt8(ascii: "\"")

    /// The field between double quotes, each quote inside doubled.
    public static func quoted(_ field: String) -> String {
        guard field.utf8.contains(quote) else { return "\"" + field + "\"" }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(field.utf8.count + 8)
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 4180's minimum: only a field with a comma, quote or line break needs quotes.
    public static func quotedIfNeeded(_ field: String) -> String {
        for byte in field.utf8 where byte == UInt8(ascii: ",") || byte == quote || byte == 0x0A || byte == 0x0D {
            return quoted(field)
        }
        return field
    }
}
