/// The interface language. Vietnamese is the default: the users are provincial officials.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// `--lang` wins; otherwise an English `LANG`/`LC_ALL`/`LC_MESSAGES` chooses English.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option = option?.lowercased(), !option.isEmpty { return option.hasPrefix("en") ? .en : .vi }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .vi
        }
        return .vi
    }
}
