/// CSV that Excel and LibreOffice open correctly as they are usually double-clicked: UTF-8 with a
/// byte-order mark (without it Excel reads Vietnamese as Windows-1252), CRLF line ends, and every field
/// quoted with quotes doubled (so a leading zero, a comma or a line break inside a field survives), and a
/// field that would be read as a formula neutralised (`OutputEscaping.csvField`).
public enum ExcelCSV {
    public static let byteOrderMark = "\u{FEFF}"

    /// One record, ending in CRLF.
    public static func record(_ fields: [String]) -> String {
        // Built as bytes: one buffer and one string per record, not three strings per field.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        appendRecord(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record, ending in CRLF, appended to a document's bytes (`record` as bytes).
    public static func appendRecord(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVField.appendSafeQuoted(field, to: &bytes)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// A whole file: the mark, then the records.
    public static func document(_ records: [[String]]) -> String {
        var text = byteOrderMark
        for fields in records { text += record(fields) }
        return text
    }
}
