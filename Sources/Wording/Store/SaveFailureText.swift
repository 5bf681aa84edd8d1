import PlanStore

/// Why a save failed, short enough for the status bar of an 80-column terminal: the cause first, in the UI
/// language, and the file last (it may be cut). The full store error still goes to `DashboardExit.errors`.
public enum SaveFailureText {
    public static func describe(_ error: Error, _ language: Language) -> String {
        if case StoreError.readOnly(let path)? = error as? StoreError {
            return language(StorePhrase.databaseReadOnly) + " (\(path))"
        }
        guard case StoreError.writeFailed(let path, let reason)? = error as? StoreError else {
            return StoreErrorText.describe(error, language)
        }
        let cause = StoreReasonText.describe(reason, language)
        return "\(cause) (\(path))"
    }
}
