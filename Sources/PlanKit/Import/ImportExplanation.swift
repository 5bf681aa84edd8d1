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
        var roles = self.roles
        let plan = self.plan
        for objective in plan.objectives where roles[objective.sourceLine] == nil { roles[objective.sourceLine] = .objective }
        for duty in plan.duties where roles[duty.sourceLine] == nil { roles[duty.sourceLine] = .duty }
        for report in plan.reporting { roles[report.sourceLine] = .reporting }
        for group in plan.groups where roles[group.sourceLine] == nil { roles[group.sourceLine] = .heading }
        for task in plan.tasks { roles[task.sourceLine] = .task(task.code) }
        let firstWork = (plan.tasks.map(\.sourceLine) + plan.objectives.map(\.sourceLine) + plan.groups.map(\.sourceLine)).min() ?? 0
        let source = normalizedText.split(separator: "\n", omittingEmptySubsequences: false)
        // The recipients' list and the signature close the document: what follows is the site's, not the plan's.
        let closing = source.indices.first { i in
            guard i + 1 > firstWork else { return false }
            let key = SearchKey.make(source[i].drop { $0 == "*" || $0 == " " || $0 == "|" }.prefix(12))
            return key.hasPrefix("noi nhan") || key.hasPrefix("tm. ") || key.hasPrefix("kt. ")
        }
        let lastWork = closing ?? Int.max
        let starts = Set(paragraphLines)
        var lines: [ExplainedLine] = []
        for (index, text) in source.enumerated() {
            let number = index + 1
            let line = String(text)
            if starts.contains(number) {
                // A table's rule ("|---|---|") carries no words to understand.
                let rule = line.allSatisfy { "|-: ".contains($0) }
                let role = roles[number] ?? (number < firstWork || number > lastWork || rule
                    ? .boilerplate : .notUnderstood("no reader claimed this paragraph"))
                lines.append(ExplainedLine(number: number, text: line, role: role))
            } else {
                lines.append(ExplainedLine(number: number, text: line, role: nil))
            }
        }
        return lines
    }
}
