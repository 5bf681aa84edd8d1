extension SystemErrorPhrase {
    public var english: String {
        switch self {
        case .noSpace: return "no space left on the device"
        case .quotaExceeded: return "disk quota exceeded"
        case .permissionDenied: return "permission denied"
        case .readOnlyFileSystem: return "read-only file system"
        case .noSuchFile: return "no such file or directory"
        case .notADirectory: return "a part of the path is not a directory"
        case .isADirectory: return "it is a directory"
        case .outputClosed: return "the output is closed"
        case .inputOutput: return "input/output error"
        case .fileTooLarge: return "file too large"
        case .nameTooLong: return "file name too long"
        case .fileExists: return "the file already exists"
        case .other(let code, let text): return "system error \(code): \(text)"
        }
    }
}
