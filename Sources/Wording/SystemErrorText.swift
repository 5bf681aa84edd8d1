import Foundation

/// The reason of a failed system call in the interface language: strerror(3) speaks the C locale's
/// English, so the errors a user meets (a full disk, a read-only or forbidden place) are worded here.
public enum SystemErrorText {
    public static func reason(_ code: Int32, _ language: Language) -> String {
        language(phrase(code))
    }

    static func phrase(_ code: Int32) -> SystemErrorPhrase {
        switch code {
        case ENOSPC: return .noSpace
        case EDQUOT: return .quotaExceeded
        case EACCES, EPERM: return .permissionDenied
        case EROFS: return .readOnlyFileSystem
        case ENOENT: return .noSuchFile
        case ENOTDIR: return .notADirectory
        case EISDIR: return .isADirectory
        case EBADF: return .outputClosed
        case EIO: return .inputOutput
        case EFBIG: return .fileTooLarge
        case ENAMETOOLONG: return .nameTooLong
        case EEXIST: return .fileExists
        default: return .other(code: code, text: String(cString: strerror(code)))
        }
    }
}
