/// Units of a body: "Cục Quản lý thị trường thuộc Bộ Công Thương", "Vụ Pháp chế Bộ Nội vụ", "Phòng Kinh
/// tế (thuộc Sở Tài chính)", "Chi cục Kiểm lâm tỉnh thuộc Sở Nông nghiệp và Môi trường". A name that opens
/// with a unit's word and ends with a body the directory knows (after "thuộc", or as its last capitalised
/// words) is a unit of that body: it takes the body's kind and names it, and stays flagged as unknown so the
/// user can add it to the directory.
extension AgencyDirectory {
    /// Opening words of a unit inside a larger body (tone marks folded).
    private static let unitOpenings: [[String]] = [
        ["cuc"], ["tong", "cuc"], ["chi", "cuc"], ["vu"], ["vien"], ["phong"], ["trung", "tam"], ["van", "phong"],
        ["ban"], ["doi"], ["to"], ["hat"], ["thanh", "tra"], ["truong"], ["benh", "vien"],
    ]

    func parent(ofUnit name: String) -> Agency? {
        let source = name.nfc
        let words = AgencyTokenizer.tokens(of: source).filter(\.isWord)
        let keys = words.map(\.key)
        guard let opening = Self.unitOpenings.first(where: { keys.starts(with: $0) }),
              keys.count > opening.count + 1 else { return nil }
        func capitalised(_ k: Int) -> Bool {
            guard let first = source[words[k].range].first else { return false }
            return first.isUppercase
        }
        // "… thuộc <body>": the body after the last "thuộc".
        if let of = keys.lastIndex(of: "thuoc"), of > opening.count, of + 1 < keys.count {
            let rest = String(source[words[of + 1].range.lowerBound..<words[keys.count - 1].range.upperBound])
            if let parent = lookup(rest) ?? lookupPlaced(rest) { return parent }
        }
        // "Vụ Pháp chế Bộ Nội vụ": the shortest capitalised tail after the unit's own name that is a body.
        for start in (opening.count + 1)..<keys.count where capitalised(start) {
            let rest = String(source[words[start].range.lowerBound..<words[keys.count - 1].range.upperBound])
            guard let parent = lookup(rest) ?? lookupPlaced(rest),
                  [.ministry, .department, .peoplesCommittee, .party, .legislature, .judicial, .massOrganisation]
                    .contains(parent.kind) else { continue }
            return parent
        }
        return nil
    }
}
