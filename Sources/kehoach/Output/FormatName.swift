import ArgumentParser

/// A `--format` value, spelled one way in every command (`text`, `md`, `yaml`…) and in the help; the other
/// spellings a user may type (`txt`, `markdown`, `yml`) are accepted as aliases but never shown.
protocol FormatName: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    /// Other spellings of a format, also read from an output file's extension.
    static var aliases: [String: Self] { get }
}

extension FormatName {
    static var aliases: [String: Self] { [:] }

    init?(argument: String) {
        let spelled = argument.lowercased()
        guard let format = Self(rawValue: spelled) ?? FormatAliases.shared(Self.self)[spelled] ?? Self.aliases[spelled]
        else { return nil }
        self = format
    }
}

/// The aliases every command understands for the formats it has: one table, so `txt` means `text` everywhere.
enum FormatAliases {
    static let spellings = ["txt": "text", "markdown": "md", "yml": "yaml"]

    static func shared<F: FormatName>(_ type: F.Type) -> [String: F] {
        spellings.compactMapValues { F(rawValue: $0) }
    }
}
