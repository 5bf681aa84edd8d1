/// Reads an indicator table (Chỉ tiêu · Đơn vị · Kết quả / Mục tiêu · Cơ quan chủ trì theo dõi) as objectives
/// with targets: "Tỉ lệ dịch vụ công trực tuyến toàn trình (%): 100% — theo dõi: Văn phòng Chính phủ".
/// Group rows ("I", "I.1") become the objectives' headings; the table's tasks, if any, are another reader's.
enum IndicatorTableReader {
    enum Column { case code, indicator, unit, target, monitor }

    static func column(forHeader cell: String) -> Column? {
        let key = SearchKey.make(cell)
        if key == "tt" || key == "stt" { return .code }
        if key.hasPrefix("chi tieu") || key.hasPrefix("ten chi tieu") { return .indicator }
        if key == "don vi" || key.hasPrefix("don vi tinh") || key == "dvt" { return .unit }
        if key.hasPrefix("ket qua") || key.hasPrefix("muc tieu") || key.hasPrefix("gia tri") || key.hasPrefix("chi tieu den") {
            return .target
        }
        if key.includes("theo doi") || key.includes("chu tri") { return .monitor }
        return nil
    }

    /// Where an indicator table starts: a header naming the indicator and its target.
    static func headerMap(_ p: Paragraph) -> [Column: Int]? {
        guard LineShape.isTableRow(p.text) else { return nil }
        var map: [Column: Int] = [:]
        for (i, cell) in TableTaskReader.cells(p.text).enumerated() {
            if let c = column(forHeader: cell), map[c] == nil { map[c] = i }
        }
        return map[.indicator] != nil && map[.target] != nil ? map : nil
    }

    /// `roles` records what each row became (header, group, objective).
    static func read(_ paragraphs: [Paragraph], agencies: AgencyListParser, roles: inout [Int: LineRole]) -> [Objective] {
        var objectives: [Objective] = []
        var index = 0
        while index < paragraphs.count {
            // A header is a table's first row: the rows below it are never asked again.
            let opensTable = index == 0 || !LineShape.isTableRow(paragraphs[index - 1].text)
            guard opensTable, let header = headerMap(paragraphs[index]) else { index += 1; continue }
            var heading = paragraphs[index].text
            roles[paragraphs[index].line] = .heading
            index += 1
            while index < paragraphs.count, LineShape.isTableRow(paragraphs[index].text) {
                let p = paragraphs[index]
                index += 1
                let row = TableTaskReader.cells(p.text)
                if TableTaskReader.isSeparatorRow(row) || TableTaskReader.isColumnNumberRow(row) || row.allSatisfy(\.isEmpty) {
                    roles[p.line] = .boilerplate
                    continue
                }
                func cell(_ c: Column) -> String {
                    guard let i = header[c], i < row.count else { return "" }
                    return TableTaskReader.paragraphs(row[i], listing: c == .monitor)
                }
                let code = cell(.code)
                let indicator = cell(.indicator)
                if !code.isEmpty, RomanNumeral.value(of: code.split(separator: ".").first ?? "") != nil {
                    heading = indicator.isEmpty ? code : indicator  // "I", "I.1": a group of indicators
                    roles[p.line] = .heading
                    continue
                }
                guard !indicator.isEmpty, !cell(.target).isEmpty else { continue }
                var text = indicator
                if !cell(.unit).isEmpty { text += " (\(cell(.unit)))" }
                text += ": " + cell(.target)
                if !cell(.monitor).isEmpty { text += " — theo dõi: " + agencies.parse(cell(.monitor)).map(\.printed).joined(separator: ", ") }
                roles[p.line] = .objective
                objectives.append(Objective(level: .other, heading: heading, text: text,
                                            targets: targets(cell(.target), unit: cell(.unit)),
                                            sourceLine: p.line))
            }
        }
        return objectives
    }

    /// "100%" → 100 %, "12" with unit "%" → 12 %: the target cell read with the unit its column gives.
    static func targets(_ target: String, unit: String) -> [Target] {
        var text = target.replacingOccurrences(of: "%", with: " %")
        if VietnameseNumber.parse(TextCleanup.collapseSpaces(text)) != nil, !unit.isEmpty { text += " " + unit }
        return TargetParser.parse(TextCleanup.collapseSpaces(text), level: .other)
    }
}
