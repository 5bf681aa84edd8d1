/// A file kehoach cannot turn into a plan's text: each says what the file is and what to do, in
/// Vietnamese (the default) and English. Nothing is stored when one is thrown.
public enum FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    case refusedKind(FileKind)
    case tooLarge(bytes: UInt64, limit: UInt64)
    case notARegularFile
    case notFound
    case permissionDenied
    case unreadable(reason: String)
    case corruptZip
    case unsafeEntryPath(String)
    case zipBomb(uncompressed: UInt64, limit: UInt64)
    case xmlRejected(part: String, reason: String)
    case pdftotextMissing
    case pdfEncrypted
    case pdfUnreadable(reason: String)
    case pdfTimedOut(seconds: Int)
    case pdfOutputTooLarge(limit: Int)
    case pdfNoTextLayer
    case pdfGarbledText(shareNotVietnamese: Int)

    public var description: String { english }
    public var vietnamese: String { wording.vi }
    public var english: String { wording.en }

    /// Both languages side by side, so that neither can be forgotten.
    private var wording: (vi: String, en: String) {
        switch self {
        case .refusedKind(let kind): return Self.refusal(kind)
        case .tooLarge(let bytes, let limit):
            return ("tệp nặng \(bytes / 1_000_000) MB, vượt giới hạn \(limit / 1_000_000) MB",
                    "the file is \(bytes / 1_000_000) MB, over the limit of \(limit / 1_000_000) MB")
        case .notARegularFile: return ("đây không phải là một tệp thông thường", "this is not a regular file")
        case .notFound: return ("không có tệp này", "no such file")
        case .permissionDenied: return ("không có quyền đọc tệp này", "permission denied")
        case .unreadable(let reason): return ("không đọc được tệp: \(reason)", "cannot read the file: \(reason)")
        case .corruptZip:
            return ("tệp Word bị hỏng hoặc không trọn vẹn (gói ZIP không đọc được); hãy lấy lại bản gốc",
                    "the Word file is damaged or incomplete (its ZIP package cannot be read); get the original again")
        case .unsafeEntryPath(let path):
            return ("tệp Word chứa đường dẫn không an toàn (\(path)); không đọc",
                    "the Word file holds an unsafe path (\(path)); not read")
        case .zipBomb(let size, let limit):
            return ("tệp Word giải nén ra \(size / 1_000_000) MB, vượt giới hạn \(limit / 1_000_000) MB (có thể là tệp độc hại); không đọc",
                    "the Word file unpacks to \(size / 1_000_000) MB, over the limit of \(limit / 1_000_000) MB (possibly malicious); not read")
        case .xmlRejected(let part, let reason):
            return ("phần \(part) của tệp Word không hợp lệ: \(reason)", "the Word file's part \(part) is not valid: \(reason)")
        case .pdftotextMissing:
            return ("cần chương trình pdftotext để đọc PDF; hãy cài gói poppler-utils (apt-get install poppler-utils, hoặc make deps)",
                    "reading a PDF needs pdftotext; install poppler-utils (apt-get install poppler-utils, or make deps)")
        case .pdfEncrypted:
            return ("tệp PDF có mật khẩu hoặc bị mã hoá; hãy dùng bản không khoá hoặc tệp Word (.docx)",
                    "the PDF is password-protected or encrypted; use an unlocked copy or the Word (.docx) file")
        case .pdfUnreadable(let reason): return ("không đọc được tệp PDF: \(reason)", "cannot read the PDF: \(reason)")
        case .pdfTimedOut(let seconds):
            return ("đọc tệp PDF quá \(seconds) giây, đã dừng", "reading the PDF took over \(seconds) seconds and was stopped")
        case .pdfOutputTooLarge(let limit):
            return ("chữ trong tệp PDF vượt \(limit / 1_000_000) MB, đã dừng",
                    "the PDF's text is over \(limit / 1_000_000) MB and was stopped")
        case .pdfNoTextLayer:
            return ("tệp PDF không có lớp chữ (bản quét, chỉ có ảnh); hãy nhập tệp Word (.docx) của văn bản",
                    "the PDF has no text layer (a scan, images only); import the document's Word (.docx) file")
        case .pdfGarbledText(let share):
            return ("lớp chữ của tệp PDF bị lỗi phông (\(share)% từ không phải tiếng Việt, thường do phông TCVN3/VNI cũ); "
                        + "hãy nhập tệp Word (.docx) của văn bản",
                    "the PDF's text layer is garbled (\(share)% of words are not Vietnamese, typically an old TCVN3/VNI font); "
                        + "import the document's Word (.docx) file")
        }
    }

    private static func refusal(_ kind: FileKind) -> (vi: String, en: String) {
        switch kind {
        case .legacyOffice:
            return ("đây là tệp Word/Excel đời cũ (.doc/.xls); hãy mở trong Word và lưu thành .docx (hoặc xuất PDF) rồi nhập lại",
                    "this is a legacy Word/Excel file (.doc/.xls); open it in Word, save it as .docx (or export a PDF) and import that")
        case .encryptedOffice:
            return ("tệp Word có đặt mật khẩu; hãy mở bằng Word, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại .docx",
                    "the Word file is password-protected; open it in Word, remove the password (File > Info > Protect Document) "
                        + "and save it as .docx again")
        case .odt:
            return ("đây là tệp OpenDocument (.odt); hãy lưu thành .docx rồi nhập lại",
                    "this is an OpenDocument file (.odt); save it as .docx and import that")
        case .xlsx:
            return ("đây là bảng tính Excel (.xlsx), không phải văn bản kế hoạch; hãy nhập tệp Word (.docx) hoặc PDF",
                    "this is an Excel workbook (.xlsx), not a plan document; import the Word (.docx) or PDF file")
        case .zip:
            return ("đây là tệp nén ZIP, không phải tệp Word; hãy giải nén và nhập tệp .docx hoặc .pdf bên trong",
                    "this is a ZIP archive, not a Word file; unpack it and import the .docx or .pdf inside")
        case .rtf:
            return ("đây là tệp RTF; hãy mở trong Word và lưu thành .docx rồi nhập lại",
                    "this is an RTF file; open it in Word, save it as .docx and import that")
        case .image:
            return ("đây là tệp ảnh; kehoach không đọc chữ trong ảnh, hãy nhập tệp Word (.docx) của văn bản",
                    "this is an image; kehoach does not read text in images: import the document's Word (.docx) file")
        case .text, .markdown, .utf16Text, .docx, .pdf:
            return ("không đọc được loại tệp này", "this kind of file cannot be read")
        }
    }
}
