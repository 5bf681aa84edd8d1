/// Something the importer read but could not fully understand; nothing is dropped silently.
/// It carries what and where as values; the words are chosen where it is printed, in the UI language.
public struct ImportWarning: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case unknownAgency, unknownTimeframe, missingLead, missingTimeframe, missingCells, unreadLine, noTasks
    }
    /// Where an agency name that is not in the directory was read.
    public enum AgencyPlace: Codable, Sendable, Equatable {
        case lead(task: String), cooperating(task: String), duty, reporting
    }
    /// A paragraph the readers saw but could not use, and why.
    public enum UnreadLine: Codable, Sendable, Equatable {
        case tableRowWithoutNumber
        case tableRowCode(String)
        case textAfterFields(String)
        /// A paragraph no reader used, quoted by its first words (cut to a display width, never mid-character).
        case paragraph(excerpt: String)
    }
    public enum Detail: Codable, Sendable, Equatable {
        case unknownAgency(AgencyPlace, printed: String)
        case unknownTimeframe(task: String, text: String)
        case missingLead(task: String)
        case missingTimeframe(task: String)
        case missingCells(row: String, cells: Int, header: Int)
        case unread(UnreadLine)
        case noTasks
    }
    public var line: Int
    public var detail: Detail

    /// How many columns of a paragraph a warning quotes.
    public static let excerptWidth = 60

    public init(line: Int, _ detail: Detail) {
        self.line = line
        self.detail = detail
    }

    public var kind: Kind {
        switch detail {
        case .unknownAgency: .unknownAgency
        case .unknownTimeframe: .unknownTimeframe
        case .missingLead: .missingLead
        case .missingTimeframe: .missingTimeframe
        case .missingCells: .missingCells
        case .unread: .unreadLine
        case .noTasks: .noTasks
        }
    }

    /// Every text the warning quotes from the document (what a sanitiser check looks at).
    public var quotedTexts: [String] {
        switch detail {
        case .unknownAgency(let place, let printed):
            switch place {
            case .lead(let task), .cooperating(let task): [task, printed]
            case .duty, .reporting: [printed]
            }
        case .unknownTimeframe(let task, let text): [task, text]
        case .missingLead(let task), .missingTimeframe(let task): [task]
        case .missingCells(let row, _, _): [row]
        case .unread(.tableRowCode(let code)): [code]
        case .unread(.textAfterFields(let text)): [text]
        case .unread(.paragraph(let excerpt)): [excerpt]
        case .unread(.tableRowWithoutNumber), .noTasks: []
        }
    }
}

public struct ImportResult: Sendable {
    public var plan: Plan
    public var warnings: [ImportWarning]
    /// The normalised text the plan was read from (what the digest covers).
    public var normalizedText: String
    /// Which reader produced each task, by task code.
    public var readers: [String: TaskReaderName] = [:]
    /// The provenance record: what each paragraph became, by its first line. Every reader writes down the
    /// paragraphs it used; a paragraph none wrote down is "not understood" (see `explanation`).
    public var roles: [Int: LineRole] = [:]
    /// The first line of every paragraph the importer saw.
    public var paragraphLines: [Int] = []
}

/// Input that is not a plan at all: the whole import is refused.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notUTF8(byteOffset: Int)
    case binary(byteOffset: Int)
    case notAPlan(reason: String)

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty"
        case .tooLarge(let bytes, let limit):
            return "the file is \(bytes / 1_000_000) MB; a plan's text is at most \(limit / 1_000_000) MB"
        case .notUTF8(let offset):
            return "the file is not UTF-8 text (invalid byte sequence at byte \(offset)); save it as UTF-8 and try again"
        case .binary(let offset):
            return "the file looks binary, not text (control byte at byte \(offset))"
        case .notAPlan(let reason):
            return "this does not look like a plan: \(reason)"
        }
    }
}

/// The reader that produced a task: how the document wrote it.
public enum TaskReaderName: String, Codable, Sendable, CaseIterable {
    case table, labelledSection = "labelled-section", agencyHeading = "agency-heading", proseSentence = "prose-sentence"
}

/// What one paragraph of the source became, for `import --explain`.
public enum LineRole: Equatable, Sendable {
    case task(String)
    /// More of the text of the task before it.
    case taskText
    /// A labelled field (lead, deadline, …) of the task before it.
    case field
    case objective
    case duty
    case reporting
    case heading
    /// Where the money comes from (*Kinh phí thực hiện*): kept in the stored text, not a task.
    case funding
    /// A prose list of the tasks that a table (usually the appendix) gives in full.
    case summary
    /// A measure of a *Giải pháp* or *Lộ trình thực hiện* section that gives it to no one: kept in the stored
    /// text, not a task.
    case measure
    /// What a scheme or index consists of (*Nội dung Chỉ số …*: its criteria, scores, method of assessment):
    /// kept in the stored text; the work it gives bodies is in the sections that assign it.
    case content
    case boilerplate
    case notUnderstood(String)
}

/// The provenance record being written by the readers: the first reader to claim a paragraph keeps it,
/// except that a task always wins (the task list is what the user follows).
struct LineRoles {
    private(set) var byLine: [Int: LineRole] = [:]

    mutating func record(_ line: Int, _ role: LineRole) {
        if case .task = role { byLine[line] = role; return }
        if byLine[line] == nil { byLine[line] = role }
    }

    mutating func record(_ other: [Int: LineRole]) {
        for (line, role) in other { record(line, role) }
    }

    subscript(line: Int) -> LineRole? { byLine[line] }
}
