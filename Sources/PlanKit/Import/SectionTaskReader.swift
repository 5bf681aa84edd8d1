/// Reads tasks written as numbered prose (the Thái Nguyên layout): groups "1. …", items "1.1. …", each
/// followed by "Cơ quan thực hiện:" and "Thời gian thực hiện:". A group with no items but its own
/// "Cơ quan thực hiện" is itself a task. Bullets of the form "- Sở A chủ trì, phối hợp với B: việc…"
/// are read as tasks too (the Kon Tum prose layout), numbered within their group.
struct SectionTaskReader {
    let assignments: AssignmentParser
    var groups: [TaskGroup] = []
    var tasks: [PlanTask] = []
    var warnings: [ImportWarning] = []

    init(assignments: AssignmentParser) {
        self.assignments = assignments
    }

    private struct Draft {
        var code: String
        var groupCode: String
        var text: String
        var line: Int
        var assignment: String?
        var assignmentLine: Int?
        var timeframe: String?
        var result: String?
    }

    private var current: Draft?
    private var bulletCount = 0

    mutating func read(_ section: ArraySlice<Paragraph>) {
        for p in section { take(p) }
        finish()
    }

    private mutating func take(_ p: Paragraph) {
        let body = LineShape.unbulleted(p.text)
        let key = SearchKey.make(body)
        if let field = Self.field(key: key, body: body) {
            switch field.name {
            case .agencies:
                if current == nil, let group = groups.last {
                    // A group with its own "Cơ quan thực hiện" and no items is a task.
                    current = Draft(code: group.code, groupCode: group.code, text: group.title, line: group.sourceLine)
                }
                current?.assignment = field.value
                current?.assignmentLine = p.line
            case .timeframe: current?.timeframe = field.value
            case .result: current?.result = field.value
            }
            return
        }
        if let numbered = LineShape.numbered(p.text), !LineShape.isBullet(p.text) {
            if numbered.path.count == 1 {
                finish()
                groups.append(TaskGroup(code: numbered.path[0], title: numbered.title, sourceLine: p.line))
                bulletCount = 0
                return
            }
            if numbered.path.count == 2, let group = groups.last, numbered.path[0] == group.code {
                finish()
                current = Draft(code: numbered.path.joined(separator: "."), groupCode: group.code,
                                text: numbered.title, line: p.line)
                return
            }
        }
        if LineShape.isBullet(p.text), let group = groups.last, let colon = body.firstIndex(of: ":") {
            let who = String(body[..<colon])
            let (lead, _) = assignments.parse(who)
            if !lead.isEmpty, lead.allSatisfy(\.isResolved) {
                finish()
                bulletCount += 1
                current = Draft(code: "\(group.code).\(bulletCount)", groupCode: group.code,
                                text: TextCleanup.collapseSpaces(body[body.index(after: colon)...]), line: p.line,
                                assignment: who, assignmentLine: p.line)
                return
            }
        }
        if current != nil, current?.assignment == nil {
            current?.text += " " + body  // the task's description goes on
        } else if current == nil, groups.isEmpty {
            return  // text before the first group
        } else if key.hasPrefix("(chi tiet tai phu luc") {
            return
        } else {
            warnings.append(ImportWarning(line: p.line, kind: .unreadLine, message: "text after a task's fields was not read: \(String(body.prefix(60)))"))
        }
    }

    private enum FieldName { case agencies, timeframe, result }

    private static func field(key: String, body: String) -> (name: FieldName, value: String)? {
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let label = SearchKey.make(body[..<colon])
        let value = TextCleanup.collapseSpaces(body[body.index(after: colon)...])
        switch label {
        case "co quan thuc hien", "don vi thuc hien", "co quan chu tri", "don vi chu tri", "trach nhiem thuc hien":
            return (.agencies, value)
        case "thoi gian thuc hien", "thoi gian hoan thanh", "thoi gian", "tien do", "tien do thuc hien", "thoi han",
             "thoi han hoan thanh":
            return (.timeframe, value)
        case "ket qua", "san pham", "ket qua, san pham", "san pham dau ra":
            return (.result, value)
        default:
            return nil
        }
    }

    private mutating func finish() {
        guard let draft = current else { return }
        current = nil
        var lead: [AgencyRef] = []
        var cooperating: [AgencyRef] = []
        if let assignment = draft.assignment {
            (lead, cooperating) = assignments.parse(assignment)
        }
        if lead.isEmpty {
            warnings.append(ImportWarning(line: draft.line, kind: .missingLead, message: "task \(draft.code) names no lead agency"))
        }
        let timeframe = draft.timeframe.map(TimeframeParser.parse) ?? Timeframe(text: "", kind: .unknown)
        if draft.timeframe == nil {
            warnings.append(ImportWarning(line: draft.line, kind: .missingTimeframe, message: "task \(draft.code) has no timeframe"))
        }
        tasks.append(PlanTask(code: draft.code, groupCode: draft.groupCode, text: TextCleanup.collapseSpaces(draft.text),
                              lead: lead, cooperating: cooperating, result: draft.result, timeframe: timeframe,
                              sourceLine: draft.line))
    }
}
