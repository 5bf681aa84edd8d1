import Foundation

/// What a file is, told by its first bytes (and, for a ZIP, by the parts it holds), never by its name:
/// a Word file renamed `.txt` is still read as Word, a `.docx` that is really a PDF as a PDF. Text,
/// Markdown, UTF-16 text, Word and PDF are read; the other kinds are refused with what to do.
public enum FileKind: String, Sendable, Equatable, CaseIterable {
    case text, markdown, docx, pdf
    case utf16Text = "utf16-text"
    case odt, xlsx, zip, legacyOffice = "ole2", encryptedOffice = "encrypted-office", rtf, image

    /// Detects the kind from the file's head. A ZIP needs its entry names to tell Word from the rest;
    /// an OLE2 file, whether it holds a password-protected Word file (`isEncryptedPackage`).
    /// The name of the stream an encrypted Office file keeps its package in, as OLE2 directories
    /// spell names (UTF-16, little-endian).
    public static let encryptedPackageName: [UInt8] = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    public static func detect(head: [UInt8], zipEntryNames: () throws -> [String],
                              isEncryptedPackage: () -> Bool = { false }) rethrows -> FileKind {
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
            let names = Set(try zipEntryNames())
            if names.contains("word/document.xml") { return .docx }
            if names.contains("content.xml") { return .odt }
            if names.contains("xl/workbook.xml") { return .xlsx }
            return .zip
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Word saves a .docx with a password inside an OLE2 file, as a stream named EncryptedPackage.
            return isEncryptedPackage() ? .encryptedOffice : .legacyOffice
        }
        if starts(Array("{\\rtf".utf8)) { return .rtf }
        if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8))
            || starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .image }
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return .utf16Text }
        return .text
    }
}
