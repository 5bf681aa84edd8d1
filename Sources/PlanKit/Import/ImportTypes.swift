/// Something the importer read but could not fully understand; nothing is dropped silently.
public struct ImportWarning: Codable, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable {
        case unknownAgency, unknownTimeframe, missingLead, missingTimeframe, missingCells, unreadLine, noTasks
    }
    public var line: Int
    public var kind: Kind
    public var message: String

    public init(line: Int, kind: Kind, message: String) {
        self.line = line
        self.kind = kind
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

public struct ImportResult: Sendable {
    public var plan: Plan
    public var warnings: [ImportWarning]
    /// The normalised text the plan was read from (what the digest covers).
    public var normalizedText: String
    /// Which reader produced each task, by task code.
    public var readers: [String: TaskReaderName] = [:]
    /// What paragraphs became, by their first line (readers fill in what they know; see `explanation`).
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
    case boilerplate
    case notUnderstood(String)
}
