/// Reads the *Mục tiêu* section: objectives under their level headings, with their numeric targets.
enum ObjectivesReader {
    static func read(_ section: ArraySlice<Paragraph>) -> [Objective] {
        var objectives: [Objective] = []
        var level: ObjectiveLevel?
        var heading = ""
        for p in section {
            if let numbered = LineShape.numbered(p.text) {
                let title = numbered.title.trimmingSuffix { $0 == "." || $0 == ":" }
                if let found = levelOf(heading: String(title)) {
                    level = found
                    heading = String(title)
                    continue
                }
            }
            let body = LineShape.unbulleted(p.text)
            if body.hasSuffix(":"), let found = levelOf(heading: body), case .byYear = found {
                level = found
                heading = String(body.dropLast())
                continue
            }
            // Introductory text before the first level heading is not an objective.
            guard let current = level else { continue }
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
        if let year = years.first, wordCount <= 10, key.contains("nam \(year.text)") || key.contains("den \(year.text)") {
            return .byYear(year.value)
        }
        if key.hasPrefix("muc tieu") && wordCount <= 6 { return .other }
        return nil
    }
}
