/// Reads the *Mục tiêu* section: objectives under their level headings, with their numeric targets.
enum ObjectivesReader {
    /// `roles` records what each paragraph became (objective, level heading, introduction).
    static func read(_ section: ArraySlice<Paragraph>, roles: inout [Int: LineRole]) -> [Objective] {
        var objectives: [Objective] = []
        var level: ObjectiveLevel?
        var heading = ""
        for p in section {
            if let numbered = LineShape.numbered(p.text) {
                let title = numbered.title.trimmingSuffix { $0 == "." || $0 == ":" }
                if let found = levelOf(heading: String(title)) {
                    roles[p.line] = .heading
                    level = found
                    heading = String(title)
                    continue
                }
            }
            let body = LineShape.unbulleted(p.text)
            if body.hasSuffix(":"), let found = levelOf(heading: body), case .byYear = found {
                roles[p.line] = .heading
                level = found
                heading = String(body.dropLast())
                continue
            }
            // Introductory text before the first level heading is not an objective.
            guard let current = level else {
                if body.hasSuffix(":") { roles[p.line] = .heading }  // "… các mục tiêu sau:" leads into the list
                continue
            }
            roles[p.line] = .objective
            objectives.append(Objective(level: current, heading: heading, text: body,
                                        targets: TargetParser.parse(body, level: current), sourceLine: p.line))
        }
        return objectives
    }

    /// "Mục tiêu chung" → general, "Mục tiêu đến năm 2030" / "Đến năm 2030" → by 2030, "Mục tiêu cụ thể" → other.
    static func levelOf(heading: String) -> ObjectiveLevel? {
        let key = SearchKey.make(heading)
        if key.hasPrefix("muc tieu chung") || key.hasPrefix("muc tieu tong quat") { return .general }
        let years = NumberRun.find(in: key).filter(\.isYear)
        let wordCount = key.split(separator: " ").count
        if let year = years.first, wordCount <= 10, key.includes("nam \(year.text)") || key.includes("den \(year.text)") {
            return .byYear(year.value)
        }
        if key.hasPrefix("muc tieu") && wordCount <= 6 { return .other }
        return nil
    }
}
