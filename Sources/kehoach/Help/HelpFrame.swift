import Foundation

/// ArgumentParser writes the frame of a help text (headings, the help flag's line, defaults) in English;
/// the command's own texts are already in the chosen language, so only this frame is put into Vietnamese.
enum HelpFrame {
    /// Whole-line headings and fixed phrases, replaced where ArgumentParser prints them.
    static let phrases: [(String, String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"),
        ("USAGE:", "CÁCH DÙNG:"),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH:"),
        ("Show help information.", "Hiện trợ giúp này."),
        ("Show the version.", "Hiện phiên bản."),
        ("default:", "mặc định:"),
        ("values:", "giá trị:"),
        ("<subcommand>", "<lệnh>"),
        ("(default)", "(mặc định)"),
    ]

    static func vietnamese(_ help: String) -> String {
        var text = help
        text = text.replacingOccurrences(of: "See 'kehoach help <subcommand>' for detailed help.",
                                 with: "Xem 'kehoach help <lệnh>' để có trợ giúp chi tiết.")
        for (english, vietnamese) in phrases { text = text.replacingOccurrences(of: english, with: vietnamese) }
        return text
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
        ("The value '", "giá trị '"),
        ("' is invalid for '", "' không hợp lệ cho '"),
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
