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
        guard let known = phrase(reason.lowercased()) else {
            return language(StorePhrase.databaseReports) + " (\"\(reason)\")"
        }
        return language(known)
    }

    /// The phrase of a reason the library words in one of the ways it is known to; nil for any other.
    private static func phrase(_ lowered: String) -> StorePhrase? {
        if lowered.contains("readonly") || lowered.contains("read-only") || lowered.contains("read only") {
            return .databaseReadOnly
        }
        if lowered.contains("disk is full") || lowered.contains("disk full") || lowered.contains("no space") { return .diskFull }
        if lowered.contains("locked") || lowered.contains("busy") { return .writeLockHeld }
        if lowered.contains("file is not a database") { return .notSQLite }
        if lowered.contains("malformed") || lowered.contains("corrupt") { return .databaseDamaged }
        if lowered.contains("unable to open database file") { return .cannotOpenFile }
        if lowered.contains("disk i/o error") { return .diskInputOutput }
        return nil
    }
}
