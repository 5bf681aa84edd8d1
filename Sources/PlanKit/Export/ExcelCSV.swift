/// CSV that Excel and LibreOffice open correctly as they are usually double-clicked: UTF-8 with a
/// byte-order mark (without it Excel reads Vietnamese as Windows-1252), CRLF line ends, and every field
/// quoted with quotes doubled (so a leading zero, a comma or a line break inside a field survives).
public enum ExcelCSV {
    public static let byteOrderMark = "\u{FEFF}"

    /// One record, ending in CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
    }

    /// A whole file: the mark, then the records.
    public static func document(_ records: [[String]]) -> String {
        var text = byteOrderMark
        for fields in records { text += record(fields) }
        return text
    }
}
