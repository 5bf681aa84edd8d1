/// Reads tasks laid out as a table (the Kon Tum appendix): columns are found by their header names,
/// not their positions. Pipe tables with or without outer pipes, Markdown separator rows and bold
/// group rows (`**I.**`) are accepted. Roman-numeral rows open a group; numbered rows are tasks.
struct TableTaskReader {
    enum Column: CaseIterable { case code, text, lead, cooperating, submission, result, timeframe, remark }

    let assignments: AssignmentParser
    var groups: [TaskGroup] = []
    var tasks: [PlanTask] = []
    var warnings: [ImportWarning] = []
    /// What each row it read became (the tasks' own rows are the importer's to mark).
    var roles: [Int: LineRole] = [:]

    /// Agency cells already read: a table names the same bodies row after row ("Sở Nội vụ", "Các sở, ngành
    /// liên quan"), and reading a list is most of reading a row. Bounded: a cell seen once costs nothing more.
    private var agencyCells: [String: [AgencyRef]] = [:]
    private static let agencyCellsKept = 4096

    init(assignments: AssignmentParser) {
        self.assignments = assignments
    }

    private mutating func agencies(in cell: String) -> [AgencyRef] {
        if let known = agencyCells[cell] { return known }
        let refs = assignments.agencies.parse(cell)
        if agencyCells.count < Self.agencyCellsKept { agencyCells[cell] = refs }
        return refs
    }

    /// The column a header cell names, if any.
    static func column(forHeader cell: String) -> Column? {
        let key = SearchKey.make(cell)
        if key == "tt" || key == "stt" || key == "so tt" || key == "ma" { return .code }
        if key.includes("chu tri") { return .lead }
        if key.includes("phoi hop") { return .cooperating }
        if key.includes("cap trinh") { return .submission }
        if key.includes("ket qua") || key.includes("san pham") { return .result }
        if key.includes("tien do") || key.hasPrefix("thoi gian") || key.hasPrefix("thoi han") { return .timeframe }
        if key.includes("ghi chu") { return .remark }
        if key.includes("nhiem vu") || key.includes("noi dung") || key.includes("giai phap") { return .text }
        return nil
    }

    /// Cells of a pipe-table row, outer pipes removed, Markdown bold marks dropped.
    static func cells(_ text: String) -> [String] {
        // Work on the bytes: "|" never occurs inside a multi-byte scalar, and grapheme walking is slow.
        var body = text.utf8[...]
        if body.first == UInt8(ascii: "|") { body = body.dropFirst() }
        if body.last == UInt8(ascii: "|") { body = body.dropLast() }
        // A "\|" is a pipe inside a cell, not a cell boundary; most rows have none and are simply split.
        guard ByteSearch.contains(UInt8(ascii: "\\"), in: body) else {
            return ByteSearch.split(body, at: UInt8(ascii: "|")).map(cleaned)
        }
        var pieces: [Substring.UTF8View.SubSequence] = []
        var cellStart = body.startIndex
        var index = body.startIndex
        var escaped = false
        while index < body.endIndex {
            let byte = body[index]
            if byte == UInt8(ascii: "|") && !escaped {
                pieces.append(body[cellStart..<index])
                cellStart = body.index(after: index)
            }
            escaped = byte == UInt8(ascii: "\\")
            index = body.index(after: index)
        }
        pieces.append(body[cellStart..<body.endIndex])
        return pieces.map(cleaned)
    }

    /// One cell's text: bold marks dropped, an escaped pipe made a pipe, spaces collapsed.
    private static func cleaned(_ bytes: Substring.UTF8View.SubSequence) -> String {
        var cell = Substring(bytes)
        if cell.hasByte(UInt8(ascii: "*")) { cell = Substring(cell.replacingOccurrences(of: "**", with: "")) }
        if cell.hasByte(UInt8(ascii: "\\")) { cell = Substring(cell.replacingOccurrences(of: "\\|", with: "|")) }
        return TextCleanup.collapseSpaces(TextCleanup.trimSpaces(cell))
    }

