import Foundation

/// How the name of a state body begins, for names the directory does not know: "Sở … tỉnh X",
/// "UBND xã Y", "Cục … thuộc Bộ …", "Phòng … thuộc Sở …", "Ban Chỉ đạo …", "Tổ đảng ở …".
/// Used to tell an agency heading or a sentence's subject from ordinary prose; such a name stays
/// unresolved (kept as printed, flagged). Words are compared with their tone marks: "bộ" opens a name,
/// "bổ sung" does not.
enum AgencyPatterns {
    /// Opening words (lower-case, NFC) of an office, a body or a collective of them.
    private static let openings: [String] = [
        "sở", "bộ", "ban", "cục", "vụ", "viện", "phòng", "chi cục", "trung tâm", "ủy ban", "uỷ ban", "ubnd",
        "hđnd", "hội đồng", "văn phòng", "công an", "thanh tra", "kho bạc", "tòa án", "toà án", "tand", "vksnd",
        "đài", "báo", "trường", "học viện", "đại học", "đoàn", "tỉnh đoàn", "thành đoàn", "hội", "liên hiệp",
        "liên đoàn", "mặt trận", "ubmttq", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "đảng ủy", "đảng uỷ",
        "đảng đoàn", "chi bộ", "tổ đảng", "thuế", "hải quan", "ngân hàng", "bảo hiểm", "bhxh", "kiểm toán",
        "bch", "quân khu", "tổng cục", "tổng công ty", "công ty", "thủ tướng", "chính phủ", "quốc hội",
        "chủ tịch", "giám đốc", "thủ trưởng", "ttxvn", "các", "xã", "phường", "đặc khu", "đơn vị", "cơ quan",
        "lực lượng", "cảng vụ", "vườn quốc gia", "khu bảo tồn", "bệnh viện", "hạt kiểm lâm",
    ]
    /// Collectives open with "các" only when a body follows: "các sở", not "các nội dung".
    private static let collectiveHeads: Set<String> = [
        "sở", "bộ", "ban", "ngành", "cơ", "đơn", "địa", "hội", "doanh", "tổ", "xã", "phường", "tỉnh", "cục",
        "vụ", "viện", "trường", "đoàn", "thành", "chi", "trung", "ủy", "uỷ", "lực", "đảng", "cấp", "bệnh",
        "huyện", "quận", "đồng", "tập",
    ]

    /// Words that are also common nouns ("bộ" a set, "phòng" a room, "báo" to report).
    private static let ambiguousOpenings: Set<String> = [
        "sở", "bộ", "ban", "cục", "vụ", "viện", "phòng", "đài", "báo", "hội", "đoàn", "trường", "thuế", "xã", "phường",
    ]

    /// Longest name read as one agency; anything longer is a sentence.
    static let maximumWords = 16

    /// Whether a printed name reads like the name of an agency (by its opening words).
    /// `maximumWords`: a heading block's body may have a long name ("Ban Chỉ đạo phát triển khoa học, …").
    static func looksLikeAgency(_ name: String, maximumWords limit: Int = maximumWords) -> Bool {
        let words = name.nfc.lowercased().split { $0 == " " || $0 == "," || $0 == ";" }.map(String.init)
        guard let first = words.first, words.count <= limit else { return false }
        if first == "các" || first == "những" {
            return words.count > 1 && collectiveHeads.contains(words[1])
        }
        let opening = words.prefix(3).joined(separator: " ")
        guard let matched = openings.first(where: { opening == $0 || opening.hasPrefix($0 + " ") }) else { return false }
        // "Bộ Nội vụ" is a ministry, "bộ tiêu chí" a set of criteria: a one-word opening needs a capital after it.
        if ambiguousOpenings.contains(matched), words.count > 1 {
            let original = name.nfc.split { $0 == " " || $0 == "," || $0 == ";" }
            return original.count > 1 && (original[1].first?.isUppercase ?? false || original[1].first?.isNumber ?? false)
        }
        return true
    }

    /// Verbs that begin what a body is asked to do; an unknown name stops before them.
    private static let predicateVerbs: [String] = [
        "tăng cường", "tổ chức", "triển khai", "thực hiện", "xây dựng", "chủ động", "chủ trì", "phối hợp",
        "tham mưu", "hướng dẫn", "theo dõi", "kiểm tra", "rà soát", "nghiên cứu", "đề xuất", "báo cáo",
        "chỉ đạo", "quán triệt", "tuyên truyền", "bảo đảm", "đảm bảo", "hoàn thành", "cập nhật", "khẩn trương",
        "tiếp tục", "có trách nhiệm", "chịu trách nhiệm", "căn cứ", "phổ biến", "đôn đốc", "ban hành",
        "cung cấp", "chia sẻ", "đẩy mạnh", "nâng cao", "cùng", "là cơ quan", "là đầu mối",
    ]

    /// Whether lower-case text opens with what a body is asked to do ("triển khai …", "chủ trì, …").
    static func opensPredicate(_ text: String) -> Bool {
        predicateVerbs.contains { text == $0 || text.hasPrefix($0 + " ") || text.hasPrefix($0 + ",") }
    }

    /// "Trung tâm Chuyển đổi số Thành phố xây dựng, đề xuất …" → "Trung tâm Chuyển đổi số Thành phố":
    /// a verb (not followed by a capitalised word, which would make it part of the name) after at least
    /// two words of the name ends it.
    static func trimmingPredicate(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 2 else { return name }
        for i in 2..<words.count {
            let rest = words[i...].prefix(4).joined(separator: " ").lowercased()
            guard let verb = predicateVerbs.first(where: { rest == $0 || rest.hasPrefix($0 + " ") || rest.hasPrefix($0 + ",") }) else {
                continue
            }
            let after = i + verb.split(separator: " ").count
            if after < words.count, let next = words[after].first, next.isUppercase { continue }
            return words[..<i].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
        }
        return name
    }
}
