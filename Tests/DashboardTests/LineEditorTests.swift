import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// The one-line editor: graphemes, NFC and NFD input, wide characters, horizontal scrolling.
@Suite struct LineEditorTests {
    static let note = "Đã trình UBND tỉnh"

    /// Types text one key per scalar, the way a terminal delivers decomposed text it cannot group.
    static func typeScalars(_ text: String, into editor: inout LineEditor) {
        for scalar in text.unicodeScalars { _ = editor.handle(.char(Character(scalar))) }
    }

    /// Draws the editor on one line of `width` columns and returns that line and the cursor's column.
    static func draw(_ editor: LineEditor, label: String = "Ghi chú: ", width: Int) -> (line: String, cursor: Int) {
        var screen = Screen(width: width, height: 1)
        let cursor = LineEditorView.draw(label: label, editor: editor, in: Rect(x: 0, y: 0, width: width, height: 1),
                                         glyphs: .unicode, into: &screen)
        return (screen.lines[0], cursor)
    }

    @Test func composedInputIsOneGraphemePerLetter() {
        var editor = LineEditor()
        for character in Self.note { _ = editor.handle(.char(character)) }
        #expect(editor.text == Self.note)
        #expect(editor.characters.count == 18)
        #expect(editor.cursor == 18)
        #expect(Array(editor.acceptedText.utf8) == Array(Self.note.nfc.utf8))
    }

