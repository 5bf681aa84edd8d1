/// The grammar of collective names, which name many bodies at once: "các" and plural kinds joined by
/// commas or "và" ("các sở, ban, ngành", "các Hiệp hội và Doanh nghiệp …"), often after the body each of
/// them has ("UBND các xã, phường, đặc khu", "Công an các xã"), and narrowed by what follows ("… thuộc
/// UBND tỉnh", "… có liên quan", "… khác", "… trên địa bàn tỉnh", "… cấp tỉnh"). Kinds written without
/// "các" are a collective too when there are several ("Sở, ban, ngành có liên quan", "Viện, Trường") or
/// when one stands alone in its item ("Doanh nghiệp"). A collective is one reference, never fragments.
struct CollectiveName: Equatable {
    /// The word after the collective's last one.
    var end: Int
    /// Kinds that are also common nouns ("bộ tiêu chí", "trường hợp", "phòng chống", "vụ việc", "hội nghị",
    /// "cơ sở dữ liệu", "xã hội"): followed by a lower-case word that is not a list's, they are not a kind.
    private static let ambiguous: Set<String> = ["bộ", "ngành", "ban", "phòng", "vụ", "cục", "viện", "trường", "hội", "cơ sở",
                                                 "bản", "thôn", "xã", "phường", "tỉnh", "huyện", "quận", "sở"]

    /// The body each member has, as folded words ("uy ban nhan dan"), empty for none.
    var head: [String]
    /// The kinds named, as printed (lower-case), in order.
    var kinds: [String]

    /// What identifies the collective whatever its order and its narrowing words: "UBND các phường, xã" is
    /// "UBND các xã, phường".
    var signature: String {
        head.joined(separator: " ") + "|" + Set(kinds.map { SearchKey.make($0) }).sorted().joined(separator: ",")
    }
}

