import PlanKit
import Wording

/// A first word that names no command is answered in the user's language with the nearest command's name,
/// before ArgumentParser would take it for an argument of the default command.
enum UnknownCommand {
    /// Options of `kehoach` alone (global and dashboard options) that take a value: their value is skipped.
    static let optionsWithValue: Set<String> = ["--db", "--as", "--lang", "--plan", "--as-of", "--generate-completion-script"]

    /// The word that names no command, or nil when the first word is a command (or there is none).
    static func unknownWord(in arguments: [String], commands: [String]) -> String? {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                if optionsWithValue.contains(argument) { index += 1 }
                index += 1
                continue
            }
            return commands.contains(argument) ? nil : argument
        }
        return nil
    }

    /// The closest name within an edit distance that grows with the word (a typo, not another word).
    static func suggestion(for word: String, among commands: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        let scored = commands.map { (name: $0, distance: EditDistance.between(Array(word.lowercased()), Array($0))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else {
            return commands.first { $0.hasPrefix(word.lowercased()) && !word.isEmpty }
        }
        return best.name
    }

    static func message(for word: String, among commands: [String], language: Language) -> String {
        let head = language(CommandMessage.unknownCommand(word: word))
        let tail: String
        if let near = suggestion(for: word, among: commands) {
            tail = language(CommandMessage.unknownDidYouMean(near: near))
        } else {
            tail = language(CommandWord.unknownSeeKehoachHelp)
        }
        return head + tail
    }
}
