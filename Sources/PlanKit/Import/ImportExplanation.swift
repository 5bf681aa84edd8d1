/// What each line of the source became, for `kehoach import FILE --explain`: the first line of every
/// paragraph carries its role (task code, objective, duty, heading, boilerplate, not understood);
/// the lines that continue a paragraph follow it.
public struct ExplainedLine: Sendable, Equatable {
    public var number: Int
    public var text: String
    /// nil on a line that continues the paragraph above it, or on a blank line.
    public var role: LineRole?
}

extension ImportResult {
    public func explanation() -> [ExplainedLine] {
        let judge = ParagraphJudge(self)
        return judge.lines.indices.map { index in
            ExplainedLine(number: index + 1, text: String(Substring(judge.lines[index])), role: judge.role(ofLine: index + 1))
        }
    }

    /// The first lines of the paragraphs no reader claimed, in order: the `.notUnderstood` lines of
    /// `explanation()`, found without making a string of every line of the source.
    func unreadParagraphLines() -> [Int] {
        let judge = ParagraphJudge(self)
        return judge.starts.sorted().filter { number in
            guard number >= 1, number <= judge.lines.count, case .notUnderstood = judge.role(ofLine: number) else { return false }
            return true
        }
    }
}

/// What decides a paragraph's role in the explanation: the readers' record, and, for what no reader
/// claimed, whether it lies before the first work, after the closing, or is a table's rule.
private struct ParagraphJudge {
    let roles: [Int: LineRole]
    /// The source's lines (split on bytes: the normalised text has no CR, and a line feed is a grapheme of its own).
    let lines: [Substring.UTF8View]
    let starts: Set<Int>
    let firstWork: Int
    let lastWork: Int

    init(_ result: ImportResult) {
        var roles = result.roles
        let plan = result.plan
        for objective in plan.objectives where roles[objective.sourceLine] == nil { roles[objective.sourceLine] = .objective }
        for duty in plan.duties where roles[duty.sourceLine] == nil { roles[duty.sourceLine] = .duty }
        for report in plan.reporting { roles[report.sourceLine] = .reporting }
        for group in plan.groups where roles[group.sourceLine] == nil { roles[group.sourceLine] = .heading }
        for task in plan.tasks { roles[task.sourceLine] = .task(task.code) }
        self.roles = roles
        let firstWork = (plan.tasks.map(\.sourceLine) + plan.objectives.map(\.sourceLine) + plan.groups.map(\.sourceLine)).min() ?? 0
        self.firstWork = firstWork
        let lines = ByteSearch.lines(of: result.normalizedText)
        self.lines = lines
        // The recipients' list and the signature close the document: what follows is the site's, not the plan's.
        let closing = lines.indices.first { i in
            guard i + 1 > firstWork else { return false }
            let line = Substring(lines[i]).drop { $0 == "*" || $0 == " " || $0 == "|" }
            // Only a line starting N/T/K (or with a letter that folds to one) can fold to those keys.
            if let byte = line.utf8.first, byte < 0x80, !"NnTtKk".utf8.contains(byte) { return false }
            let key = SearchKey.make(line.prefix(12))
            return key.hasPrefix("noi nhan") || key.hasPrefix("tm. ") || key.hasPrefix("kt. ")
        }
        lastWork = closing ?? Int.max
        starts = Set(result.paragraphLines)
    }

    func role(ofLine number: Int) -> LineRole? {
        guard starts.contains(number) else { return nil }
        if let role = roles[number] { return role }
        // A table's rule ("|---|---|") carries no words to understand.
        let rule = lines[number - 1].allSatisfy { "|-: ".utf8.contains($0) }
        return number < firstWork || number > lastWork || rule ? .boilerplate : .notUnderstood("no reader claimed this paragraph")
    }
}