enum CollectiveGrammar {
    /// Kinds of body a collective names, lower-case with their marks ("sở" is a kind, "số" is not);
    /// the longest is tried first.
    private static let kinds: [[String]] = [
        "cơ quan ngang bộ", "cơ quan thuộc chính phủ", "cơ quan chuyên môn", "cơ quan báo chí", "cơ quan",
        "đơn vị sự nghiệp công lập", "đơn vị sự nghiệp", "đơn vị", "địa phương", "bộ", "ngành", "sở", "ban",
        "phòng", "cục", "chi cục", "vụ", "viện", "học viện", "trường đại học", "trường", "nhà trường", "trung tâm",
        "bệnh viện", "cơ sở giáo dục", "cơ sở", "đoàn thể", "tổ chức chính trị xã hội", "tổ chức", "doanh nghiệp",
        "hiệp hội", "hội", "hợp tác xã", "ngành chức năng", "cơ quan chức năng", "lực lượng chức năng", "chính quyền", "cá nhân", "tập đoàn", "tổng công ty", "ngân hàng", "lực lượng",
        "tỉnh", "thành phố", "xã", "phường", "đặc khu", "huyện", "quận", "thị xã", "thị trấn", "thôn", "bản",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Kinds of place: after a body ("UBND xã, phường") they make a collective without "các".
    private static let places: Set<String> = ["tỉnh", "thành phố", "xã", "phường", "đặc khu", "huyện", "quận", "thị xã", "thị trấn"]

    /// Kinds that name a collective alone in their item ("Phối hợp: Doanh nghiệp"): not "tổ chức" (to
    /// organise), nor a place ("xã" of "UBND xã" is one commune), nor a word that opens a proper name.
    private static let alone: Set<String> = ["bộ", "ngành", "cơ quan", "đơn vị", "địa phương", "doanh nghiệp", "viện",
                                             "trường", "hiệp hội", "đoàn thể", "cá nhân", "hợp tác xã"]

    /// Kinds that are also common nouns ("bộ tiêu chí", "trường hợp", "phòng chống", "vụ việc", "hội nghị",
    /// "cơ sở dữ liệu", "xã hội"): followed by a lower-case word that is not a list's, they are not a kind.
    private static let ambiguous: Set<String> = ["bộ", "ngành", "ban", "phòng", "vụ", "cục", "viện", "trường", "hội", "cơ sở",
                                                 "bản", "thôn", "xã", "phường", "tỉnh", "huyện", "quận", "sở"]

    /// The body each member of the collective has (folded words).
    private static let heads: [[String]] = [
        "chu tich uy ban nhan dan", "uy ban nhan dan", "hoi dong nhan dan", "cong an", "ban chi huy quan su",
        "uy ban mat tran to quoc viet nam", "uy ban mat tran to quoc", "dang uy", "thu truong", "giam doc", "lanh dao",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Words that narrow a collective without naming a place ("có liên quan", "cấp tỉnh", "trong tỉnh").
    private static let narrowing: [[String]] = [
        "co lien quan", "lien quan", "khac", "cap tinh", "cap xa", "cap huyen", "cap trung uong", "cap co so",
        "o trung uong", "trung uong", "o dia phuong", "trong tinh", "ngoai tinh", "trong nuoc", "ngoai nuoc",
        "trong va ngoai tinh", "trong va ngoai nuoc", "tinh", "thanh pho",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Lower-case words that end a collective's describing words: a preposition, a conjunction, an auxiliary.
    private static let stopWords: Set<String> = [
        "theo", "để", "về", "tại", "được", "nhằm", "khi", "với", "cho", "thì", "mà", "nếu", "đã", "sẽ", "đang",
        "phải", "là", "bằng", "do", "vào", "gửi", "trình",
    ]
    /// Words of time that begin what a body does: "… định kỳ gửi", "… hằng năm báo cáo".
    private static let timeWords = ["định kỳ", "hằng ", "hàng năm", "hàng quý", "hàng tháng", "thường xuyên", "kịp thời"]

    /// Longest run of describing words a collective takes ("… trực tiếp sử dụng ngân sách nhà nước").
    private static let maximumDescription = 10

    /// The collective that begins at word `start`, if one does; `matcher` knows the bodies a collective
    /// may belong to ("… thuộc Sở Y tế").
    static func read(_ words: ListWords, from start: Int, matcher: AgencyMatcher) -> CollectiveName? {
        let n = words.count
        var k = start
        let head = heads.first { words.has($0, at: k) } ?? []
        k += head.count
        if !head.isEmpty, k < n, words.separatorBefore[k] { return nil }
        var opened = false
        if k < n, ["các", "những"].contains(words.lower[k]), k == start || !words.separatorBefore[k] {
            opened = true
            k += 1
        }
        guard k < n, k == start || !words.separatorBefore[k], let first = kind(words, at: k) else { return nil }
        var kinds = [first.name]
        k += first.length
        // A kind followed by a capitalised word is a body's name ("Sở Tài chính", "Viện Kiểm sát"), unless
        // "các" made it plural ("các Ban Xây dựng Đảng").
        if !opened, namesABody(words, at: k) { return nil }
        // Further kinds: ", ngành", "và địa phương", ", các tỉnh", "ban ngành".
        while k < n {
            var p = k
            if words.separatorBefore[p], !words.commaBefore[p] { break }
            var joined = words.separatorBefore[p]
            if ["va", "hoac"].contains(words.keys[p]) {
                p += 1
                joined = true
                guard p < n, !words.separatorBefore[p] else { break }
            }
            if p < n, ["các", "những"].contains(words.lower[p]), p == k || !words.separatorBefore[p] {
                // "… và các doanh nghiệp" opens a collective of its own; ", các tỉnh" goes on with this one.
                if p > k { break }
                p += 1
                guard p < n, !words.separatorBefore[p] else { break }
            }
            guard p < n, let next = kind(words, at: p) else { break }
            // "Doanh nghiệp, sở, ban, ngành có liên quan": a collective the directory spells goes on as one.
            if p == k, words.separatorBefore[p], let known = matcher.longestMatch(in: words.keys, from: p),
               matcher.collectives.contains(known.agency), known.length > next.length {
                break
            }
            // "ban ngành" without a comma, but not "ngành tỉnh": that is where they are.
            if !joined, words.capitalised[p] || places.contains(next.name) { break }
            // "và Sở Y tế" is the next body, not one more kind.
            if namesABody(words, at: p + next.length) { break }
            // "UBND các huyện, thành phố": the committee of places, not of "doanh nghiệp".
            if !head.isEmpty, places.contains(first.name) != places.contains(next.name) { break }
            kinds.append(next.name)
            k = p + next.length
        }
        let kindsEnd = k
        k = narrowed(words, from: k, matcher: matcher)
        // "… chính quyền cơ sở tại các xã biên giới": described, then narrowed again.
        if k == kindsEnd, let last = kinds.last {
            k = described(words, from: k, lowerCase: !ambiguous.contains(last))
            if k > kindsEnd { k = narrowed(words, from: k, matcher: matcher) }
        }
        if head.isEmpty, !opened, kinds.count == 1 {
            let standsAlone = (start == 0 || words.separatorBefore[start]) && (k == n || words.separatorBefore[k])
            guard first.name != "tổ chức", standsAlone && alone.contains(first.name) || k > kindsEnd else { return nil }
        }
        // "UBND xã, phường" names the communes' committees; "UBND tỉnh" is one committee.
        if !head.isEmpty, !opened, kinds.count == 1 || !kinds.allSatisfy(places.contains) { return nil }
        return CollectiveName(end: k, head: head, kinds: kinds)
    }

    /// Every collective a directory's names and spellings denote, by signature: the first entry claims it.
    static func signatures(of agencies: [Agency], matcher: AgencyMatcher) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, agency) in agencies.enumerated() {
            for name in [agency.name] + agency.aliases {
                let words = ListWords(name.nfc)
                guard let collective = read(words, from: 0, matcher: matcher), collective.end == words.count else { continue }
                if result[collective.signature] == nil { result[collective.signature] = index }
            }
        }
        return result
    }

    /// The kind printed at `start`, if one is: "bộ phận", "trường hợp", "phòng chống" are not kinds.
    private static func kind(_ words: ListWords, at start: Int) -> (name: String, length: Int)? {
        guard let phrase = kinds.first(where: { phrase in
            guard start + phrase.count <= words.count else { return false }
            return phrase.indices.allSatisfy { offset in
                words.lower[start + offset] == phrase[offset] && (offset == 0 || !words.separatorBefore[start + offset])
            }
        }) else { return nil }
        let name = phrase.joined(separator: " ")
        let end = start + phrase.count
        if name == "xã", end < words.count, words.lower[end] == "hội" { return nil }
        if ambiguous.contains(name), end < words.count, !words.separatorBefore[end], !words.capitalised[end],
           !["va", "hoac", "cac", "nhung", "tren", "thuoc", "truc"].contains(words.keys[end]),
           !narrowing.contains(where: { words.has($0, at: end) }), kind(words, at: end) == nil {
            return nil
        }
        return (name, phrase.count)
    }

    /// Whether word `k` goes on with a body's proper name: capitalised, not a place the collective is in.
    private static func namesABody(_ words: ListWords, at k: Int) -> Bool {
        guard k < words.count, !words.separatorBefore[k], words.capitalised[k], words.keys[k] != "va" else { return false }
        return !narrowing.contains { words.has($0, at: k) } && !["tren", "thuoc", "truc"].contains(words.keys[k])
    }

    /// After the kinds, what narrows them: "có liên quan", "khác", "cấp tỉnh", "thuộc UBND tỉnh", "trên địa
    /// bàn tỉnh Lào Cai", "tỉnh", "Trung ương".
    private static func narrowed(_ words: ListWords, from start: Int, matcher: AgencyMatcher) -> Int {
        let n = words.count
        var k = start
        while k < n {
            // "các cơ quan, đơn vị, liên quan": a stray comma before "liên quan".
            if words.separatorBefore[k] {
                guard words.commaBefore[k], words.has(["lien", "quan"], at: k) || words.has(["co", "lien", "quan"], at: k) else { break }
            }
            if let owner = [["thuoc"], ["truc", "thuoc"]].first(where: { words.has($0, at: k) }) {
                let body = k + owner.count
                guard body < n, !words.separatorBefore[body] else { break }
                if let match = matcher.longestMatch(in: words.keys, from: body),
                   !(body + 1..<body + match.length).contains(where: { words.separatorBefore[$0] }) {
                    k = capitalisedRun(words, from: body + match.length)
                } else if let place = placeWord(words, at: body) {
                    k = capitalisedRun(words, from: body + place)
                } else if words.capitalised[body] {
                    k = capitalisedRun(words, from: body)
                } else {
                    break
                }
                continue
            }
            // "… tại các xã vùng cao": where, in words that run to the item's end.
            if words.has(["tai"], at: k) {
                let place = described(words, from: k + 1, lowerCase: true)
                guard place > k + 1 else { break }
                k = place
                continue
            }
            if words.has(["tren", "dia", "ban"], at: k) {
                let place = k + 3
                k = capitalisedRun(words, from: placeWord(words, at: place).map { place + $0 } ?? place)
                continue
            }
            if let phrase = narrowing.first(where: { words.has($0, at: k) }) {
                let placed = phrase == ["tinh"] || phrase == ["thanh", "pho"]
                k = placed ? capitalisedRun(words, from: k + phrase.count) : k + phrase.count
                continue
            }
            break
        }
        return k
    }

    /// Words describing the kinds ("… chức năng", "… công nghệ số Việt Nam", "… trực tiếp sử dụng ngân sách")
    /// belong to the collective when they run to the end of its item (a separator, "và", the end): words
    /// that reach a verb or a preposition first are the sentence going on ("… định kỳ gửi báo cáo …"), and a
    /// run longer than a name's is a sentence too. After a kind that is also a common noun, only a proper
    /// name describes it ("các Ban Xây dựng Đảng").
    private static func described(_ words: ListWords, from start: Int, lowerCase: Bool) -> Int {
        var k = start
        while k < words.count, !words.separatorBefore[k], !words.openBefore[k] {
            if ["va", "hoac", "cung"].contains(words.keys[k]) { break }
            // What narrows the kinds ends their description: "… công nghệ số trên địa bàn tỉnh".
            if k > start, opensNarrowing(words, at: k) { break }
            if !words.capitalised[k] {
                guard lowerCase || k > start else { break }
                let rest = words.printed(k, through: min(words.count, k + 4) - 1).lowercased()
                if stopWords.contains(words.lower[k]) || AgencyPatterns.opensPredicate(rest)
                    || timeWords.contains(where: rest.hasPrefix) { return start }
            }
            k += 1
        }
        return k - start > maximumDescription ? start : k
    }

    private static func opensNarrowing(_ words: ListWords, at k: Int) -> Bool {
        [["tai"], ["tren", "dia", "ban"], ["thuoc"], ["truc", "thuoc"]].contains { words.has($0, at: k) }
            || narrowing.contains { $0 != ["tinh"] && $0 != ["thanh", "pho"] && words.has($0, at: k) }
    }

    /// The length of a place word at `k` ("tỉnh", "thành phố", "xã" …), if one is there.
    private static func placeWord(_ words: ListWords, at k: Int) -> Int? {
        [["tinh"], ["thanh", "pho"], ["xa"], ["phuong"], ["huyen"], ["dac", "khu"], ["quan"], ["thi", "xa"]]
            .first { words.has($0, at: k) }?.count
    }

    /// Past the capitalised words from `k` ("Lào Cai", "Trung ương").
    private static func capitalisedRun(_ words: ListWords, from k: Int) -> Int {
        var end = k
        while end < words.count, !words.separatorBefore[end], !words.openBefore[end], words.capitalised[end],
              words.keys[end] != "va" {
            end += 1
        }
        return end
    }
}