    @Test func decomposedInputBecomesNFCWithRightWidths() {
        let nfd = Self.note.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > Self.note.unicodeScalars.count)
        var editor = LineEditor()
        Self.typeScalars(nfd, into: &editor)
        #expect(editor.characters.count == 18, "one grapheme per letter, marks joined")
        #expect(editor.cursor == 18)
        #expect(Array(editor.acceptedText.utf8) == Array(Self.note.utf8), "stored byte-exact NFC")
        #expect(DisplayWidth.of(editor.text) == 18)
        let drawn = Self.draw(editor, width: 40)
        #expect(drawn.line.hasPrefix("Ghi chú: Đã trình UBND tỉnh"))
        #expect(DisplayWidth.of(drawn.line) == 40)
        #expect(drawn.cursor == 9 + 18)
        // A pasted NFD string in one piece too.
        var pasted = LineEditor()
        pasted.insert(nfd)
        #expect(pasted.text == Self.note && pasted.cursor == 18)
        // A mark typed after moving the cursor joins the letter before the cursor.
        var middle = LineEditor(text: "tinh")
        _ = middle.handle(.left)
        _ = middle.handle(.left)
        _ = middle.handle(.char("\u{0309}"))
        #expect(middle.text == "tỉnh")
        #expect(middle.cursor == 2)
    }

    @Test func cursorAndDeletionByGrapheme() {
        var editor = LineEditor(text: Self.note)
        _ = editor.handle(.home)
        #expect(editor.cursor == 0)
        _ = editor.handle(.right)
        _ = editor.handle(.delete)
        #expect(editor.text == "Đ trình UBND tỉnh")
        _ = editor.handle(.backspace)
        #expect(editor.text == " trình UBND tỉnh")
        _ = editor.handle(.ctrl("e"))
        _ = editor.handle(.backspace)
        #expect(editor.text == " trình UBND tỉn")
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == " trình UBND ")
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == " trình ")
        _ = editor.handle(.ctrl("a"))
        _ = editor.handle(.right)
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == " ")
        editor = LineEditor(text: Self.note)
        for _ in 0..<4 { _ = editor.handle(.left) }
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text == "tỉnh" && editor.cursor == 0)
        #expect(editor.handle(.enter) == .accepted)
        #expect(editor.handle(.escape) == .cancelled)
        #expect(editor.handle(.function(5)) == .ignored)
        // Emoji sequences and flags are single graphemes.
        var emoji = LineEditor(text: "ok 👩‍💻🇻🇳")
        _ = emoji.handle(.backspace)
        #expect(emoji.text == "ok 👩‍💻")
        _ = emoji.handle(.backspace)
        #expect(emoji.text == "ok ")
    }

    @Test func wideCharactersNeverSplit() {
        var editor = LineEditor(text: "漢字テスト漢字テスト漢字テスト")
        editor.scrollToCursor(fieldWidth: 11)
        var drawn = Self.draw(editor, label: "> ", width: 14)
        #expect(DisplayWidth.of(drawn.line) == 14)
        #expect(drawn.cursor == 12, "the cursor sits after the last grapheme shown")
        for _ in 0..<3 { _ = editor.handle(.left) }
        editor.scrollToCursor(fieldWidth: 11)
        drawn = Self.draw(editor, label: "> ", width: 14)
        #expect(DisplayWidth.of(drawn.line) == 14)
        #expect(drawn.line.hasSuffix("テスト  ") || drawn.line.hasSuffix("テスト ") || drawn.line.contains("ス"))
        _ = editor.handle(.home)
        editor.scrollToCursor(fieldWidth: 11)
        drawn = Self.draw(editor, label: "> ", width: 14)
        #expect(drawn.line.hasPrefix("> 漢字テスト"))
        #expect(drawn.cursor == 2)
    }

    @Test func longNoteScrollsInAFortyColumnField() {
        let words = ["Sở", "Thông", "tin", "và", "Truyền", "thông", "đã", "trình", "UBND", "tỉnh", "dự", "thảo", "kế", "hoạch"]
        var long = ""
        var index = 0
        while long.count < 200 {
            long += (long.isEmpty ? "" : " ") + words[index % words.count]
            index += 1
        }
        long = String(long.prefix(200))
        #expect(long.count == 200)
        // Typed decomposed, one scalar per key, into a field of 40 columns.
        var editor = LineEditor()
        let label = "Ghi chú I.2: "
        let field = LineEditorView.fieldWidth(label: label, lineWidth: 40 + DisplayWidth.of(label) + 1)
        #expect(field == 40)
        for scalar in long.decomposedStringWithCanonicalMapping.unicodeScalars {
            _ = editor.handle(.char(Character(scalar)))
            editor.scrollToCursor(fieldWidth: field)
        }
        #expect(editor.characters.count == 200)
        #expect(editor.text == long)
        let width = DisplayWidth.of(label) + 41
        var drawn = Self.draw(editor, label: label, width: width)
        #expect(DisplayWidth.of(drawn.line) == width)
        #expect(drawn.line.hasPrefix(label))
        // The end of the text shows, with the cursor right after it.
        #expect(drawn.line.trimmingCharacters(in: .whitespaces).hasSuffix(String(long.suffix(20))))
        #expect(drawn.cursor <= width - 1)
        // Moving left keeps the view still until the cursor reaches its left edge.
        let scrolled = editor.scroll
        for _ in 0..<10 {
            _ = editor.handle(.left)
            editor.scrollToCursor(fieldWidth: field)
        }
        #expect(editor.scroll == scrolled)
        _ = editor.handle(.home)
        editor.scrollToCursor(fieldWidth: field)
        drawn = Self.draw(editor, label: label, width: width)
        #expect(editor.scroll == 0)
        #expect(drawn.line.hasPrefix(label + String(long.prefix(30))))
        #expect(drawn.cursor == DisplayWidth.of(label))
        // Every position of the cursor stays inside the field.
        for step in 0..<200 {
            _ = editor.handle(.right)
            editor.scrollToCursor(fieldWidth: field)
            let view = Self.draw(editor, label: label, width: width)
            #expect(view.cursor >= DisplayWidth.of(label) && view.cursor < DisplayWidth.of(label) + field + 1, "step \(step)")
            #expect(DisplayWidth.of(view.line) == width)
        }
        // Deleting from the end pulls the text back into view.
        _ = editor.handle(.ctrl("u"))
        editor.scrollToCursor(fieldWidth: field)
        #expect(editor.scroll == 0 && editor.text.isEmpty)
    }

    @Test func noteTypedDecomposedThroughTheDashboardIsStoredNFC() throws {
        let (_, h) = try EditingKeyTests.open()
        EditingKeyTests.jump(h, to: "I.2")
        h.type("c")
        for scalar in Self.note.decomposedStringWithCanonicalMapping.unicodeScalars { h.press(.char(Character(scalar))) }
        // The note editor is the multi-line one: its title over the text, the keys on the footer.
        #expect(h.text.contains("Ghi chú I.2:"))
        #expect(h.lines.contains { $0.contains("│Đã trình UBND tỉnh") || $0.contains("|Đã trình UBND tỉnh") })
        h.expectWellFormed()
        h.press(.left, .left, .backspace)
        #expect(h.text.contains("Đã trình UBND tnh"))
        h.type("ỉ")
        h.press(.ctrl("s"))
        let stored = try #require(try h.store.statuses(planID: "kon-tum-3785")[StatusKey(taskCode: "I.2")]?.note)
        #expect(Array(stored.utf8) == Array(Self.note.utf8))
    }
}

