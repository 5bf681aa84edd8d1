import Foundation

/// Turns a published plan's text into a `Plan`: identity, objectives and targets, tasks (from an appendix
/// table where there is one, else from the numbered prose), agency duties, reporting duties, footnotes.
/// What it cannot read becomes a warning with its line number.
public enum PlanImporter {
    public static func importPlan(data: Data, directory: AgencyDirectory) throws -> ImportResult {
        try importPlan(text: SourceText.decode(data), directory: directory)
    }

    /// `text` is taken (`consuming`): a caller that hands it over with `consume` lets the reader free it
    /// once it is normalised, before the copies the reading makes.
    public static func importPlan(text: consuming String, directory: AgencyDirectory) throws -> ImportResult {
        if text.isEmpty { throw ImportError.empty }
        // memchr: the view's generic search cost 30 instructions a byte of a 60 MB text.
        if let offset = ByteSearch.firstOffset(of: 0, in: text.utf8) { throw ImportError.binary(byteOffset: offset) }
        let normalized = TextCleanup.normalizeDocument(text)
        _ = consume text
        // The lines, as written and with their marks taken out, only until the paragraphs are made of them:
        // at 100,000 tasks each is a copy of the text (50 MB), and the readers' peak comes after.
        let (paragraphs, footnotes): ([Paragraph], [Footnote]) = {
            let written = SourceText.lines(ofNormalized: normalized)
            return ParagraphAssembler.assemble(FlattenedTables.rebuild(written.map(MarkdownMarks.clean)), original: written)
        }()
        if paragraphs.isEmpty { throw ImportError.empty }

        let agencies = AgencyListParser(directory: directory)
        let assignments = AssignmentParser(agencies: agencies)
        let sections = SectionIndex(paragraphs)

        // The provenance record: each reader writes down the paragraphs it used and what they became.
        var objectiveRoles: [Int: LineRole] = [:]
        let objectives = (sections.objectives.map { ObjectivesReader.read(paragraphs[$0], roles: &objectiveRoles) } ?? [])
            + IndicatorTableReader.read(paragraphs, agencies: agencies, roles: &objectiveRoles)

        var warnings: [ImportWarning] = []
        var groups: [TaskGroup] = []
        var tasks: [PlanTask] = []
        var readers: [String: TaskReaderName] = [:]
        var roles = LineRoles()
        var readerRoles: [Int: LineRole] = [:]
        if let table = sections.taskTable {
            var reader = TableTaskReader(assignments: assignments)
            reader.read(paragraphs[table.start...], header: table.header)
            (groups, tasks, readerRoles) = (reader.groups, reader.tasks, reader.roles)
            warnings += reader.warnings
            for task in tasks { readers[task.code] = .table }
        }
        if tasks.isEmpty, let range = sections.tasks {
            // No table, or only a blank report form (a header and empty rows): the tasks are in the prose.
            var reader = SectionTaskReader(assignments: assignments)
            reader.read(paragraphs[range])
            (groups, tasks, readerRoles) = (reader.groups, reader.tasks, reader.roles)
            warnings += reader.warnings
            for task in tasks { readers[task.code] = .labelledSection }
        }
        if tasks.isEmpty {
            // No table and no labelled task list: the work is assigned under agency headings or in the prose.
            var reader = AgencyHeadingReader(agencies: agencies)
            reader.read(sections.body(of: paragraphs))
            (groups, tasks, readers, readerRoles) = (reader.groups, reader.tasks, reader.readers, reader.roles)
            warnings = reader.warnings
        }
        for task in tasks { roles.record(task.sourceLine, .task(task.code)) }
        roles.record(readerRoles)
        roles.record(objectiveRoles)

        var duties = DutiesReader(agencies: agencies)
        if let range = sections.duties { duties.read(paragraphs[range]) }
        if let range = sections.reporting {
            // A section of its own on reporting ("Chế độ báo cáo"): each sentence names who reports.
            let prose = ProseAssignment(agencies: agencies)
            for p in paragraphs[range] {
                // The recipients' list and the signature end the section, whatever heading follows them.
                if ["noi nhan", "tm. ", "kt. "].contains(where: { p.key.hasPrefix($0) }) { break }
                let sentence = LineShape.unbulleted(p.text)
                let reporters = prose.leadingNames(sentence)
                let reports = duties.reportingDuties(in: sentence, reporters: reporters, line: p.line)
                if !reports.isEmpty {
                    duties.reporting += reports
                    roles.record(p.line, .reporting)
                } else if roles[p.line] == nil, let doers = prose.read(sentence)?.lead ?? Optional(prose.subject(sentence)),
                          !doers.isEmpty, sentence.count > doers.map(\.printed.count).reduce(0, +) + 12 {
                    // "Sở X là cơ quan thường trực, chủ trì theo dõi, đôn đốc …", "Các sở, ban, ngành định kỳ kiểm
                    // tra …" in a section on monitoring and reporting: no report with a date, but a duty of the
                    // bodies it names (a line that is nothing but names is a list, not a duty).
                    duties.duties.append(AgencyDuty(agencies: doers, heading: sentence, remark: nil, items: [],
                                                    sourceLine: p.line))
                    roles.record(p.line, .duty)
                }
            }
        }
        roles.record(duties.roles)
        roles.record(SectionRoles.read(paragraphs, sections: sections, agencies: agencies,
                                       tableHasTasks: sections.taskTable != nil && !tasks.isEmpty))

        if tasks.isEmpty {
            // Never refused: what was read is the plan, and the user is told that no task was found.
            warnings.append(ImportWarning(line: 1, .noTasks))
        }

        var plan = Plan(identity: HeaderReader.read(paragraphs, directory: directory), sourceDigest: SHA256.hex(of: normalized),
                        objectives: objectives, groups: groups, tasks: tasks, duties: duties.duties,
                        reporting: duties.reporting, footnotes: footnotes)
        IssuerUnits.resolve(&plan, directory: directory)
        // "Sau 03 tháng kể từ ngày ký": counted from the date the document was signed, where it says it.
        for i in plan.tasks.indices where plan.tasks[i].timeframe.kind == .relative {
            plan.tasks[i].timeframe = TimeframeParser.resolve(plan.tasks[i].timeframe, signedOn: plan.identity.date)
        }
        let issuerID = directory.reference(for: plan.identity.issuer).agencyID
        warnings += unknownAgencyWarnings(tasks: plan.tasks, duties: plan.duties, reporting: plan.reporting,
                                          issuerID: issuerID)
        for task in plan.tasks where task.timeframe.kind == .unknown && !task.timeframe.text.isEmpty {
            warnings.append(ImportWarning(line: task.sourceLine, .unknownTimeframe(task: task.code, text: task.timeframe.text)))
        }
        var result = ImportResult(plan: plan, warnings: [], normalizedText: normalized, readers: readers,
                                  roles: roles.byLine, paragraphLines: paragraphs.map(\.line))
        warnings += unreadParagraphWarnings(result.unreadParagraphLines(), paragraphs: paragraphs, warned: Set(warnings.map(\.line)))
        result.warnings = warnings.sorted { $0.line < $1.line }
        return result
    }

