/// The labels of a task's fields — the many ways plans say who leads, who cooperates, when and what —
/// shared by every reader that meets them ("- Đơn vị chủ trì: …", "b) Cơ quan thực hiện:", "Tiến độ: …").
enum FieldLabels {
    enum Name { case agencies, lead, cooperating, timeframe, result, leader, description }

    /// "Đơn vị chủ trì: Sở Y tế" → (.lead, "Sở Y tế"); nil where the text before the colon is not a label.
    static func field(_ body: String) -> (name: Name, value: String)? {
        guard let colon = body.firstIndex(of: ":"), body.distance(from: body.startIndex, to: colon) <= 60 else { return nil }
        let label = SearchKey.make(body[..<colon])
        let value = TextCleanup.collapseSpaces(body[body.index(after: colon)...])
        return name(of: label).map { ($0, value) }
    }

    /// Several fields on one line: "Đơn vị chủ trì: Phòng A; Đơn vị phối hợp: Phòng B, Phòng C".
    static func fields(_ body: String) -> [(name: Name, value: String)] {
        var found: [(name: Name, value: String)] = []
        for piece in body.split(separator: ";").map({ TextCleanup.collapseSpaces($0) }) {
            if let next = field(piece) {
                found.append(next)
            } else if let last = found.popLast() {
                found.append((last.name, last.value + "; " + piece))  // a ";" inside the value
            }
        }
        return found
    }

    /// A label as a search key; words in parentheses are optional ("Cơ quan (đơn vị) chủ trì (thực hiện)").
    static func name(of label: String) -> Name? {
        let bare = label.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        let words = bare.split(separator: " ").joined(separator: " ")
        switch words {
        case "co quan thuc hien", "don vi thuc hien", "trach nhiem thuc hien", "co quan, don vi thuc hien":
            return .agencies
        case "thoi gian thuc hien", "thoi gian hoan thanh", "thoi gian", "tien do", "tien do thuc hien", "thoi han",
             "thoi han hoan thanh", "thoi gian du kien hoan thanh", "du kien hoan thanh", "thoi gian trien khai":
            return .timeframe
        case "ket qua", "san pham", "ket qua, san pham", "san pham dau ra", "san pham du kien":
            return .result
        case "lanh dao phu trach", "lanh dao chi dao":
            return .leader
        case "nhiem vu", "noi dung", "noi dung thuc hien", "noi dung nhiem vu":
            return .description
        default:
            break
        }
        let leadWords = ["co quan chu tri", "don vi chu tri", "chu tri thuc hien", "chu tri", "co quan don vi chu tri"]
        if leadWords.contains(where: { words == $0 || words == $0 + " thuc hien" || words == $0 + " tham muu" }) {
            return .lead
        }
        let partnerWords = ["co quan phoi hop", "don vi phoi hop", "phoi hop thuc hien", "phoi hop", "co quan don vi phoi hop"]
        if partnerWords.contains(where: { words == $0 || words == $0 + " thuc hien" }) { return .cooperating }
        return nil
    }
}

/// A task's labelled fields as written, before the agencies and the timeframe in them are read.
struct TaskFields {
    /// "Cơ quan thực hiện: Sở A chủ trì, phối hợp với Sở B": the lead and partners in one value.
    var assignment: String?
    var lead: String?
    var cooperating: String?
    var timeframe: String?
    var result: String?
    /// "Lãnh đạo phụ trách: …", kept whole: a person, not an agency.
    var remark: String?

    var isEmpty: Bool { assignment == nil && lead == nil && cooperating == nil && timeframe == nil && result == nil }
    var namesALead: Bool { assignment != nil || lead != nil }

    /// Takes one field; a description ("Nhiệm vụ: …") is the reader's to place.
    mutating func take(_ name: FieldLabels.Name, _ value: String, line text: String) {
        switch name {
        case .agencies: if !value.isEmpty { assignment = value }
        case .lead: if !value.isEmpty { lead = value }
        case .cooperating: cooperating = value
        case .timeframe: timeframe = value
        case .result: result = value
        case .leader: remark = text
        case .description: break
        }
    }
}
