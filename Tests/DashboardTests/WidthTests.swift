import Dashboard
import PlanKit
import Testing

/// Hostile text in table cells of every width from 1 to 40: nothing overflows its column, wide graphemes
/// are never split, continuation cells follow wide graphemes only, and no control character reaches a cell.
@Suite struct WidthTests {
    static let samples: [(String, String)] = [
        ("Vietnamese NFC", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Ủy ban nhân dân tỉnh".nfc),
        ("Vietnamese NFD", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Ủy ban nhân dân tỉnh".decomposedStringWithCanonicalMapping),
        ("CJK", "半導體產業人才發展計畫二〇三〇年"),
        ("combining marks", "e\u{301}\u{323}a\u{300}\u{303}o\u{302}\u{309} Z\u{335}\u{336}a\u{34F}l\u{352}g\u{489}o"),
        ("emoji", "Tiến độ ✅ 👩‍💻 đạt 🇻🇳 mục tiêu 🎉👍🏽"),
        ("escape sequences", "Nhiệm vụ \u{1B}[2J\u{1B}[31mđỏ\u{1B}[0m\u{07}\u{9B}31m và \u{7F}xóa\ttab\nxuống dòng"),
        ("mixed", "A中b́́́🇻🇳\u{1B}]0;title\u{07}Ư̛c"),
    ]

    @Test(arguments: 1...40)
    func cellsNeverOverflow(width: Int) {
        for (name, text) in Self.samples {
            let columns = [TableColumn("a", min: 1, max: 1), TableColumn("x", min: width, max: width),
                           TableColumn("b", min: 1, max: 1)]
            let widths = Table.columnWidths(columns, available: width + 4)
            #expect(widths == [1, width, 1], "\(name)")
            var screen = Screen(width: width + 4, height: 2)
            Table.draw(columns: columns, widths: widths, header: nil, rowCount: 2, viewport: Viewport(selected: 1),
                       in: screen.bounds, glyphs: .unicode, into: &screen) { _ in
                .cells([TableCell("a"), TableCell(text), TableCell("b")])
            }
            for y in 0..<2 {
                #expect(screen[0, y].grapheme == "a", "\(name) width \(width)")
                #expect(screen[1, y].grapheme == " ", "\(name) width \(width): spacing overwritten")
                #expect(screen[width + 2, y].grapheme == " ", "\(name) width \(width): spacing overwritten")
                #expect(screen[width + 3, y].grapheme == "b", "\(name) width \(width): next column overwritten")
                Self.expectCellsConsistent(screen, row: y, label: "\(name) width \(width)")
            }
            for line in screen.lines { #expect(DisplayWidth.of(line) == width + 4, "\(name) width \(width): \(line)") }
        }
    }

    @Test(arguments: 1...40)
    func textLinesInBothGlyphSets(width: Int) {
        for (name, text) in Self.samples {
            for glyphs in [Glyphs.unicode, Glyphs.ascii] {
                var screen = Screen(width: width + 2, height: 1)
                screen.put("[", x: 0, y: 0, style: .normal)
                screen.put("]", x: width + 1, y: 0, style: .normal)
                let used = TextLine.draw(text, x: 1, y: 0, width: width, style: .normal, glyphs: glyphs, into: &screen)
                #expect(used <= width, "\(name) width \(width)")
                #expect(screen[width + 1, 0].grapheme == "]", "\(name) width \(width): overflow")
                #expect(screen[0, 0].grapheme == "[")
                Self.expectCellsConsistent(screen, row: 0, label: "\(name) width \(width)")
            }
        }
    }

    static func expectCellsConsistent(_ screen: Screen, row y: Int, label: String) {
        for x in 0..<screen.width {
            let cell = screen[x, y]
            for scalar in cell.grapheme.unicodeScalars {
                #expect(!ControlCharacters.isControl(scalar), "\(label): control U+\(String(scalar.value, radix: 16)) at \(x)")
            }
            if cell.isContinuation {
                #expect(x > 0 && DisplayWidth.of(screen[x - 1, y].grapheme) == 2, "\(label): stray continuation at \(x)")
            } else if DisplayWidth.of(cell.grapheme) == 2 {
                #expect(x + 1 < screen.width && screen[x + 1, y].isContinuation, "\(label): wide grapheme without continuation at \(x)")
            }
        }
    }

    @Test func nfdAndNfcTakeTheSameColumns() {
        let nfc = "Sở Kế hoạch và Đầu tư".nfc
        let nfd = nfc.decomposedStringWithCanonicalMapping
        var a = Screen(width: 30, height: 1)
        var b = Screen(width: 30, height: 1)
        let usedA = TextLine.draw(nfc, x: 0, y: 0, width: 30, style: .normal, glyphs: .unicode, into: &a)
        let usedB = TextLine.draw(nfd, x: 0, y: 0, width: 30, style: .normal, glyphs: .unicode, into: &b)
        #expect(usedA == 21)
        #expect(usedB == 21)
        #expect(a.text == b.text)
    }
}
