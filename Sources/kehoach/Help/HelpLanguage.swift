import ArgumentParser
import Foundation
import Wording

/// The language of `--help` and of usage errors. ArgumentParser fixes its help strings when a command is
/// defined, so the language is read from argv and the environment before parsing, as `Language.resolve` decides.
enum HelpLanguage {
    static let current: Language = Language.resolve(option: StandardOutput.languageOption(CommandLine.arguments),
                                                    environment: ProcessInfo.processInfo.environment)
}

/// One text of the command line's help in both languages, shown in the language chosen before parsing.
enum HelpText {
    static func text(vi: String, en: String) -> String { HelpLanguage.current(Words(vi: vi, en: en)) }

    /// The examples block closing a discussion, under its heading in the chosen language; the lines are
    /// commands, the same in both languages, and help never wraps them (each stays on its own line).
    static func examples(_ lines: String) -> String {
        text(vi: "Ví dụ:", en: "Examples:") + "\n" + lines
    }

    static func option(vi: String, en: String) -> ArgumentHelp { ArgumentHelp(text(vi: vi, en: en)) }
}
