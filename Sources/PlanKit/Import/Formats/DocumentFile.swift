import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as kehoach imports it: what it is (by content), the digest of its bytes, and its text in
/// the shape the plan readers take. The one entry point for `kehoach import` and every other path
/// that reads a plan from a file.
public struct DocumentFile: Sendable {
    public var kind: FileKind
    /// SHA-256 of the file's bytes, as received.
    public var digest: String
    public var text: String

    /// A Word or PDF file larger than this is not a plan (the largest real ones are a few MB).
    public static let sizeLimit: UInt64 = 64_000_000
    /// A plan text (or kehoach's own export) is as large as the plan: 100,000 tasks are 60–80 MB. The limit
    /// is for what is not a document, and what a Swift `String` of it costs the machine.
    public static let textSizeLimit = 2_000_000_000

    /// The limit for a file that begins with `head`: a package (PDF, Word, any ZIP or OLE file, RTF, an
    /// image) is held to `sizeLimit`, text to `textSizeLimit`.
    public static func sizeLimit(head: [UInt8]) -> Int {
        switch FileKind.detect(head: head, zipEntryNames: { [] }) {
        case .utf16Text: return textSizeLimit
        case .text, .markdown:
            // A NUL or another control that text never holds (SourceText refuses them): not a plan text.
            let binary = head.contains { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }
            return binary ? Int(sizeLimit) : textSizeLimit
        default: return Int(sizeLimit)
        }
    }

    /// Reads, detects and extracts: the file is read by `InputFile` (kind and size from fstat before a
    /// byte is read), its refusals said as `FormatError`s.
    public static func read(path: String, pdf runner: PDFTextRunner = PDFTextRunner()) throws -> DocumentFile {
        let data: Data
        do {
            data = try InputFile.read(path, limitByHead: sizeLimit(head:))
        } catch let error as InputFile.ReadError {
            switch error {
            case .notFound: throw FormatError.notFound
            case .notRegular: throw FormatError.notARegularFile
            case .tooLarge(_, let bytes, let limit): throw FormatError.tooLarge(bytes: UInt64(bytes), limit: UInt64(limit))
            case .failed(_, let code) where code == EACCES || code == EPERM: throw FormatError.permissionDenied
            case .failed(_, let code) where code == ENOTDIR: throw FormatError.notFound
            case .failed(_, let code): throw FormatError.unreadable(reason: String(cString: strerror(code)))
            }
        }
        return try extract(data, path: path, pdf: runner)
    }

    /// `data` is the file's content; `path` names it (a PDF is handed to poppler by its path).
    public static func extract(_ data: Data, path: String, pdf runner: PDFTextRunner = PDFTextRunner()) throws -> DocumentFile {
        let head = Array(data.prefix(16))
        let kind = try FileKind.detect(head: head, zipEntryNames: { try ZipPackage.entryNames(of: data) },
                                       isEncryptedPackage: { data.range(of: Data(FileKind.encryptedPackageName)) != nil })
        let digest = SHA256.hex(of: data)
        switch kind {
        case .docx:
            return DocumentFile(kind: .docx, digest: digest, text: try DocxReader.text(of: data))
        case .pdf:
            return DocumentFile(kind: .pdf, digest: digest, text: try PDFReader.text(ofFile: path, runner: runner))
        case .utf16Text:
            // What Windows' Notepad calls "Unicode": read, then checked as any text is.
            guard var decoded = String(data: data, encoding: .utf16) else { throw ImportError.notUTF8(byteOffset: 0) }
            if decoded.unicodeScalars.first == "\u{FEFF}" { decoded.unicodeScalars.removeFirst() }
            let text = try SourceText.decode(Data(decoded.utf8))
            return DocumentFile(kind: .utf16Text, digest: digest, text: text)
        case .text, .markdown:
            let text = try SourceText.decode(data)
            let isMarkdown = ["md", "markdown"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
            return DocumentFile(kind: isMarkdown ? .markdown : .text, digest: digest, text: text)
        default:
            throw FormatError.refusedKind(kind)
        }
    }
}
