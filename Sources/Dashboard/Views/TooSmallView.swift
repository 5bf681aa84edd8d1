/// Shown instead of the dashboard when the terminal is below the minimum: it names the size needed.
enum TooSmallView {
    static func draw(_ context: RenderContext, into screen: inout Screen) {
        let minimum = context.state.minimumSize
        let message = context.text(.tooSmall(needWidth: minimum.width, needHeight: minimum.height,
                                             width: context.size.width, height: context.size.height))
        let width = max(1, context.size.width)
        var lines = Paragraph.wrap(message, width: width, style: Style(.warning, bold: true))
        lines += Paragraph.wrap(context.text(.tooSmallQuit), width: width, style: Style(.dim))
        let top = max(0, (context.size.height - lines.count) / 2)
        Paragraph.draw(lines, offset: 0, in: Rect(x: 0, y: top, width: width, height: context.size.height - top),
                       glyphs: context.glyphs, into: &screen)
    }
}
