extension SystemErrorPhrase {
    public var vietnamese: String {
        switch self {
        case .noSpace: return "hết chỗ trên đĩa"
        case .quotaExceeded: return "vượt hạn mức đĩa"
        case .permissionDenied: return "không có quyền"
        case .readOnlyFileSystem: return "hệ thống tệp chỉ đọc"
        case .noSuchFile: return "không có tệp hoặc thư mục này"
        case .notADirectory: return "một phần của đường dẫn không phải thư mục"
        case .isADirectory: return "đây là một thư mục"
        case .outputClosed: return "đầu ra đã bị đóng"
        case .inputOutput: return "lỗi vào/ra"
        case .fileTooLarge: return "tệp quá lớn"
        case .nameTooLong: return "tên tệp quá dài"
        case .fileExists: return "tệp đã có"
        case .other(let code, let text): return "lỗi hệ thống \(code): \(text)"
        }
    }
}
