/// Reads tasks written as numbered prose (the Thái Nguyên layout): groups "1. …", items "1.1. …", each
/// followed by "Cơ quan thực hiện:" and "Thời gian thực hiện:". A group with no items but its own
/// "Cơ quan thực hiện" is itself a task. Bullets of the form "- Sở A chủ trì, phối hợp với B: việc…"
/// are read as tasks too (the Kon Tum prose layout), numbered within their group.
struct SectionTaskReader {
    let assignments: AssignmentParser
    var groups: [TaskGroup] = []
    var tasks: [PlanTask] = []
    var warnings: [ImportWarning] = []
    /// What each paragraph it read became (the tasks' own lines are the importer's to mark).
    var roles: [Int: LineRole] = [:]

    init(assignments: AssignmentParser) {
        self.assignments = assignments
    }

    private struct Draft {
        var code: String
        var groupCode: String
        var text: String
        var line: Int
        var fields = TaskFields()
        /// The text so far is only the item's title; "Nhiệm vụ: …" gives the description.
        var titleOnly = true
        var lettered = false
    }

    private var current: Draft?
    private var bulletCount = 0
    /// The bullets under a group that has no item yet: the content of the group's task when labelled fields
    /// follow them ("1. Tái cơ cấu …" / "- Tham mưu …" / "- Phối hợp …" / "Đơn vị chủ trì: …").
    private var groupBullets: [Paragraph] = []

    mutating func read(_ section: ArraySlice<Paragraph>) {
        for p in section { take(p) }
        finish()
        unreadGroupBullets()
    }

    /// A group's bullets that no field followed: nobody was named for them.
    private mutating func unreadGroupBullets() {
        for p in groupBullets {
            let excerpt = TextLayout.truncate(LineShape.unbulleted(p.text), toWidth: ImportWarning.excerptWidth)
            warnings.append(ImportWarning(line: p.line, .unread(.textAfterFields(excerpt))))
            roles[p.line] = .notUnderstood("text after a task's fields")
        }
        groupBullets = []
    }

    private mutating func take(_ p: Paragraph) {
        // "b) Cơ quan thực hiện:", "- Đơn vị chủ trì: …": a field may stand behind a letter or a bullet.
        let body = VietnameseLetters.item(LineShape.unbulleted(p.text))?.title ?? LineShape.unbulleted(p.text)
        let key = SearchKey.make(body)
        if Self.field(key: key, body: body) != nil {
            for field in FieldLabels.fields(body) { take(field, body: body, line: p.line) }
            roles[p.line] = .field
            return
        }

        if let numbered = LineShape.numbered(p.text), !LineShape.isBullet(p.text) {
            if numbered.path.count == 1 {
                finish()
                unreadGroupBullets()
                groups.append(TaskGroup(code: numbered.path[0], title: numbered.title, sourceLine: p.line))
                bulletCount = 0
                roles[p.line] = .heading
                return
            }
            if numbered.path.count == 2, let group = groups.last, numbered.path[0] == group.code {
                finish()
                unreadGroupBullets()
                current = Draft(code: numbered.path.joined(separator: "."), groupCode: group.code,
                                text: numbered.title, line: p.line)
                return
            }
        }
        if let item = VietnameseLetters.item(p.text), let group = groups.last,
           current == nil || current?.lettered == true {
            // "a) …", "đ) …" under a numbered group: sub-tasks "1a", "1đ", in Vietnamese letter order.
            finish()
            current = Draft(code: group.code + String(item.letter), groupCode: group.code, text: item.title, line: p.line)
            current?.lettered = true
            return
        }
        if LineShape.isBullet(p.text), let group = groups.last, let colon = body.firstIndex(of: ":") {
            let who = String(body[..<colon])
            let (lead, _) = assignments.parse(who)
            if !lead.isEmpty, lead.allSatisfy(\.isResolved) {
                finish()
                bulletCount += 1
                current = Draft(code: "\(group.code).\(bulletCount)", groupCode: group.code,
                                text: TextCleanup.collapseSpaces(body[body.index(after: colon)...]), line: p.line,
                                fields: TaskFields(assignment: who))
                return
            }
        }
        if current != nil, current?.fields.namesALead == false {
            current?.text += " " + body  // the task's description goes on
            roles[p.line] = .taskText
        } else if current == nil, groups.isEmpty {
            // Text before the first group: an introduction ("… các nhiệm vụ sau:") leads into the list.
            if body.hasSuffix(":") { roles[p.line] = .heading }
        } else if key.hasPrefix("(chi tiet tai phu luc") {
            roles[p.line] = .boilerplate
        } else if current == nil, LineShape.isBullet(p.text) {
            groupBullets.append(p)
        } else {
            let excerpt = TextLayout.truncate(body, toWidth: ImportWarning.excerptWidth)
            warnings.append(ImportWarning(line: p.line, .unread(.textAfterFields(excerpt))))
            roles[p.line] = .notUnderstood("text after a task's fields")
        }
    }