    /// A cell's paragraphs ("a<br>b") as one text: joined by spaces, or by ";" where they list agencies.
    static func paragraphs(_ cell: String, listing: Bool) -> String {
        guard cell.hasByte(UInt8(ascii: "<")), cell.contains("<br>") else { return cell }
        return TextCleanup.collapseSpaces(cell.replacingOccurrences(of: "<br>", with: listing ? "; " : " "))
    }

    /// "| (1) | (2) | (3) |": the column numbers some plans print under the header.
    static func isColumnNumberRow(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        return filled.count >= 2 && filled.allSatisfy { cell in
            cell.hasPrefix("(") && cell.hasSuffix(")") && cell.dropFirst().dropLast().allSatisfy { $0.isNumber || $0.isLetter }
                && cell.count <= 5
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
        var mergedNumber: (code: String, items: Int)?  // the number repeated by a merged cell, and its rows so far
        let width = (header.values.max() ?? 0) + 1
        // Columns the reader has no field for (Nguồn kinh phí, Theo dõi, …) are kept in the task's remark.
        let headerCells = paragraphs.first.map { Self.cells($0.text) } ?? []
        let mapped = Set(header.values)
        let extras = headerCells.enumerated().filter { !mapped.contains($0.offset) && !$0.element.isEmpty }
        if let first = paragraphs.first { roles[first.line] = .heading }
        for p in paragraphs.dropFirst() {
            guard LineShape.isTableRow(p.text) else { break }
            used += 1
            let row = Self.cells(p.text)
            if Self.isSeparatorRow(row) || Self.isColumnNumberRow(row) || row.allSatisfy(\.isEmpty) {
                roles[p.line] = .boilerplate
                continue
            }
            func cell(_ c: Column) -> String {
                guard let i = header[c], i < row.count else { return "" }
                return Self.paragraphs(row[i], listing: c == .lead || c == .cooperating)
            }
            let code = cell(.code).trimmingSuffix { $0 == "." || $0 == ")" }
            if RomanNumeral.value(of: code) != nil {
                // A group cell merged down repeats its numeral on every row it spans: still the same group.
                if let open = group, open.code == String(code) { roles[p.line] = .heading; continue }
                let title = cell(.text).isEmpty ? row.first { !$0.isEmpty && $0 != String(code) } ?? "" : cell(.text)
                let opened = TaskGroup(code: String(code), title: title, sourceLine: p.line)
                groups.append(opened)
                roles[p.line] = .heading
                group = opened
                previousTask = nil
                mergedNumber = nil
                continue
            }
            if code.isEmpty {
                // A row without a number continues the task above (cells split over lines).
                if let index = previousTask, !cell(.text).isEmpty {
                    tasks[index].text += " " + cell(.text)
                    roles[p.line] = .taskText
                } else if row.contains(where: { !$0.isEmpty }) {
                    warnings.append(ImportWarning(line: p.line, .unread(.tableRowWithoutNumber)))
                    roles[p.line] = .notUnderstood("table row without a number")
                }
                continue
            }
            if SectionRoles.isCodeOnly(String(code)), code.first.map({ !$0.isNumber }) == true {
                roles[p.line] = .heading  // "III.1", "III.1.2": a part of a group, its tasks numbered below it
                continue
            }
            guard code.allSatisfy({ $0.isNumber || $0 == "." }) else {
                warnings.append(ImportWarning(line: p.line, .unread(.tableRowCode(String(code)))))
                roles[p.line] = .notUnderstood("table row code")
                continue
            }
            if row.count < width {
                warnings.append(ImportWarning(line: p.line, .missingCells(row: String(code), cells: row.count, header: width)))
            }
            let groupCode = group?.code ?? ""
            var taskCode = groupCode.isEmpty ? String(code) : "\(groupCode).\(code)"
            // A number cell merged down (Word's vMerge) repeats its number on each row it spans, never a second
            // task with the same code: a row that only repeats the task joins it; a row with its own lead,
            // product or deadline is a sub-item of the merged task ("VII.2a", "VII.2b"), in Vietnamese order.
            if let index = previousTask, let merged = mergedNumber ?? (tasks[index].code == taskCode ? (taskCode, 1) : nil),
               merged.code == taskCode {
                let ownLead = agencies(in: cell(.lead))
                let differs = (!ownLead.isEmpty && ownLead != tasks[index].lead)
                    || (!cell(.timeframe).isEmpty && cell(.timeframe) != tasks[index].timeframe.text)
                    || (!cell(.result).isEmpty && cell(.result) != (tasks[index].result ?? ""))
                if !differs || merged.items >= VietnameseLetters.order.count {
                    Self.merge(row: cell, extras: extras.map { ($0.element, $0.offset < row.count ? row[$0.offset] : "") },
                               into: &tasks[index], agencies: assignments.agencies)
                    roles[p.line] = .taskText
                    continue
                }
                if merged.items == 1 { tasks[index].code = taskCode + String(VietnameseLetters.order[0]) }
                mergedNumber = (taskCode, merged.items + 1)
                taskCode += String(VietnameseLetters.order[merged.items])
            } else {
                mergedNumber = nil
            }
            let lead = agencies(in: cell(.lead))
            let cooperating = agencies(in: cell(.cooperating))
            if lead.isEmpty {
                warnings.append(ImportWarning(line: p.line, .missingLead(task: taskCode)))
            }
            let timeframeText = cell(.timeframe)
            if timeframeText.isEmpty {
                warnings.append(ImportWarning(line: p.line, .missingTimeframe(task: taskCode)))
            }
            func optional(_ c: Column) -> String? { cell(c).isEmpty ? nil : cell(c) }
            let extraText = extras.compactMap { column -> String? in
                guard column.offset < row.count, !row[column.offset].isEmpty else { return nil }
                return column.element + ": " + Self.paragraphs(row[column.offset], listing: false)
            }
            let remark = ([optional(.remark)].compactMap { $0 } + extraText).joined(separator: "; ")
            tasks.append(PlanTask(code: taskCode, groupCode: groupCode, text: cell(.text), lead: lead,
                                  cooperating: cooperating, submissionLevel: optional(.submission), result: optional(.result),
                                  timeframe: timeframeText.isEmpty ? Timeframe(text: "", kind: .unknown) : TimeframeParser.parse(timeframeText),
                                  remark: remark.isEmpty ? nil : remark, sourceLine: p.line))
            previousTask = tasks.count - 1
        }
        return used
    }

    /// Adds to a task the cells of a row that continues it: text, agencies and extra columns not yet on it
    /// (a merged cell repeats the same text in every row, which is kept once).
    private static func merge(row cell: (Column) -> String, extras: [(header: String, value: String)],
                              into task: inout PlanTask, agencies: AgencyListParser) {
        func appended(_ base: String, _ more: String, separator: String) -> String {
            if more.isEmpty || base.contains(more) { return base }
            return base.isEmpty ? more : base + separator + more
        }
        task.text = appended(task.text, cell(.text), separator: " ")
        for ref in agencies.parse(cell(.lead)) where !task.lead.contains(ref) { task.lead.append(ref) }
        for ref in agencies.parse(cell(.cooperating)) where !task.cooperating.contains(ref) && !task.lead.contains(ref) {
            task.cooperating.append(ref)
        }
        if task.timeframe.text.isEmpty, !cell(.timeframe).isEmpty { task.timeframe = TimeframeParser.parse(cell(.timeframe)) }
        if task.result == nil, !cell(.result).isEmpty { task.result = cell(.result) }
        var remark = task.remark ?? ""
        remark = appended(remark, cell(.remark), separator: "; ")
        for extra in extras where !extra.value.isEmpty {
            remark = appended(remark, extra.header + ": " + paragraphs(extra.value, listing: false), separator: "; ")
        }
        task.remark = remark.isEmpty ? nil : remark
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
