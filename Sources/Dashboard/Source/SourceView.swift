import PlanKit

/// Draws `:source`: the document's own lines, numbered, each task's code beside the line it starts on,
/// the selected task's paragraph in the accent colour. Long lines wrap under their text; every cell is
/// drawn through the screen, which pictures control characters (the text is the document's, untrusted).
enum SourceView {
    /// One row of the overlay; `number` is set on the first row of each source line.
    struct Row: Equatable {
        var number: Int?
        var line: StyledLine
    }

    static func draw(_ context: RenderContext, _ source: SourceOverlay, into screen: inout Screen) {
        let inner = Box.draw(context.layout.overlay, title: title(context.state, source), glyphs: context.glyphs,
                             into: &screen)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let rows = lines(context.state, source, width: body.width, glyphs: context.glyphs).map(\.line)
        let offset = min(source.offset, Paragraph.maxOffset(lineCount: rows.count, height: body.height))
        Paragraph.draw(rows, offset: offset, in: body, glyphs: context.glyphs, into: &screen)
    }

    static func title(_ state: AppState, _ source: SourceOverlay) -> String {
        let plan = state.document.map { $0.plan.identity.number ?? $0.id } ?? ""
        return state.text(.source(source.taskCode.map { .taskTitle(plan: plan, task: $0) } ?? .planTitle(plan)))
    }

    /// The first source line of the marked task.
    static func firstLine(of source: SourceOverlay, in state: AppState) -> Int? {
        guard let code = source.taskCode else { return nil }
        return state.document?.plan.tasks.first { $0.code == code }?.sourceLine
    }

    static func lines(_ state: AppState, _ source: SourceOverlay, width: Int, glyphs: Glyphs = .unicode) -> [Row] {
        guard width > 8 else { return [] }
        guard let text = source.lines else { return [Row(line: [Span(state.text(.source(.loading)), Style(.dim))])] }
        guard let plan = state.document?.plan, !text.isEmpty, text != [""] else {
            return [Row(line: [Span(state.text(.source(.noText)), Style(.dim))])]
        }
        let map = SourceMap(plan: plan, lines: text)
        let marked = source.taskCode.flatMap { map.spans[$0] }
        let numberWidth = String(text.count).count
        let codeWidth = min(10, map.codes.values.map { DisplayWidth.of($0.joined(separator: ",")) }.max() ?? 0)
        let gutter = numberWidth + 1 + codeWidth + (codeWidth > 0 ? 1 : 0)
        let textWidth = max(1, width - gutter - 2)
        let separator = String(glyphs.vertical) + " "
        var rows: [Row] = []
        for (index, line) in text.enumerated() {
            let number = index + 1
            let inTask = marked?.contains(number) ?? false
            let style = inTask ? Style(.accent, bold: true) : Style(.normal)
            let code = TextLayout.truncate(map.codes[number]?.joined(separator: ",") ?? "", toWidth: codeWidth)
            let label = pad(String(number), to: numberWidth, right: true) + " "
                + (codeWidth > 0 ? pad(code, to: codeWidth, right: false) + " " : "")
            let wrapped = line.isEmpty ? [""] : TextLayout.wrap(ControlCharacters.sanitize(line), width: textWidth)
            for (part, piece) in wrapped.enumerated() {
                let head = part == 0
                    ? [Span(String(label.prefix(numberWidth + 1)), Style(.dim)),
                       Span(String(label.dropFirst(numberWidth + 1)), Style(.accent, bold: true))]
                    : [Span(String(repeating: " ", count: gutter), Style(.dim))]
                rows.append(Row(number: part == 0 ? number : nil,
                                line: head + [Span(separator, Style(.border)), Span(piece, style)]))
            }
        }
        return rows
    }

    private static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let room = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return right ? room + text : text + room
    }
}
