import Dashboard
import Foundation
import PlanKit
import Testing

/// The line editor's multi-line mode: Enter breaks the line, Ctrl-S saves, a paste keeps its line breaks,
/// the arrows move by line, wrapping never splits a grapheme, and the note editor uses it.
@Suite struct MultiLineEditorTests {
    @Test func enterBreaksTheLineAndCtrlSSaves() {
        var editor = LineEditor(multiline: true)
        for character in "Dòng một" { _ = editor.handle(.char(character)) }
        #expect(editor.handle(.enter) == .edited)
        for character in "Dòng hai  " { _ = editor.handle(.char(character)) }
        #expect(editor.handle(.enter) == .edited)
        #expect(editor.text == "Dòng một\nDòng hai  \n")
        #expect(editor.acceptedText == "Dòng một\nDòng hai")
        #expect(editor.handle(.ctrl("s")) == .accepted)
        #expect(editor.handle(.function(2)) == .accepted)
        #expect(editor.handle(.escape) == .cancelled)
        // The one-line editor still accepts on Enter and keeps no line break.
        var line = LineEditor(text: "a\nb")
        #expect(line.text == "a b")
        #expect(line.handle(.enter) == .accepted)
    }

    @Test func aPasteKeepsItsLineBreaksAsText() {
        var editor = LineEditor(multiline: true)
        #expect(editor.handle(.paste("một\r\nhai\rba\n\u{1B}[31mbốn\tnăm")) == .edited)
        // CR LF and CR are one break each; an escape or a tab is a space, never a key.
        #expect(editor.text == "một\nhai\nba\n [31mbốn năm")
        #expect(editor.cursor == editor.characters.count)
    }

    @Test func arrowsAndHomeEndMoveByLine() {
        var editor = LineEditor(text: "ệệệệ\nab\nxyz", multiline: true)
        #expect(editor.cursor == 11)
        _ = editor.handle(.up)
        #expect(editor.cursor == 7)  // after "ab": the column is clamped to the shorter line
        _ = editor.handle(.up)
        #expect(editor.cursor == 2)
        _ = editor.handle(.end)
        #expect(editor.cursor == 4)
        _ = editor.handle(.home)
        #expect(editor.cursor == 0)
        _ = editor.handle(.down)
        #expect(editor.cursor == 5)
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == "ệệệệ\n\nxyz")
        _ = editor.handle(.ctrl("k"))  // at a line's end the break goes
        #expect(editor.text == "ệệệệ\nxyz")
        _ = editor.handle(.char("e"))
        _ = editor.handle(.char("\u{0323}"))
        _ = editor.handle(.char("\u{0302}"))
        #expect(editor.text == "ệệệệ\nệxyz")  // marks join the letter before them, across lines too
    }

    @Test func wrappingNeverSplitsAGraphemeAndFindsTheCursor() {
        let editor = LineEditor(text: "日本語のテキスト\nNghị quyết", multiline: true)
        let (lines, cursorLine) = editor.visualLines(width: 7)
        let text = lines.map { String(editor.characters[$0]) }
        // Six columns of text a line (one kept for the cursor): three wide characters.
        #expect(text == ["日本語", "のテキ", "スト", "Nghị q", "uyết"])
        #expect(cursorLine == 4)
        for line in text { #expect(DisplayWidth.of(line) <= 6) }
    }

    @Test func upAcrossManyLinesKeepsTheColumnAndInsertsThere() {
        // 20,000 lines: each Up walks back over the two lines it touches, never the whole text.
        var editor = LineEditor(text: String(repeating: "dòng\n", count: 20_000), multiline: true)
        for _ in 0..<100 { _ = editor.handle(.up) }
        #expect(editor.cursor == editor.characters.count - 500)
        _ = editor.handle(.char("x"))
        #expect(editor.text.hasSuffix("xdòng\n" + String(repeating: "dòng\n", count: 99)))
    }

    @Test func theNoteEditorKeepsLineBreaks() throws {
        let h = Harness(plans: [.thaiNguyen], width: 100, height: 30)
        h.type(":" + SeedPlan.thaiNguyen.plan.tasks[0].code).press(.enter)
        h.type("c")
        h.type("Đã trình")
        h.press(.enter)
        h.type("UBND tỉnh")
        #expect(h.text.contains("Ctrl-S lưu"))
        h.press(.ctrl("s"))
        let code = SeedPlan.thaiNguyen.plan.tasks[0].code
        let record = try h.store.statuses(planID: SeedPlan.thaiNguyen.rawValue).values.first { $0.key.taskCode == code }
        #expect(record?.note == "Đã trình\nUBND tỉnh")
        h.press(.enter)  // the detail view shows both lines
        #expect(h.lines.contains { $0.contains("Đã trình") && !$0.contains("UBND tỉnh") })
        #expect(h.lines.contains { $0.contains("UBND tỉnh") })
    }
}
