import Foundation

/// The reason of a failed system call in the interface language: strerror(3) speaks the C locale's
/// English, so the errors a user meets (a full disk, a read-only or forbidden place) are worded here.
public enum SystemErrorText {
    public static func reason(_ code: Int32, _ language: Language) -> String {
        switch code {
        case ENOSPC: return language.pick(vi: "hết chỗ trên đĩa", en: "no space left on the device")
        case EDQUOT: return language.pick(vi: "vượt hạn mức đĩa", en: "disk quota exceeded")
        case EACCES, EPERM: return language.pick(vi: "không có quyền", en: "permission denied")
        case EROFS: return language.pick(vi: "hệ thống tệp chỉ đọc", en: "read-only file system")
        case ENOENT: return language.pick(vi: "không có tệp hoặc thư mục này", en: "no such file or directory")
        case ENOTDIR: return language.pick(vi: "một phần của đường dẫn không phải thư mục", en: "a part of the path is not a directory")
        case EISDIR: return language.pick(vi: "đây là một thư mục", en: "it is a directory")
        case EBADF: return language.pick(vi: "đầu ra đã bị đóng", en: "the output is closed")
        case EIO: return language.pick(vi: "lỗi vào/ra", en: "input/output error")
        case EFBIG: return language.pick(vi: "tệp quá lớn", en: "file too large")
        case ENAMETOOLONG: return language.pick(vi: "tên tệp quá dài", en: "file name too long")
        default:
            let text = String(cString: strerror(code))
            return language.pick(vi: "lỗi hệ thống \(code): \(text)", en: text)
        }
    }
}