@Suite struct LineEditorSelectionAndPasteTests {
    @Test func aSelectedPrefillIsReplacedByWhatIsTyped() {
        var editor = LineEditor(text: "23/11/2026", selected: true)
        #expect(editor.isSelected)
        _ = editor.handle(.char("3"))
        _ = editor.handle(.char("1"))
        #expect(editor.text == "31")
        var kept = LineEditor(text: "23/11/2026", selected: true)
        _ = kept.handle(.left)
        _ = kept.handle(.char("x"))
        #expect(kept.text == "23/11/202x6")
        var cleared = LineEditor(text: "50", selected: true)
        _ = cleared.handle(.backspace)
        #expect(cleared.text.isEmpty)
    }

    /// The work an edit does is counted (characters looked at), not timed: a paste costs its length, a
    /// key typed at the end of a long text costs about the field's width, never the text's length.
    @Test func aLongPasteIsOneInsertionAndTypingIsLinear() {
        let piece = String(repeating: "Phối hợp triển khai ", count: 500)  // 10,000 characters
        var editor = LineEditor(text: "Ghi chú: ")
        let paste = WorkMeter()
        WorkMeter.$current.withValue(paste) {
            _ = editor.handle(.paste(piece))
            editor.scrollToCursor(fieldWidth: 60)
        }
        #expect(editor.text == "Ghi chú: " + piece)
        // The piece, its neighbours, and one walk over the text to place the view: a few passes, not one per character.
        #expect(paste.count > 0 && paste.count <= 4 * (piece.count + 9), "\(paste.count)")

        func typingCost(_ count: Int) -> Int {
            var typed = LineEditor()
            let meter = WorkMeter()
            WorkMeter.$current.withValue(meter) {
                for character in piece.prefix(count) {
                    _ = typed.handle(.char(character))
                    typed.scrollToCursor(fieldWidth: 60)
                }
            }
            #expect(typed.text == String(piece.prefix(count)))
            return meter.count
        }
        // Ten times the keys, ten times the work (give or take the first screenful): linear, not quadratic.
        let short = typingCost(1_000)
        let long = typingCost(10_000)
        #expect(short > 0)
        #expect(long <= 11 * short, "1,000 keys: \(short), 10,000 keys: \(long)")
        // Per key: the few characters inserted and three walks as long as the field (place the view, measure
        // the tail, pull back), never the whole text: a pass over the text per key would be 50 million here.
        #expect(long <= 10_000 * (3 * 60 + 10), "\(long)")
    }

    @Test func marksStillJoinTheirLetterAtTheCursor() {
        var editor = LineEditor(text: "tiên")
        _ = editor.handle(.left)
        _ = editor.handle(.paste("\u{301}"))
        #expect(editor.text == "tiến")
    }
}
