import PlanKit

/// The selected agency as a drawn graph: tasks it leads on the left (solid edges), tasks it cooperates on on
/// the right (dashed, dim), the agencies it shares tasks with underneath (weighted by the number shared),
/// then its duties. Sections shrink to fit; where nothing can be drawn, the counts remain.
enum AgencyGraphView {
    static func draw(_ context: RenderContext, node: Int, in rect: Rect, into screen: inout Screen) {
        let agencies = context.state.agencies
        let index = agencies.index
        guard index.nodes.indices.contains(node), rect.width > 8, rect.height > 0 else { return }
        let agency = index.nodes[node]
        var y = rect.y
        func line(_ spans: [Span]) {
            guard y < rect.maxY else { return }
            TextLine.draw(spans, in: Rect(x: rect.x, y: y, width: rect.width, height: 1), glyphs: context.glyphs, into: &screen)
            y += 1
        }
        line([Span(agency.name, Style(.title, bold: true)),
              Span(" (\(context.text(agency.isCollective ? .collectiveBody : .agencyKind(agency.kind))))", Style(.dim))])
        if let successor = context.state.successors.successor(of: agency.reference, on: context.state.asOf) {
            line([Span("\(context.glyphs.arrow) ", Style(.dim)),
                  Span(context.text(.successorArrow(successor.name, since: successor.since.map(context.text.date))),
                       Style(.accent, bold: true))])
        }
        let partners = index.partners(of: node)
        line([Span(context.text(.graphLeads(agency.led.count)), Style(.accent, bold: true)), Span(context.glyphs.separator, role: .dim),
              Span(context.text(.graphCooperates(agency.cooperating.count))), Span(context.glyphs.separator, role: .dim),
              Span("\(context.text(.dutyLetter)) \(agency.duties.count)", role: .dim), Span(context.glyphs.separator, role: .dim),
              Span("\(context.text(.overdueLetter)) \(agency.overdue)", agency.overdue > 0 ? context.standingStyle(.overdue) : Style(.dim))])
        let dutyLines = self.dutyLines(agency, index, context, width: rect.width)
        var left = rect.maxY - y
        // Too little room for a drawing: the counts above stand for it.
        guard agency.load > 0, left >= 5, rect.width >= 36 else {
            if agency.load == 0 { line([Span(context.text(.graphNoTasks), Style(.dim))]) }
            for duty in dutyLines { line(duty) }
            return
        }
        let edgeRows = min(max(agency.led.count, agency.cooperating.count, 3), max(3, left / 2))
        GraphDrawing(context: context, agency: agency, index: index, rect: Rect(x: rect.x, y: y, width: rect.width, height: edgeRows))
            .draw(into: &screen)
        y += edgeRows + 1
        left = rect.maxY - y
        let columns = rect.width >= 64 ? 2 : 1
        let partnerWanted = partners.isEmpty ? 0 : 1 + (partners.count + columns - 1) / columns
        let partnerRows = min(partnerWanted, max(min(partnerWanted, 3), left - min(dutyLines.count, 3)))
        drawPartners(partners, context, agency: agency, rows: partnerRows, columns: columns,
                     in: Rect(x: rect.x, y: y, width: rect.width, height: partnerRows), into: &screen)
        y += partnerRows + (partnerRows > 0 ? 1 : 0)
        let room = rect.maxY - y
        if room < 3, !agency.duties.isEmpty {
            line([Span("\(context.text(.agencyDuties)): \(agency.duties.count)", Style(.header, bold: true))])
            return
        }
        for (offset, duty) in dutyLines.prefix(max(0, room)).enumerated() {
            let cut = offset == room - 1 && dutyLines.count > room
            line(cut ? [Span(context.text(.graphMore(dutyLines.count - offset)), Style(.dim))] : duty)
        }
    }

    /// The partners, most shared first, in one or two columns; the edge grows heavier with the number shared.
    static func drawPartners(_ partners: [(node: Int, shared: Int)], _ context: RenderContext, agency: AgencyNode,
                             rows: Int, columns: Int, in rect: Rect, into screen: inout Screen) {
        guard rows > 0, !partners.isEmpty else { return }
        let index = context.state.agencies.index
        let chart = ChartGlyphs.forGlyphs(context.glyphs)
        TextLine.draw([Span(context.text(.graphPartners(partners.count)), Style(.header, bold: true))],
                      in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), glyphs: context.glyphs, into: &screen)
        let capacity = (rows - 1) * columns
        let columnWidth = rect.width / columns
        let itemBase = agency.led.count + agency.cooperating.count
        for (position, partner) in partners.prefix(capacity).enumerated() {
            let x = rect.x + (position / max(1, rows - 1)) * columnWidth
            let y = rect.y + 1 + position % max(1, rows - 1)
            let more = position == capacity - 1 && partners.count > capacity
            let cell = Rect(x: x, y: y, width: columnWidth - 1, height: 1)
            if more {
                TextLine.draw([Span(context.text(.graphMore(partners.count - position)), Style(.dim))], in: cell,
                              glyphs: context.glyphs, into: &screen)
                continue
            }
            let weight = partner.shared >= 3 ? chart.double : partner.shared == 2 ? chart.heavy : chart.thin
            let edge = String(repeating: weight, count: min(partner.shared, 5))
            let pad = String(repeating: " ", count: 5 - min(partner.shared, 5))
            let name = index.nodes[partner.node].name
            let selected = context.state.agencies.focus == .graph && context.state.agencies.graphSelection == itemBase + position
            let room = cell.width - 9
            let shown = DisplayWidth.of(name) <= room ? name : AgencyAbbreviation.short(name)
            TextLine.draw([Span(edge, Style(.accent, bold: partner.shared > 1)), Span(pad),
                           Span(" \(partner.shared) ", Style(.accent, bold: true)),
                           Span(shown, Style(index.nodes[partner.node].isCollective ? .dim : .normal, selected: selected))],
                          in: cell, glyphs: context.glyphs, into: &screen)
        }
    }

    /// The agency's duties under *Tổ chức thực hiện*, wrapped, under a heading.
    static func dutyLines(_ agency: AgencyNode, _ index: AgencyIndex, _ context: RenderContext, width: Int) -> [StyledLine] {
        guard !agency.duties.isEmpty else { return [] }
        var out: [StyledLine] = [[Span(context.text(.agencyDuties), Style(.header, bold: true))]]
        for ref in agency.duties {
            let duty = index.plans[ref.plan].plan.duties[ref.duty]
            let items = duty.items.isEmpty ? [duty.heading] : duty.items
            for item in items {
                out += Paragraph.wrap(item, width: width, style: .normal, label: Span("\(context.glyphs.bullet) ", Style(.dim)))
            }
        }
        return out
    }
}
