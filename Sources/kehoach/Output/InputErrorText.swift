import Wording
import Foundation
import PlanKit

/// Why a file named on the command line could not be read or is not a plan, in the interface language,
/// with the file and, where there is one, the byte.
enum InputErrorText {
    static func describe(_ error: InputFile.ReadError, _ l: Language) -> String {
        switch error {
        case .notFound(let path):
            return l(CommandMessage.inputErrorNoSuchFile(path: path))
        case .notRegular(let path, let kind):
            let what: String
            switch kind {
            case .directory: what = l(CommandWord.inputErrorDirectoryNotFile)
            case .fifo: what = l(CommandWord.inputErrorPipeFifoNotRegular)
            case .characterDevice, .blockDevice:
                what = l(CommandWord.inputErrorDeviceNotRegularFile)
            case .socket: what = l(CommandWord.inputErrorSocketNotRegularFile)
            case .other: what = l(CommandWord.inputErrorNotRegularFile)
            }
            return "\(path): \(what)"
        case .tooLarge(let path, let bytes, let limit):
            return l(CommandMessage.inputErrorFileOverLimit(path: path, size: megabytes(bytes), limit: megabytes(limit)))
        case .failed(let path, let code):
            return l(CommandMessage.inputErrorCannotRead(path: path, reason: SystemErrorText.reason(code, l)))
        }
    }

    /// An import refusal; a UTF-16 file (what Windows' Notepad calls "Unicode") is named as such
    /// rather than as binary.
    static func describe(_ error: ImportError, path: String, data: Data, _ l: Language) -> String {
        if looksUTF16(data) {
            return l(CommandMessage.inputErrorUTF16(path: path))
        }
        let text: String
        switch error {
        case .empty: text = l(CommandWord.inputErrorFileEmpty)
        case .tooLarge(let bytes, let limit):
            text = l(CommandMessage.inputErrorTextOverLimit(size: megabytes(bytes), limit: megabytes(limit)))
        case .notUTF8(let offset):
            text = l(CommandMessage.inputErrorNotUTF8(offset: offset))
        case .binary(let offset):
            text = l(CommandMessage.inputErrorFileLooksBinaryNot(offset: offset))
        case .notAPlan(let reason):
            text = l(CommandMessage.inputErrorDoesNotLookLike(reason: reason))
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
