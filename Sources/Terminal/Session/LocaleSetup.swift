import CNcursesw

/// The locale decides whether ncursesw speaks UTF-8: with LANG unset it prints Vietnamese as byte garbage.
/// It must be set before curses starts.
public enum LocaleSetup {
    public struct Outcome: Sendable, Equatable {
        /// The character set is UTF-8: graphemes are drawn as they are.
        public var unicode: Bool
        /// The locale of the character classes now in force (e.g. "C.UTF-8").
        public var locale: String
        /// For the user when the terminal cannot show Vietnamese; nil when all is well.
        public var notice: String?
    }

    /// Fallbacks tried, in order, when the user's locale is not UTF-8.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Applies the user's locale; where its character set is not UTF-8, switches the character classes
    /// (LC_CTYPE only) to a UTF-8 locale, and says so where none exists.
    public static func apply() -> Outcome {
        let userLocale = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
        if isUTF8(codeset: currentCodeset()) {
            return Outcome(unicode: true, locale: currentCType(), notice: nil)
        }
        for candidate in fallbacks where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8(codeset: currentCodeset()) {
                return Outcome(unicode: true, locale: candidate, notice: nil)
            }
        }
        // Nothing UTF-8: restore the user's character classes and draw in ASCII.
        _ = setlocale(LC_CTYPE, "")
        let notice = "kehoach: no UTF-8 locale is available (locale \(userLocale), character set \(currentCodeset())); "
            + "Vietnamese is shown without diacritics. Install one (e.g. the C.UTF-8 locale) and set LANG to use it."
        return Outcome(unicode: false, locale: currentCType(), notice: notice)
    }

    /// "UTF-8", "utf8", "UTF8" all count.
    public static func isUTF8(codeset: String) -> Bool {
        let letters = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return letters == "utf8"
    }

    static func currentCodeset() -> String {
        kh_codeset().map { String(cString: $0) } ?? ""
    }

    static func currentCType() -> String {
        setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    }
}
