import ArgumentParser
import Foundation
import Wording

/// The language of `--help` and of usage errors. ArgumentParser fixes its help strings when a command is
/// defined, so the language is read from argv and the environment before parsing, as `Language.resolve` decides.
enum HelpLanguage {
    static let current: Language = Language.resolve(option: StandardOutput.languageOption(CommandLine.arguments),
                                                    environment: ProcessInfo.processInfo.environment)
}

/// The command line's help in the language chosen before parsing.
enum HelpText {
    static func text(_ phrase: CommandHelp) -> String { HelpLanguage.current(phrase) }

    /// The examples block closing a discussion, under its heading in the chosen language; the lines are
    /// commands, the same in both languages, and help never wraps them (each stays on its own line).
    static func examples(_ lines: String) -> String {
        text(.examplesHeading) + "\n" + lines
    }

    static func option(_ phrase: CommandHelp) -> ArgumentHelp { ArgumentHelp(text(phrase)) }
}
