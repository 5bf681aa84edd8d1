import Foundation

/// ArgumentParser writes the frame of a help text (headings, the help flag's line, defaults) in English;
/// the command's own texts are already in the chosen language, so only this frame is put into Vietnamese.
/// The frame is recognised by where ArgumentParser puts it, not by its words anywhere: a heading is a line
/// of its own (OVERVIEW and USAGE lead theirs), "(default: …)" and "(values: …)" and the built-in flags'
/// texts occur only in the ARGUMENTS and OPTIONS sections. A discussion that happens to say "default:" or
/// "OPTIONS:" mid-line is left as written.
enum HelpFrame {
    /// Headings: each a whole line.
    static let headings: [String: String] = [
        "OVERVIEW:": "TỔNG QUAN:", "USAGE:": "CÁCH DÙNG:", "ARGUMENTS:": "THAM SỐ:", "OPTIONS:": "TÙY CHỌN:",
        "SUBCOMMANDS:": "LỆNH:",
    ]
    /// The sections whose lines are ArgumentParser's option entries.
    static let optionSections: Set<String> = ["ARGUMENTS:", "OPTIONS:"]
    /// Inside an option entry: the built-in flags' texts and the parentheses ArgumentParser adds.
    static let optionPhrases: [(String, String)] = [
        ("Show help information.", "Hiện trợ giúp này."),
        ("Show the version.", "Hiện phiên bản."),
        ("(default:", "(mặc định:"), ("; default:", "; mặc định:"), ("(values:", "(giá trị:"),
        ("(default)", "(mặc định)"),
    ]

    static func vietnamese(_ help: String) -> String {
        var inOptions = false
        return help.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            if let heading = headings[line] {
                inOptions = optionSections.contains(line)
                return heading
            }
            // OVERVIEW and USAGE are followed on their line by the abstract and the usage.
            for english in ["OVERVIEW: ", "USAGE: "] where line.hasPrefix(english) {
                inOptions = false
                return headings[String(english.dropLast())]! + " "
                    + line.dropFirst(english.count).replacingOccurrences(of: "<subcommand>", with: "<lệnh>")
            }
            let seeHelp = "See 'kehoach help <subcommand>' for detailed help."
            if line.hasSuffix(seeHelp) { return line.dropLast(seeHelp.count) + "Xem 'kehoach help <lệnh>' để có trợ giúp chi tiết." }
            // An entry's lines are indented; a line at the margin ends the section.
            if !line.isEmpty && !line.hasPrefix(" ") { inOptions = false }
            guard inOptions else { return line }
            var entry = optionPhrases.reduce(line) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
            // "; default: …" wrapped: the word opens the continuation line.
            if let start = entry.firstIndex(where: { $0 != " " }), entry[start...].hasPrefix("default: ") {
                entry.replaceSubrange(start..<entry.index(start, offsetBy: "default:".count), with: "mặc định:")
            }
            return entry
        }.joined(separator: "\n")
    }

    /// ArgumentParser's usage errors (its own suggestion of the nearest option kept), in Vietnamese.
    static let usagePhrases: [(String, String)] = [
        ("Error: ", "Lỗi: "),
        ("Unknown option '", "không có tùy chọn '"),
        ("'. Did you mean '", "', có phải ý bạn là '"),
        ("'?", "'?"),
        ("Missing expected argument '", "thiếu đối số '"),
        ("Missing value for '", "thiếu giá trị cho '"),
        ("Unexpected argument '", "đối số thừa '"),
        (" unexpected arguments: '", " đối số thừa: '"),
        ("Missing one of: '", "thiếu một trong: '"),
        ("Invalid option: ", "tùy chọn không hợp lệ: "),
        ("Missing required subcommand.", "thiếu lệnh con."),
        ("The option '", "tùy chọn '"),
        ("' does not take any value, but '", "' không nhận giá trị, nhưng đã cho '"),
        ("' was specified.", "'."),
        ("Value to be set with flag ", "giá trị đặt bằng "),
        (" had already been set with flag ", " đã được đặt bằng "),
        ("   or: ", "   hoặc: "),
        ("The value '", "giá trị '"),
        ("' is invalid for '", "' không hợp lệ cho '"),
        ("' is invalid.", "' không hợp lệ."),
        (". Please provide one of the following:", "; hãy chọn một trong:"),
        (". Please provide one of ", "; hãy chọn một trong "),
        ("' or '", "' hoặc '"),
        ("Help: ", "Trợ giúp: "),
        ("Usage: ", "Cách dùng: "),
        ("' for more information.", "' để biết thêm."),
        ("  See '", "  Xem '"),
    ]

    static func vietnameseUsageError(_ message: String) -> String {
        usagePhrases.reduce(message) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
