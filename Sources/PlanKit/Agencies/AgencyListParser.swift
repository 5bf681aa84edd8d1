/// Splits a printed list of agencies into references. Known names are matched whole first, so
/// "các sở, ban, ngành" or "Sở Lao động - Thương binh và Xã hội" are never cut at their commas or "và";
/// only the rest is split on ";", "," and "và".
public struct AgencyListParser: Sendable {
    public let directory: AgencyDirectory
    /// The directory's trie, taken once: `parse` asks it at every word.
    private let matcher: AgencyMatcher

    public init(directory: AgencyDirectory) {
        self.directory = directory
        matcher = directory.matcher
    }

    public func parse(_ text: String) -> [AgencyRef] {
        if let elsewhere = AssignedElsewhere.reference(text) { return [elsewhere] }
        let source = AgencyRemarks.blanked(text.nfc)
        let list = ListWords(source)
        let words = list.tokens.indices.map { (token: list.tokens[$0], separatorBefore: list.separatorBefore[$0]) }
        let commaBefore = list.commaBefore
        let openBefore = list.openBefore
        let closeBefore = list.closeBefore
        let keys = list.keys
        var refs: [AgencyRef] = []
        var i = 0
        while i < words.count {
            let known = matcher.longestMatch(in: keys, from: i)
            // "các sở, ban, ngành thuộc UBND tỉnh", "UBND các xã, phường, đặc khu": one reference, however
            // the directory spells it; a name the directory knows longer ("Hiệp hội Doanh nghiệp tỉnh") wins.
            if let collective = CollectiveGrammar.read(list, from: i, matcher: matcher),
               known.map({ collective.end > i + $0.length
                   || collective.end == i + $0.length && directory.agencies[$0.agency].kind == .collective }) ?? true {
                refs.append(directory.reference(for: collective, printed: list.printed(i, through: collective.end - 1)))
                i = collective.end
                continue
            }
            if let match = known {
                var last = placeEnd(words: words, keys: keys, after: i + match.length, openBefore: openBefore,
                                    list: list)
                // "các sở, ban, ngành thuộc tỉnh", "… trực thuộc UBND tỉnh": the body it belongs to is part of it.
                if last + 1 < words.count, keys[last] == "thuoc", !words[last].separatorBefore {
                    let owner = last + 1
                    // The owner's name ends at the next separator ("thuộc tỉnh; UBND …" is not "Tỉnh ủy").
                    if let body = matcher.longestMatch(in: keys, from: owner),
                       !words[(owner + 1)..<(owner + body.length)].contains(where: \.separatorBefore) {
                        last = placeEnd(words: words, keys: keys, after: owner + body.length, openBefore: openBefore,
                                        list: list)
                    } else if let place = Self.placeWords.indices.first(where: { isPlace($0, at: owner, lower: list.lower) }) {
                        last = placeEnd(words: words, keys: keys, after: owner + Self.placeWords[place].count,
                                        openBefore: openBefore, list: list)
                    }
                }
                let agency = directory.agencies[match.agency]
                let printed = String(source[words[i].token.range.lowerBound..<words[last - 1].token.range.upperBound])
                // "Sở Tài chính (STC)": the body's short name in brackets is the body again, not a second one;
                // "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)": the unit doing the work, and
                // the body still the one answering for it.
                if openBefore[i], !words[i].separatorBefore, let owner = refs.last, owner.isResolved {
                    if owner.agencyID != agency.id {
                        refs[refs.count - 1].printed = owner.printed + " (" + TextCleanup.collapseSpaces(printed) + ")"
                    }
                    i = last
                    continue
                }
                refs.append(AgencyRef(printed: TextCleanup.collapseSpaces(printed), agencyID: agency.id,
                                      canonical: agency.name, kind: agency.kind))
                i = last
                continue
            }
            // "Bộ X với các tiêu chuẩn …; các bộ với …": what the bodies do there, not another body; it runs to
            // the next ";".
            if keys[i] == "voi", i + 1 < words.count, !words[i + 1].separatorBefore, !list.capitalised[i + 1],
               matcher.longestMatch(in: keys, from: i + 1) == nil,
               CollectiveGrammar.read(list, from: i + 1, matcher: matcher) == nil {
                i += 1
                while i < words.count, !(words[i].separatorBefore && !commaBefore[i]) { i += 1 }
                continue
            }
            if keys[i] == "va" || keys[i] == "cung" || keys[i] == "voi" {
                i += 1
                continue
            }
            // An unknown name runs to the next separator, or to a "và" before a known name.
            // A comma followed by lower-case words that open no other body is inside the name ("Trung tâm
            // Xúc tiến đầu tư, thương mại và du lịch tỉnh"): the items of a list of agencies are capitalised
            // names or collectives ("các …", "UBND …").
            func continuesName(_ j: Int) -> Bool {
                // "Các tổ chức, cá nhân …" is itself a list: only a proper name runs on.
                guard commaBefore[j], source[words[i].token.range].first?.isUppercase ?? false,
                      !Self.listOpeners.contains(keys[i]),
                      let first = source[words[j].token.range].first, first.isLowercase,
                      !Self.listOpeners.contains(keys[j]),
                      matcher.longestMatch(in: keys, from: j) == nil else { return false }
                return true
            }
            var j = i + 1
            // A name opened by a bracket ends with it.
            while j < words.count, !words[j].separatorBefore || continuesName(j), !(openBefore[i] && closeBefore[j]) {
                if keys[j] == "va", matcher.longestMatch(in: keys, from: j + 1) != nil
                    || CollectiveGrammar.read(list, from: j + 1, matcher: matcher) != nil { break }
                j += 1
            }
            let printed = String(source[words[i].token.range.lowerBound..<words[j - 1].token.range.upperBound])
            // A capitalised bracket right after a known body: its abbreviation ("Sở Nội vụ (SNV)"), nothing
            // more, or the unit of it that does the work ("Bộ Công an (Trung tâm Dữ liệu quốc gia)"): still
            // the one body answering for the task, its printed name keeping the unit.
            if openBefore[i], !words[i].separatorBefore, let owner = refs.last, owner.isResolved {
                if !(j == i + 1 && Self.isAbbreviation(source[words[i].token.range])) {
                    refs[refs.count - 1].printed = owner.printed + " (" + printed + ")"
                }
                i = j
                continue
            }
            refs.append(directory.reference(for: printed))
            i = j
        }
        return refs
    }

