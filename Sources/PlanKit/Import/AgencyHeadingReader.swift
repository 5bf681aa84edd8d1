/// Reads tasks from documents that assign work under agency headings or in the sentence itself — the
/// layout of most công văn, of *Phân công nhiệm vụ* and *Tổ chức thực hiện* sections:
///
///     2. Sở Nông nghiệp và Môi trường        ← an agency heading (also "2. Giao Sở X:", "b) Công an tỉnh")
///     - Chủ trì, phối hợp với Công an tỉnh …  ← a task led by the heading's agency, Công an tỉnh cooperating
///     - Sở Y chủ trì …                        ← a task that names its own lead
///     3. Giao Sở Tư pháp chủ trì, phối hợp với … hoàn thành trong quý IV năm 2026   ← a prose task
///
/// Bullets under a heading are numbered within it ("2.1", "2.2"), lettered items take their letter
/// ("2a", "2đ"); a heading with one paragraph under it is itself the task.
struct AgencyHeadingReader {
    let prose: ProseAssignment
    var groups: [TaskGroup] = []
    var tasks: [PlanTask] = []
    var warnings: [ImportWarning] = []
    /// Which reader produced each task, by code.
    var readers: [String: TaskReaderName] = [:]
    /// What each paragraph (by its first line) became.
    var roles: [Int: LineRole] = [:]

    init(agencies: AgencyListParser) {
        self.prose = ProseAssignment(agencies: agencies)
    }

    private struct Item {
        var text: String
        var line: Int
        var letter: Character?
        var isBullet: Bool
        var fields = TaskFields()
    }

    /// An item that names nobody yet: it becomes a task if labelled fields follow it.
    private struct Pending {
        var code: String
        var text: String
        var line: Int
        var fields = TaskFields()
        /// The plain paragraphs its text went on into.
        var continuation: [Int] = []
    }
    private var pending: Pending?
    /// The numbered prose task just read, which a plain paragraph after it goes on.
    private var openStandalone: Int?

    private struct Context {
        var agencies: [AgencyRef]
        var code: String
        var rank: Int
        var items: [Item] = []
    }

    private var context: Context?
    private var group: (code: String, title: String, line: Int)?
    private var parentCode = ""
    private var counters: [String: Int] = [:]

    /// Ranks of markers: a heading closes the context of any heading of its rank or deeper.
    private enum Rank {
        static let roman = 0
        static func numbered(_ depth: Int) -> Int { depth }
        static let lettered = 10
        static let bullet = 20
        static let plain = 30
    }

    mutating func read(_ paragraphs: ArraySlice<Paragraph>) {
        for p in paragraphs {
            let key = p.key
            if key.hasPrefix("noi nhan") || key.hasPrefix("tm. ") || key.hasPrefix("kt. ") { break }
            take(p, key: key)
        }
        closeContext()
        finishPending()
    }