    /// Every paragraph no reader used, as a warning quoting its first words (one warning a line: a line the
    /// readers already warned about keeps that warning, which says why).
    private static func unreadParagraphWarnings(_ unreadLines: [Int], paragraphs: [Paragraph],
                                                warned: Set<Int>) -> [ImportWarning] {
        let unread = unreadLines.filter { !warned.contains($0) }
        guard !unread.isEmpty else { return [] }
        let texts = Dictionary(paragraphs.map { ($0.line, $0.text) }, uniquingKeysWith: { first, _ in first })
        return unread.map { line in
            // The paragraph as the readers saw it (marks taken out, its lines joined), cut to a display width.
            let text = texts[line] ?? ""
            let excerpt = TextLayout.truncate(LineShape.unbulleted(text), toWidth: ImportWarning.excerptWidth)
            return ImportWarning(line: line, .unread(.paragraph(excerpt: excerpt)))
        }
    }

    private static func unknownAgencyWarnings(tasks: [PlanTask], duties: [AgencyDuty],
                                              reporting: [ReportingDuty], issuerID: String?) -> [ImportWarning] {
        var warnings: [ImportWarning] = []
        func check(_ refs: [AgencyRef], line: Int, context: ImportWarning.AgencyPlace) {
            for ref in refs where !ref.isResolved && !IssuerUnits.isOwnUnit(ref, issuerID: issuerID) {
                warnings.append(ImportWarning(line: line, .unknownAgency(context, printed: ref.printed)))
            }
        }
        for task in tasks {
            check(task.lead, line: task.sourceLine, context: .lead(task: task.code))
            check(task.cooperating, line: task.sourceLine, context: .cooperating(task: task.code))
        }
        for duty in duties { check(duty.agencies, line: duty.sourceLine, context: .duty) }
        for report in reporting {
            check(report.reporters + [report.recipient, report.through].compactMap { $0 }, line: report.sourceLine,
                  context: .reporting)
        }
        return warnings
    }
}

