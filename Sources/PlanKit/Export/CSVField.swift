/// CSV quoting on UTF-8 bytes: a field is scanned once for the one ASCII byte that needs doubling and
/// copied in runs, instead of a Unicode-aware search through Foundation's UTF-16 bridge for every field.
public enum CSVField {
    private static let quote = UInt8(ascii: "\"")

    /// Appends the field between double quotes, each quote inside doubled.
    public static func appendQuoted(_ field: String, to out: inout [UInt8]) {
        out.append(quote)
        var field = field
        field.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count where bytes[index] == quote {
                // The run up to and with the quote, then the quote again.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                out.append(quote)
                start = index + 1
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
        out.append(quote)
    }

    /// The field between double quotes, each quote inside doubled.
    public static func quoted(_ field: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.utf8.count + 2)
        appendQuoted(field, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 4180's minimum: only a field with a comma, quote or line break needs quotes.
    public static func quotedIfNeeded(_ field: String) -> String {
        var field = field
        let needs = field.withUTF8 { bytes in
            bytes.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }
        }
        return needs ? quoted(field) : field
    }
}