    private mutating func take(_ p: Paragraph, key: String) {
        let continuing = openStandalone
        openStandalone = nil
        if LineShape.isTableRow(p.text) { return }
        if let roman = LineShape.romanHeading(p.text) {
            closeContext()
            finishPending()
            group = (roman.code, roman.title, p.line)
            parentCode = roman.code
            roles[p.line] = .heading
            return
        }
        if key.hasPrefix("dieu "), let first = key.dropFirst(5).first, first.isNumber {
            closeContext()  // a decision's own article: not a task, whatever it says
            finishPending()
            roles[p.line] = .boilerplate
            return
        }
        var rank = Rank.plain
        var code: String?
        var letter: Character?
        var title = p.text
        if let numbered = LineShape.numbered(p.text), !LineShape.isBullet(p.text) {
            rank = Rank.numbered(numbered.path.count)
            code = qualified(numbered.path.joined(separator: "."))
            title = numbered.title
        } else if let item = VietnameseLetters.item(p.text) {
            rank = Rank.lettered
            letter = item.letter
            title = item.title
        } else if let item = LineShape.parenthesisedNumber(p.text) {
            rank = Rank.lettered + 1
            title = item
        } else if LineShape.isBullet(p.text) {
            rank = Rank.bullet
            title = LineShape.unbulleted(p.text)
        }
        if rank >= Rank.lettered, FieldLabels.field(title) != nil {
            for field in FieldLabels.fields(title) { attach(field, text: title) }
            roles[p.line] = .field
            return
        }
        if rank == Rank.plain, ["thoi gian", "thoi han", "tien do"].contains(where: { key.hasPrefix($0) }),
           let due = TimeframeParser.find(inSentence: title) {
            // "Thời gian hoàn thành trước ngày …" on a line of its own: the deadline of the item above.
            attach((.timeframe, due.text), text: title)
            roles[p.line] = .field
            return
        }
        if let open = context, rank <= open.rank, rank < Rank.bullet { closeContext() }
        if rank < Rank.bullet, let names = prose.headingAgencies(title) {
            closeContext()
            finishPending()
            let headingCode = code ?? letter.map { parentCode + String($0) } ?? qualified(nextCode(under: parentCode))
            context = Context(agencies: names, code: headingCode, rank: rank)
            roles[p.line] = .heading
            return
        }
        if context != nil {
            if rank == Rank.plain, var open = context, var last = open.items.popLast(), !last.isBullet, last.letter == nil {
                // A paragraph after a paragraph under one heading goes on with the same duty.
                last.text += " " + title
                open.items.append(last)
                context = open
                roles[p.line] = .taskText
                return
            }
            context?.items.append(Item(text: title, line: p.line, letter: letter, isBullet: rank == Rank.bullet))
            return
        }
        if let code, rank < Rank.lettered { parentCode = code }
        if rank == Rank.plain, pending != nil, pending?.fields.isEmpty == true {
            pending?.text += " " + title  // the pending item's text goes on
            pending?.continuation.append(p.line)
            roles[p.line] = .taskText
            return
        }
        // The closing ("Yêu cầu các sở … nghiêm túc thực hiện các nhiệm vụ được giao …") names bodies but gives no task.
        let reading = SectionRoles.isClosing(p) ? nil : prose.read(title)
        if rank == Rank.plain, reading == nil, let index = continuing, index == tasks.count - 1, !closes(p, title: title) {
            // "Đồng thời, …" after a numbered task: more of that task, perhaps with its deadline.
            tasks[index].text += " " + title
            if tasks[index].timeframe.text.isEmpty, let due = TimeframeParser.find(inSentence: title) {
                tasks[index].timeframe = due
            }
            openStandalone = index
            roles[p.line] = .taskText
            return
        }
        finishPending()
        guard let reading else {
            if rank < Rank.bullet {
                let itemCode = code ?? letter.map { parentCode + String($0) } ?? qualified(nextCode(under: parentCode))
                pending = Pending(code: itemCode, text: title, line: p.line)
            }
            return
        }
        let taskCode = code ?? letter.map { parentCode + String($0) } ?? qualified(nextCode(under: parentCode))
        add(code: taskCode, text: title, line: p.line, lead: reading.lead, cooperating: reading.cooperating,
            reader: .proseSentence)
        if rank < Rank.bullet { openStandalone = tasks.count - 1 }
    }

    /// A labelled line belongs to the item just above it: the pending one, the heading's last, or the last task.
    private mutating func attach(_ field: (name: FieldLabels.Name, value: String), text: String) {
        if pending != nil {
            pending?.fields.take(field.name, field.value, line: text)
        } else if var open = context, var last = open.items.popLast() {
            last.fields.take(field.name, field.value, line: text)
            open.items.append(last)
            context = open
        } else if var task = tasks.popLast() {
            var fields = TaskFields()
            fields.take(field.name, field.value, line: text)
            apply(fields, to: &task)
            tasks.append(task)
        }
    }

    private func apply(_ fields: TaskFields, to task: inout PlanTask) {
        if let assignment = fields.assignment {
            (task.lead, task.cooperating) = AssignmentParser(agencies: prose.agencies).parse(assignment)
        }
        if let lead = fields.lead { task.lead = prose.agencies.parse(lead) }
        if let partners = fields.cooperating { task.cooperating = prose.agencies.parse(partners) }
        if let time = fields.timeframe { task.timeframe = TimeframeParser.parse(time) }
        if let result = fields.result { task.result = result }
        if let remark = fields.remark { task.remark = remark }
    }