/// Where the plan's sections are: by their Roman-numeral headings' words, not their numbers.
struct SectionIndex {
    var objectives: Range<Int>?
    var tasks: Range<Int>?
    var duties: Range<Int>?
    /// *Chế độ báo cáo* when it is a section of its own.
    var reporting: Range<Int>?
    /// *Mục đích, yêu cầu*: what the plan is for, never its tasks.
    var purpose: Range<Int>?
    /// *Kinh phí thực hiện*: where the money comes from.
    var funding: Range<Int>?
    /// *Các giải pháp thực hiện*, *Lộ trình thực hiện*: how and in which phases, not who.
    var measures: [Range<Int>] = []
    /// *Nội dung Chỉ số …*, *Nội dung Đề án*: what the scheme consists of, not who does what.
    var contents: [Range<Int>] = []
    /// The first lines of the section headings ("II. NHIỆM VỤ …", "PHỤ LỤC", "TM. …").
    var headingLines: [Int] = []
    var taskTable: (start: Int, header: [TableTaskReader.Column: Int])?

    init(_ paragraphs: [Paragraph]) {
        var headings: [(index: Int, key: String)] = []
        for (i, p) in paragraphs.enumerated() {
            if LineShape.isTableRow(p.text) {
                if taskTable == nil, let header = TableTaskReader.headerMap(p) { taskTable = (i, header) }
                if p.text.utf8.count < 40, SearchKey.make(p.text).hasPrefix("| tm.") { headings.append((i, "tm.")) }
                continue
            }
            if let heading = LineShape.romanHeading(p.text) {
                headings.append((i, SearchKey.make(heading.title)))
            } else if p.text.utf8.count < 40 {
                // An appendix or the signature block ends the section before it.
                let key = p.key
                if key == "phu luc" || key.hasPrefix("phu luc ") || key.hasPrefix("tm.") { headings.append((i, key)) }
            }
        }
        for (n, heading) in headings.enumerated() {
            let end = n + 1 < headings.count ? headings[n + 1].index : paragraphs.count
            let range = (heading.index + 1)..<end
            if objectives == nil, heading.key.hasPrefix("muc tieu") { objectives = range }
            if purpose == nil, heading.key.hasPrefix("muc dich") { purpose = range }
            if tasks == nil, heading.key.hasPrefix("nhiem vu") || heading.key.includes("nhiem vu va giai phap")
                || heading.key.hasPrefix("cac nhiem vu") { tasks = range }
            if duties == nil, heading.key.hasPrefix("to chuc thuc hien") { duties = range }
            if reporting == nil, heading.key.includes("che do bao cao") { reporting = range }
            if funding == nil, heading.key.hasPrefix("kinh phi") || heading.key.hasPrefix("nguon kinh phi") { funding = range }
            if ["giai phap", "cac giai phap", "nhom giai phap", "lo trinh"].contains(where: { heading.key.hasPrefix($0) }) {
                measures.append(range)
            }
            // "NỘI DUNG THỰC HIỆN", "NỘI DUNG, NHIỆM VỤ" are work to do: only a heading that names the thing
            // described ("NỘI DUNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH") holds a description.
            if heading.key.hasPrefix("noi dung"),
               !["thuc hien", "nhiem vu", "cong viec", "hoat dong", "trien khai"].contains(where: { heading.key.includes($0) }) {
                contents.append(range)
            }
            headingLines.append(paragraphs[heading.index].line)
        }
    }
}

extension SectionIndex {
    /// The paragraphs that may assign work: all but the purpose and the objectives.
    func body(of paragraphs: [Paragraph]) -> ArraySlice<Paragraph> {
        let skipped = [purpose, objectives].compactMap { $0 }
        guard !skipped.isEmpty else { return paragraphs[...] }
        return ArraySlice(paragraphs.indices.filter { i in !skipped.contains { $0.contains(i) } }.map { paragraphs[$0] })
    }
}
