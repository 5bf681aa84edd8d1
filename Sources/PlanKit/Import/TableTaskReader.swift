/// Reads tasks laid out as a table (the Kon Tum appendix): columns are found by their header names,
/// not their positions. Pipe tables with or without outer pipes, Markdown separator rows and bold
/// group rows (`**I.**`) are accepted. Roman-numeral rows open a group; numbered rows are tasks.
struct TableTaskReader {
    enum Column: CaseIterable { case code, text, lead, cooperating, submission, result, timeframe, remark }

    let assignments: AssignmentParser
    var groups: [TaskGroup] = []
    var tasks: [PlanTask] = []
    var warnings: [ImportWarning] = []

    init(assignments: AssignmentParser) {
        self.assignments = assignments
    }

    /// The column a header cell names, if any.
    static func column(forHeader cell: String) -> Column? {
        let key = SearchKey.make(cell)
        if key == "tt" || key == "stt" || key == "so tt" || key == "ma" { return .code }
        if key.contains("chu tri") { return .lead }
        if key.contains("phoi hop") { return .cooperating }
        if key.contains("cap trinh") { return .submission }
        if key.contains("ket qua") || key.contains("san pham") { return .result }
        if key.contains("tien do") || key.hasPrefix("thoi gian") || key.hasPrefix("thoi han") { return .timeframe }
        if key.contains("ghi chu") { return .remark }
        if key.contains("nhiem vu") || key.contains("noi dung") || key.contains("giai phap") { return .text }
        return nil
    }

    /// Cells of a pipe-table row, outer pipes removed, Markdown bold marks dropped.
    static func cells(_ text: String) -> [String] {
        var body = Substring(text)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map {
            TextCleanup.collapseSpaces($0.replacingOccurrences(of: "**", with: ""))
        }
    }

    static func isSeparatorRow(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { "-:= ".contains($0) } }
    }

    /// Where a task table starts: a row whose headers name at least the task and its lead.
    static func headerMap(_ p: Paragraph) -> [Column: Int]? {
        guard LineShape.isTableRow(p.text) else { return nil }
        var map: [Column: Int] = [:]
        for (i, cell) in cells(p.text).enumerated() {
            if let column = column(forHeader: cell), map[column] == nil { map[column] = i }
        }
        return map[.text] != nil && map[.lead] != nil ? map : nil
    }

    /// Reads from the header row to the end of the table; returns how many paragraphs it used.
    @discardableResult
    mutating func read(_ paragraphs: ArraySlice<Paragraph>, header: [Column: Int]) -> Int {
        var used = 1
        var group: TaskGroup?
        var previousTask: Int?
        let width = (header.values.max() ?? 0) + 1
        for p in paragraphs.dropFirst() {
            guard LineShape.isTableRow(p.text) else { break }
            used += 1
            let row = Self.cells(p.text)
            if Self.isSeparatorRow(row) { continue }
            func cell(_ c: Column) -> String {
                guard let i = header[c], i < row.count else { return "" }
                return row[i]
            }
            let code = cell(.code).trimmingSuffix { $0 == "." || $0 == ")" }
            if RomanNumeral.value(of: code) != nil {
                let title = cell(.text).isEmpty ? row.first { !$0.isEmpty && $0 != String(code) } ?? "" : cell(.text)
                let opened = TaskGroup(code: String(code), title: title, sourceLine: p.line)
                groups.append(opened)
                group = opened
                previousTask = nil
                continue
            }
            if code.isEmpty {
                // A row without a number continues the task above (cells split over lines).
                if let index = previousTask, !cell(.text).isEmpty {
                    tasks[index].text += " " + cell(.text)
                } else if row.contains(where: { !$0.isEmpty }) {
                    warnings.append(ImportWarning(line: p.line, kind: .unreadLine, message: "table row without a number was not read"))
                }
                continue
            }
            guard code.allSatisfy({ $0.isNumber || $0 == "." }) else {
                warnings.append(ImportWarning(line: p.line, kind: .unreadLine, message: "table row with code \"\(code)\" was not read"))
                continue
            }
            if row.count < width {
                warnings.append(ImportWarning(line: p.line, kind: .missingCells,
                                              message: "row \(code) has \(row.count) cells; the header has \(width)"))
            }
            let groupCode = group?.code ?? ""
            let taskCode = groupCode.isEmpty ? String(code) : "\(groupCode).\(code)"
            let lead = assignments.agencies.parse(cell(.lead))
            let cooperating = assignments.agencies.parse(cell(.cooperating))
            if lead.isEmpty {
                warnings.append(ImportWarning(line: p.line, kind: .missingLead, message: "task \(taskCode) names no lead agency"))
            }
            let timeframeText = cell(.timeframe)
            if timeframeText.isEmpty {
                warnings.append(ImportWarning(line: p.line, kind: .missingTimeframe, message: "task \(taskCode) has no timeframe"))
            }
            func optional(_ c: Column) -> String? { cell(c).isEmpty ? nil : cell(c) }
            tasks.append(PlanTask(code: taskCode, groupCode: groupCode, text: cell(.text), lead: lead,
                                  cooperating: cooperating, submissionLevel: optional(.submission), result: optional(.result),
                                  timeframe: timeframeText.isEmpty ? Timeframe(text: "", kind: .unknown) : TimeframeParser.parse(timeframeText),
                                  remark: optional(.remark), sourceLine: p.line))
            previousTask = tasks.count - 1
        }
        return used
    }
}

enum RomanNumeral {
    private static let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]

    /// "IV" → 4; nil for anything that is not an upper-case Roman numeral.
    static func value<S: StringProtocol>(of text: S) -> Int? {
        guard !text.isEmpty, text.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        for ch in text.reversed() {
            guard let v = values[ch] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }
}
