import Foundation
import PlanKit
import PlanStore

/// The detail of one task over the pane: the whole text, every agency, the timeframe and its meaning,
/// the source line, the status and the history.
enum DetailView {
    static func draw(_ context: RenderContext, _ detail: DetailState, into screen: inout Screen) {
        guard let document = context.state.document, document.plan.tasks.indices.contains(detail.taskIndex) else { return }
        let task = document.plan.tasks[detail.taskIndex]
        let inner = Box.draw(context.layout.overlay, title: context.text(.detailTitle(task.code)), glyphs: context.glyphs,
                             into: &screen)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let content = lines(context.state, detail, width: body.width, glyphs: context.glyphs)
        let offset = min(detail.offset, Paragraph.maxOffset(lineCount: content.count, height: body.height))
        Paragraph.draw(content, offset: offset, in: body, glyphs: context.glyphs, into: &screen)
    }

    /// The detail as wrapped lines; update uses the count to stop scrolling at the end.
    static func lines(_ state: AppState, _ detail: DetailState, width: Int, glyphs: Glyphs,
                      withHistory: Bool = true) -> [StyledLine] {
        guard let document = state.document, document.plan.tasks.indices.contains(detail.taskIndex), width > 4 else {
            return []
        }
        let text = state.text
        let task = document.plan.tasks[detail.taskIndex]
        let standing = document.standings[detail.taskIndex]
        var out: [StyledLine] = []
        func field(_ label: UIText, _ value: String, _ style: Style = .normal, keepingLineBreaks: Bool = false) {
            out += Paragraph.wrap(value, width: width, style: style, label: Span(text(label) + ": ", Style(.header, bold: true)),
                                  keepingLineBreaks: keepingLineBreaks)
        }
        out += Paragraph.wrap(task.text, width: width, style: Style(.title, bold: true))
        out.append([])
        if let group = document.group(of: detail.taskIndex) {
            field(.detailGroup, "\(task.groupCode). \(document.plan.groups[group].title)")
        }
        field(.detailStanding, text.standing(standing), Style(StandingRule.role(standing), bold: true))
        agencies(.detailLead, task.lead, state, width: width, glyphs: glyphs, into: &out)
        agencies(.detailCooperating, task.cooperating, state, width: width, glyphs: glyphs, into: &out)
        if let level = task.submissionLevel { field(.detailSubmission, level) }
        if let result = task.result { field(.detailResult, result) }
        field(.detailTimeframe, task.timeframe.text)
        var meaning = [text(.timeframeKind(task.timeframe.kind))]
        if let start = task.timeframe.start { meaning.append("\(text(.detailStart)) \(text.date(start))") }
        if let end = task.timeframe.end { meaning.append("\(text(.detailEnd)) \(text.date(end))") }
        field(.detailMeaning, meaning.joined(separator: glyphs.separator), Style(.dim))
        if let note = task.timeframe.note { field(.detailNote, note, Style(.dim)) }
        if let remark = task.remark { field(.detailRemark, remark) }
        field(.detailSource, text(.detailSourceLine(task.sourceLine)), Style(.dim))
        out.append([])
        let record = document.record(ofTask: detail.taskIndex)
        var status = text(.taskStatus(record?.status ?? .notStarted))
        if let year = record?.key.year { status += " (\(text(.detailYear(year))))" }
        if record == nil { status += " (\(text(.detailNotRecorded)))" }
        if let who = record?.updatedBy { status += glyphs.separator + text(.detailUpdatedBy(who)) }
        field(.detailStatus, status)
        if let progress = record?.progress { field(.detailProgress, "\(progress)%") }
        if let note = record?.note, !note.isEmpty { field(.detailStatusNote, note, keepingLineBreaks: true) }
        guard withHistory else { return out }
        out.append([])
        out.append([Span(text(.detailHistory), Style(.header, bold: true))])
        switch detail.history {
        case nil:
            out.append([Span(text(.detailHistoryLoading), Style(.dim))])
        case let history? where history.isEmpty:
            out.append([Span(text(.detailNoHistory), Style(.dim))])
        case let history?:
            for entry in history.reversed() {
                out += Paragraph.wrap(historyLine(entry, text), width: width, style: .normal)
            }
        }
        return out
    }

    static func agencies(_ label: UIText, _ list: [AgencyRef], _ state: AppState, width: Int, glyphs: Glyphs,
                         into out: inout [StyledLine]) {
        let text = state.text
        guard !list.isEmpty else { return }
        out.append([Span(text(label) + ":", Style(.header, bold: true))])
        for agency in list {
            let kind = text(.agencyKind(agency.kind))
            out += Paragraph.wrap("\(agency.printed) (\(kind))", width: width, style: .normal,
                                  label: Span("  \(glyphs.bullet) ", Style(.dim)))
            if let successor = state.successors.successor(of: agency, on: state.asOf) {
                let line = text(.detailSuccessor(successor.name, since: successor.since.map(text.date)))
                out += Paragraph.wrap(line, width: width, style: Style(.accent),
                                      label: Span("    \(glyphs.arrow) ", Style(.dim)))
            }
        }
    }

    /// "2026-11-20 09:15 · an (sửa): Chưa thực hiện → Đang thực hiện · note".
    static func historyLine(_ entry: HistoryEntry, _ text: Localizer) -> String {
        let from = entry.from.map { text(.taskStatus($0.status)) } ?? text(.detailNotRecorded)
        var to = text(.taskStatus(entry.to.status))
        if let progress = entry.to.progress { to += " \(progress)%" }
        var line = "\(timestamp(entry.at)) · " + text(.historyLine(who: "\(entry.writerWithLogin) (\(text(.historyKind(entry.kind))))",
                                                                    from: from, to: to))
        if let year = entry.key.year { line += " · \(text(.detailYear(year)))" }
        if let note = entry.to.note, !note.isEmpty { line += " · \(note)" }
        return line
    }

    /// Local date and minute of a history entry.
    static func timestamp(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func pad(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.year ?? 0)-\(pad(parts.month))-\(pad(parts.day)) \(pad(parts.hour)):\(pad(parts.minute))"
    }
}
