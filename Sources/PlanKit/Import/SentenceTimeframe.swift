/// Finds the deadline a sentence gives its task: "… hoàn thành trong quý IV năm 2026", "… xong trong
/// tháng 6/2026", "chậm nhất đến ngày 01 tháng 7 năm 2028", "trước ngày 15/12 hằng năm", "thực hiện
/// thường xuyên". The phrase is cut at the end of its clause and read by `TimeframeParser.parse`, the
/// one definition of what a timeframe means.
extension TimeframeParser {
    /// Words that open a time phrase, as search keys.
    static let sentenceCues: [[String]] = [
        ["hoan", "thanh"], ["xong", "trong"], ["xong", "truoc"], ["cham", "nhat"], ["truoc", "ngay"],
        ["trong", "quy"], ["trong", "thang"], ["trong", "nam"], ["trong", "giai", "doan"], ["giai", "doan"],
        ["den", "nam"], ["thuong", "xuyen"], ["hang", "nam"], ["dinh", "ky", "hang", "nam"], ["tu", "nam"], ["quy"],
        ["hang", "thang"], ["hang", "quy"], ["dinh", "ky"],
    ]

    /// A time phrase reaches no further than this many words, and stops at the end of its clause.
    static let phraseWords = 12

    /// The first time phrase in a sentence that reads as a timeframe; nil where there is none.
    public static func find(inSentence sentence: String) -> Timeframe? {
        let words = sentence.split(separator: " ")
        let keys = words.map { SearchKey.make($0).filter { $0.isLetter || $0.isNumber || $0 == "/" } }
        var i = 0
        while i < words.count {
            if isYearRange(words[i]) {
                if namesADocument(words, keys, at: i) { i += 1; continue }
                return parse(String(words[i]))
            }
            if let relative = relativePhrase(words, keys, at: i) { return relative }
            guard let cue = sentenceCues.first(where: { matches($0, keys, at: i) }) else { i += 1; continue }
            if nameCues.contains(cue), namesADocument(words, keys, at: i) { i += cue.count; continue }
            var end = i
            while end < words.count, end - i < phraseWords {
                let word = words[end]
                end += 1
                if let last = word.last, ",;:.".contains(last), !isNumberWithDot(word) { break }
            }
            // "hằng năm của cơ quan" → "hằng năm": the phrase ends with its last word of time.
            while end > i + cue.count, !isTimeWord(keys[end - 1]), !endsPeriod(keys, end - 1) { end -= 1 }
            let phrase = words[i..<end].joined(separator: " ")
            let timeframe = parse(phrase)
            if timeframe.kind != .unknown { return timeframe }
            i += cue.count
        }
        return nil
    }

    /// Cues that also close the names of schemes and plans ("Đề án … giai đoạn 2019-2030").
    static let nameCues: [[String]] = [["giai", "doan"], ["den", "nam"]]
    /// The kinds of document whose names carry a period.
    static let documentKinds: [[String]] = [
        ["de", "an"], ["quy", "hoach"], ["chien", "luoc"], ["chuong", "trinh"], ["ke", "hoach"], ["nghi", "quyet"],
        ["du", "an"],
    ]
    /// Words before a document's name that cite it or say it is being drafted: its period is the document's,
    /// not the task's ("theo Quy hoạch … thời kỳ 2021-2030", "sửa đổi, bổ sung Đề án … giai đoạn 2019-2030").
    /// "Triển khai Chương trình … giai đoạn 2026-2030" keeps its period: carrying out the programme is the task.
    static let citingWords: [[String]] = [
        ["theo"], ["tai"], ["cua"], ["sung"], ["sua", "doi"], ["ra", "soat"], ["xay", "dung"], ["ban", "hanh"],
        ["danh", "gia"], ["tong", "ket"], ["so", "ket"], ["nghien", "cuu"], ["trinh"], ["lap"], ["dieu", "chinh"],
    ]

    /// Whether the period at `i` ends the name of a document cited or drafted earlier in the same sentence,
    /// or is a vision ("tầm nhìn đến năm 2050"): either way no deadline of the task.
    static func namesADocument(_ words: [Substring], _ keys: [String], at i: Int) -> Bool {
        if i >= 2, keys[i - 2] == "tam", keys[i - 1] == "nhin" { return true }
        // A period the sentence gives the work itself: "thực hiện trong giai đoạn 2026-2030".
        if i >= 1, ["trong", "hien", "thanh", "khai"].contains(keys[i - 1]) { return false }
        var k = i - 1
        while k >= 0, i - k <= 40 {
            if let last = words[k].last, ".;".contains(last), !isNumberWithDot(words[k]) { return false }
            if let kind = documentKinds.first(where: { matches($0, keys, at: k) }), k + kind.count <= i {
                return citingWords.contains { cue in k >= cue.count && matches(cue, keys, at: k - cue.count) }
            }
            k -= 1
        }
        return false
    }

    /// "… sau 03 tháng kể từ ngày ký, …": from the opener to the end of its clause (a relative deadline names
    /// its event in words no time cue knows).
    private static func relativePhrase(_ words: [Substring], _ keys: [String], at i: Int) -> Timeframe? {
        guard keys[i] == "sau" || keys[i] == "trong" || keys[i] == "cham", i + 4 < words.count, keys[i..<min(i + 8, keys.count)].contains("tu") else {
            return nil
        }
        var end = i
        while end < words.count, end - i < phraseWords {
            let word = words[end]
            end += 1
            if let last = word.last, ",;:.".contains(last) { break }
        }
        let timeframe = parse(words[i..<end].joined(separator: " "))
        return timeframe.kind == .relative ? timeframe : nil
    }

    private static func matches(_ cue: [String], _ keys: [String], at index: Int) -> Bool {
        guard index + cue.count <= keys.count else { return false }
        for (offset, word) in cue.enumerated() where keys[index + offset] != word { return false }
        return true
    }

    /// "2026–2030", "2026-2030,": a span of years standing alone.
    private static func isYearRange(_ word: Substring) -> Bool {
        let bare = word.trimmingSuffix { ",;.)".contains($0) }
        let parts = bare.split { $0 == "-" || $0 == "–" }
        return parts.count == 2 && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isNumber) }
    }

    /// "hằng tuần": the week counts too ("liền kề", "tiếp theo" are read in `endsPeriod`).
    private static let timeWords: Set<String> = ["nam", "xuyen", "quy", "thang", "tuan", "i", "ii", "iii", "iv"]

    /// "tháng liền kề", "quý tiếp theo": the words after a month or quarter that make it the next one.
    private static func endsPeriod(_ keys: [String], _ k: Int) -> Bool {
        guard k >= 2 else { return false }
        let pair = (keys[k - 1], keys[k])
        let period = keys[k - 2] == "thang" || keys[k - 2] == "quy"
        return period && (pair == ("lien", "ke") || pair == ("tiep", "theo"))
    }

    private static func isTimeWord(_ key: String) -> Bool {
        timeWords.contains(key) || key.contains { $0.isNumber }
    }

    /// "1.000." is still a number; "2026." ends the sentence.
    private static func isNumberWithDot(_ word: Substring) -> Bool {
        word.dropLast().contains(".") && word.dropLast().allSatisfy { $0.isNumber || $0 == "." }
    }
}