    private mutating func finishPending() {
        guard let item = pending else { return }
        pending = nil
        guard item.fields.namesALead else {
            // A numbered title that names nobody ("2. Về công tác triển khai …") is a theme heading; a sentence
            // that names nobody is not understood, and --explain says so; the paragraphs after it are no task's text.
            if Self.isTitle(item.text) { roles[item.line] = .heading }
            for line in item.continuation { roles[line] = nil }
            return
        }
        // Partners the sentence names ("Phối hợp Ban Cơ yếu Chính phủ …") stand where no field names them.
        add(code: item.code, text: item.text, line: item.line, lead: [],
            cooperating: prose.cooperating(in: item.text, after: item.text.startIndex), reader: .labelledSection,
            fields: item.fields)
    }

    /// The document's closing after its last numbered task: a closing sentence, or the last paragraph ("… thực
    /// hiện./.") unless it says it goes on with the task ("Đồng thời, …", "Ngoài ra, …").
    private func closes(_ p: Paragraph, title: String) -> Bool {
        if SectionRoles.isClosing(p) { return true }
        guard SectionRoles.endsTheDocument(p) else { return false }
        let key = SearchKey.make(title.prefix(16))
        return !["dong thoi", "ngoai ra", "ben canh do", "trong do", "dac biet"].contains { key.hasPrefix($0) }
    }

    /// A title, not a sentence: it does not end a sentence, or it ends on the colon that opens a list.
    static func isTitle(_ text: String) -> Bool {
        guard let last = text.trimmingSuffix(while: { $0 == " " || $0 == "*" }).last else { return false }
        return !".;".contains(last)
    }

    /// "II" then "1.2" → "II.1.2": codes stay unique across the document's sections.
    private func qualified(_ code: String) -> String {
        guard let group, !code.hasPrefix(group.code + "."), code != group.code else { return code }
        return group.code + "." + code
    }

    private mutating func nextCode(under parent: String) -> String {
        let n = (counters[parent] ?? 0) + 1
        counters[parent] = n
        return parent.isEmpty ? String(n) : parent + "." + String(n)
    }

    private mutating func closeContext() {
        guard let open = context else { return }
        context = nil
        let single = open.items.count == 1 && !open.items[0].isBullet && open.items[0].letter == nil
        for item in open.items {
            let code: String
            if single {
                code = open.code
            } else if let letter = item.letter {
                code = open.code + String(letter)
            } else {
                code = nextCode(under: open.code)
            }
            var lead = open.agencies
            var cooperating = prose.cooperating(in: item.text, after: item.text.startIndex)
            if let own = prose.read(item.text), !startsWithRoleVerb(item.text) {
                lead = own.lead
                cooperating = own.cooperating
            }
            add(code: code, text: item.text, line: item.line, lead: lead, cooperating: cooperating, reader: .agencyHeading,
                fields: item.fields)
        }
    }

    /// "Chủ trì, phối hợp …", "Phối hợp với …": the heading's agency is the doer.
    private func startsWithRoleVerb(_ text: String) -> Bool {
        let key = SearchKey.make(text.prefix(24))
        return ["chu tri", "phoi hop", "cung chu tri", "chu dong", "co trach nhiem", "tham muu"].contains { key.hasPrefix($0) }
    }

    private mutating func add(code: String, text: String, line: Int, lead: [AgencyRef], cooperating: [AgencyRef],
                              reader: TaskReaderName, fields: TaskFields = TaskFields()) {
        var code = code
        while readers[code] != nil { code += "'" }  // a document that repeats a number keeps both tasks
        if let open = group, !groups.contains(where: { $0.code == open.code }) {
            groups.append(TaskGroup(code: open.code, title: open.title, sourceLine: open.line))
        }
        let timeframe = TimeframeParser.find(inSentence: text) ?? Timeframe(text: "", kind: .unknown)
        var task = PlanTask(code: code, groupCode: group?.code ?? "", text: TextCleanup.collapseSpaces(text),
                            lead: lead, cooperating: cooperating, timeframe: timeframe, sourceLine: line)
        apply(fields, to: &task)
        task.cooperating.removeAll { task.lead.contains($0) }
        tasks.append(task)
        readers[code] = reader
        roles[line] = .task(code)
    }
}
