import Wording
import Foundation
import PlanKit

/// Why a file named on the command line could not be read or is not a plan, in the interface language,
/// with the file and, where there is one, the byte.
enum InputErrorText {
    static func describe(_ error: InputFile.ReadError, _ l: Language) -> String {
        switch error {
        case .notFound(let path):
            return l.pick(vi: "\(path): không có tệp này", en: "\(path): no such file")
        case .notRegular(let path, let kind):
            let what: String
            switch kind {
            case .directory: what = l.pick(vi: "là một thư mục, không phải tệp", en: "is a directory, not a file")
            case .fifo: what = l.pick(vi: "là một ống (FIFO), không phải tệp thường", en: "is a pipe (FIFO), not a regular file")
            case .characterDevice, .blockDevice:
                what = l.pick(vi: "là một thiết bị, không phải tệp thường", en: "is a device, not a regular file")
            case .socket: what = l.pick(vi: "là một socket, không phải tệp thường", en: "is a socket, not a regular file")
            case .other: what = l.pick(vi: "không phải tệp thường", en: "is not a regular file")
            }
            return "\(path): \(what)"
        case .tooLarge(let path, let bytes, let limit):
            return l.pick(vi: "\(path): tệp \(megabytes(bytes)) MB, quá giới hạn \(megabytes(limit)) MB của một kế hoạch; không đọc",
                          en: "\(path): the file is \(megabytes(bytes)) MB, over a plan's limit of \(megabytes(limit)) MB; not read")
        case .failed(let path, let code):
            return l.pick(vi: "không đọc được \(path): \(SystemErrorText.reason(code, l))",
                          en: "cannot read \(path): \(SystemErrorText.reason(code, l))")
        }
    }

    /// An import refusal; a UTF-16 file (what Windows' Notepad calls "Unicode") is named as such
    /// rather than as binary.
    static func describe(_ error: ImportError, path: String, data: Data, _ l: Language) -> String {
        if looksUTF16(data) {
            return l.pick(vi: "\(path): tệp là UTF-16, không phải UTF-8; lưu lại dưới dạng UTF-8 rồi thử lại",
                          en: "\(path): the file is UTF-16, not UTF-8; save it as UTF-8 and try again")
        }
        let text: String
        switch error {
        case .empty: text = l.pick(vi: "tệp rỗng", en: "the file is empty")
        case .tooLarge(let bytes, let limit):
            text = l.pick(vi: "tệp \(megabytes(bytes)) MB; văn bản một kế hoạch tối đa \(megabytes(limit)) MB",
                          en: "the file is \(megabytes(bytes)) MB; a plan's text is at most \(megabytes(limit)) MB")
        case .notUTF8(let offset):
            text = l.pick(vi: "tệp không phải văn bản UTF-8 (chuỗi byte sai ở byte \(offset)); lưu lại dưới dạng UTF-8 rồi thử lại",
                          en: "the file is not UTF-8 text (invalid byte sequence at byte \(offset)); save it as UTF-8 and try again")
        case .binary(let offset):
            text = l.pick(vi: "tệp có vẻ là tệp nhị phân, không phải văn bản (byte điều khiển ở byte \(offset))",
                          en: "the file looks binary, not text (control byte at byte \(offset))")
        case .notAPlan(let reason):
            text = l.pick(vi: "không giống một kế hoạch: \(reason)", en: "this does not look like a plan: \(reason)")
        }
        return "\(path): \(text)"
    }

    /// A UTF-16 byte-order mark, or NUL in every other byte of the start (ASCII text in UTF-16).
    static func looksUTF16(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(64))
        if head.count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)) { return true }
        guard head.count >= 8 else { return false }
        let even = stride(from: 0, to: head.count, by: 2).filter { head[$0] == 0 }.count
        let odd = stride(from: 1, to: head.count, by: 2).filter { head[$0] == 0 }.count
        let half = head.count / 2
        return (even == 0 && odd > half * 3 / 4) || (odd == 0 && even > half * 3 / 4)
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 10_000_000 ? String(bytes / 1_000_000) : String(format: "%.1f", Double(bytes) / 1_000_000)
    }
}
