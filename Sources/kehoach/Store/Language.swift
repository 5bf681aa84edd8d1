/// The language the commands answer in: Vietnamese unless asked for English.
enum Language: String {
    case vi, en

    static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option = option?.lowercased() {
            return option.hasPrefix("en") ? .en : .vi
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .vi
            }
        }
        return .vi
    }

    func pick(vi: String, en: String) -> String { self == .vi ? vi : en }
}
