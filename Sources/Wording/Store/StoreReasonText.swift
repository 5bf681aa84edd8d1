import PlanKit
import PlanStore

/// The database library's own reasons (English, from SQLite or the server) in the user's language: the
/// common ones are said in kehoach's words; any other is kept as a quoted tail after a sentence of ours.
public enum StoreReasonText {
    /// With `detail`, a reason said in kehoach's words keeps the library's own after it, quoted, for a log
    /// or a bug report; the status bar goes without (80 columns).
    public static func describe(_ reason: String, _ language: Language, detail: Bool) -> String {
        let words = describe(reason, language)
        guard detail, !words.hasSuffix("\")") else { return words }
        return words + " (\"\(ControlCharacters.clean(reason))\")"
    }

    public static func describe(_ reason: String, _ language: Language) -> String {
        let lowered = reason.lowercased()
        let l = language
        if lowered.contains("readonly") || lowered.contains("read-only") || lowered.contains("read only") {
            return l.pick(vi: "tệp dữ liệu chỉ cho đọc", en: "the database file is read-only")
        }
        if lowered.contains("disk is full") || lowered.contains("disk full") || lowered.contains("no space") {
            return l.pick(vi: "đĩa đã đầy", en: "the disk is full")
        }
        if lowered.contains("locked") || lowered.contains("busy") {
            return l.pick(vi: "nơi khác giữ khóa ghi quá lâu", en: "another process held the write lock too long")
        }
        if lowered.contains("file is not a database") {
            return l.pick(vi: "tệp không phải cơ sở dữ liệu SQLite", en: "the file is not an SQLite database")
        }
        if lowered.contains("malformed") || lowered.contains("corrupt") {
            return l.pick(vi: "tệp cơ sở dữ liệu bị hỏng", en: "the database file is damaged")
        }
        if lowered.contains("unable to open database file") {
            return l.pick(vi: "không mở được tệp (thư mục không có, không có quyền, hoặc đó là một thư mục)",
                          en: "the file cannot be opened (a missing directory, no permission, or it is a directory)")
        }
        if lowered.contains("disk i/o error") {
            return l.pick(vi: "lỗi vào/ra của đĩa", en: "a disk input/output error")
        }
        return l.pick(vi: "cơ sở dữ liệu báo lỗi", en: "the database reports an error") + " (\"\(reason)\")"
    }
}
