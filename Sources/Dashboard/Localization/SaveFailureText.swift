import PlanStore

/// Why a save failed, short enough for the status bar of an 80-column terminal: the cause first, in the UI
/// language, and the file last (it may be cut). The full store error still goes to `DashboardExit.errors`.
public enum SaveFailureText {
    public static func describe(_ error: Error, _ language: Language) -> String {
        if case StoreError.readOnly(let path)? = error as? StoreError {
            return language.pick(vi: "tệp dữ liệu chỉ cho đọc", en: "the database file is read-only") + " (\(path))"
        }
        guard case StoreError.writeFailed(let path, let reason)? = error as? StoreError else {
            return StoreErrorText.describe(error, language)
        }
        let lowered = reason.lowercased()
        let cause: String
        if lowered.contains("readonly") || lowered.contains("read-only") || lowered.contains("read only") {
            cause = language.pick(vi: "tệp dữ liệu chỉ cho đọc", en: "the database file is read-only")
        } else if lowered.contains("disk is full") || lowered.contains("disk full") || lowered.contains("no space") {
            cause = language.pick(vi: "đĩa đã đầy", en: "the disk is full")
        } else if lowered.contains("locked") || lowered.contains("busy") {
            cause = language.pick(vi: "nơi khác giữ khóa ghi quá lâu", en: "another process held the write lock too long")
        } else {
            cause = reason
        }
        return "\(cause) (\(path))"
    }
}