    private mutating func take(_ field: (name: FieldLabels.Name, value: String), body: String, line: Int) {
        if current == nil, let group = groups.last {
            // A group with its own fields and no items is a task; the bullets under it are what it does.
            let bullets = groupBullets.map { LineShape.unbulleted($0.text) }
            let text = bullets.isEmpty ? group.title
                : group.title.trimmingSuffix(while: { $0 == ":" || $0 == " " }) + ": " + bullets.joined(separator: " ")
            current = Draft(code: group.code, groupCode: group.code, text: text, line: group.sourceLine)
            for bullet in groupBullets { roles[bullet.line] = .taskText }
            groupBullets = []
        }
        switch field.name {
        case .agencies, .lead, .cooperating, .timeframe, .result, .leader:
            current?.fields.take(field.name, field.value, line: body)
        case .description:
            if var draft = current, draft.titleOnly, !field.value.isEmpty {
                draft.text = draft.text.trimmingSuffix { $0 == ":" || $0 == " " } + ": " + field.value
                current = draft
            }
            current?.titleOnly = false
        }
    }

    private static func field(key: String, body: String) -> (name: FieldLabels.Name, value: String)? {
        FieldLabels.field(body)
    }

    private mutating func finish() {
        guard let draft = current else { return }
        current = nil
        var lead: [AgencyRef] = []
        var cooperating: [AgencyRef] = []
        if let assignment = draft.fields.assignment {
            (lead, cooperating) = assignments.parse(assignment)
        }
        if let leadText = draft.fields.lead { lead = assignments.agencies.parse(leadText) }
        if let partners = draft.fields.cooperating { cooperating = assignments.agencies.parse(partners) }
        let prose = ProseAssignment(agencies: assignments.agencies)
        if lead.isEmpty, let reading = prose.read(draft.text) {
            // No field names the doer: the sentence may ("Bộ X chủ trì, phối hợp với …").
            (lead, cooperating) = (reading.lead, reading.cooperating)
        } else if cooperating.isEmpty, draft.fields.cooperating == nil, draft.fields.assignment == nil {
            // No field names the partners: the sentence may ("Phối hợp Ban Cơ yếu Chính phủ triển khai …").
            cooperating = prose.cooperating(in: draft.text, after: draft.text.startIndex).filter { !lead.contains($0) }
        }
        if lead.isEmpty {
            warnings.append(ImportWarning(line: draft.line, .missingLead(task: draft.code)))
        }
        let timeframe = draft.fields.timeframe.map(TimeframeParser.parse) ?? TimeframeParser.find(inSentence: draft.text)
            ?? Timeframe(text: "", kind: .unknown)
        if draft.fields.timeframe == nil && timeframe.text.isEmpty {
            warnings.append(ImportWarning(line: draft.line, .missingTimeframe(task: draft.code)))
        }
        tasks.append(PlanTask(code: draft.code, groupCode: draft.groupCode, text: TextCleanup.collapseSpaces(draft.text),
                              lead: lead, cooperating: cooperating, result: draft.fields.result, timeframe: timeframe,
                              remark: draft.fields.remark, sourceLine: draft.line))
    }
}