    /// Lower-case words that open the next item of a list, not the rest of a name.
    private static let listOpeners: Set<String> = ["cac", "nhung", "va", "cung", "voi", "hoac", "moi", "toan"]

    /// Words that place a body: "Sở Xây dựng tỉnh Lào Cai", "Kho bạc Nhà nước khu vực XI", "Công an tỉnh
    /// Nghệ An". The place belongs to the name as printed; the agency is the one the directory matched.
    private static let placeWords: [[String]] = [["tỉnh"], ["thành", "phố"], ["khu", "vực"], ["xã"], ["phường"], ["đặc", "khu"]]
    /// The same, folded ("tinh"), made once: every known name's end is compared with them.
    private static let foldedPlaceWords: [[String]] = placeWords.map { $0.map { SearchKey.make($0) } }

    /// Whether the words from `start` are place number `place`, compared with their marks: "tình hình" after
    /// "Bộ Khoa học và Công nghệ" is no "tỉnh" (a text typed without marks still says "tinh"). `lower` is the
    /// list's words lower-cased (`ListWords.lower`), made once for the whole list.
    private func isPlace(_ place: Int, at start: Int, lower: [String]) -> Bool {
        let printedPlace = Self.placeWords[place], foldedPlace = Self.foldedPlaceWords[place]
        guard start >= 0, start + printedPlace.count <= lower.count else { return false }
        for offset in printedPlace.indices {
            let printed = lower[start + offset]
            guard printed == printedPlace[offset] || printed == foldedPlace[offset] else { return false }
        }
        return true
    }

    /// One word of capitals and digits: "SNV", "BQL", "PC06".
    private static func isAbbreviation(_ word: Substring) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" }
    }

    private func placeEnd(words: [(token: AgencyToken, separatorBefore: Bool)], keys: [String],
                          after end: Int, openBefore: [Bool], list: ListWords) -> Int {
        // A bracket opens something else: the place ends before it. (`ListWords.capitalised` is the printed
        // word's first character upper-case or a digit.)
        func capitalised(_ k: Int) -> Bool {
            guard k < words.count, !words[k].separatorBefore, !openBefore[k], keys[k] != "va" else { return false }
            return list.capitalised[k]
        }
        var k = end
        let endsWithPlace = Self.placeWords.indices.contains { place in
            isPlace(place, at: end - Self.placeWords[place].count, lower: list.lower)
        }
        if !endsWithPlace {
            guard let place = Self.placeWords.indices.first(where: { place in
                isPlace(place, at: end, lower: list.lower) && !words[end].separatorBefore
            }) else { return end }
            let word = Self.placeWords[place]
            // "… đoàn thể tỉnh", "… ngành Thành phố": the province or city alone is a place too.
            let alone = word == ["tỉnh"] || word == ["thành", "phố"]
            guard capitalised(end + word.count) || alone else { return end }
            k = end + word.count
        }
        while capitalised(k) { k += 1 }
        return k
    }
}
