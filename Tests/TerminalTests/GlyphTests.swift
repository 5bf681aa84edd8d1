import Testing
@testable import Terminal

/// wcwidth as glibc answers in a UTF-8 locale, for the scalars these tests use.
private func libcWidth(_ value: UInt32) -> Int {
    switch value {
    case 0x0300...0x036F, 0x200D, 0xFE0F: return 0
    case 0x4E00...0x9FFF, 0x1F600...0x1F64F, 0x1F468, 0x1F469: return 2
    default: return 1
    }
}

@Suite struct AsciiFallbackTests {
    @Test func vietnameseLettersLoseOnlyTheirMarks() {
        let text = "Sở Kế hoạch và Đầu tư, ỦY BAN"
        let ascii = String(text.map { AsciiFallback.text(for: $0, width: 1) }.joined())
        #expect(ascii == "So Ke hoach va Dau tu, UY BAN")
    }

    @Test func decomposedLettersToo() {
        #expect(AsciiFallback.text(for: "e\u{0302}\u{0301}", width: 1) == "e")
    }

    @Test func linesAndShapesKeepTheirSense() {
        let cases: [(Character, String)] = [
            ("┌", "+"), ("─", "-"), ("│", "|"), ("┼", "+"), ("╭", "+"), ("═", "-"), ("║", "|"),
            ("█", "#"), ("▒", "#"), ("…", "."), ("–", "-"), ("—", "-"), ("“", "\""), ("’", "'"),
            ("•", "*"), ("→", ">"), ("←", "<"), ("▲", "^"), ("▼", "v"), ("✓", "v"), ("×", "x"),
            ("␛", "^"), ("\u{00A0}", " "),
        ]
        for (input, output) in cases {
            #expect(AsciiFallback.text(for: input, width: 1) == output, "\(input)")
        }
    }

    @Test func wideGraphemesKeepTheirTwoColumns() {
        #expect(AsciiFallback.text(for: "中", width: 2) == "??")
        #expect(AsciiFallback.text(for: "😀", width: 2) == "??")
    }

    @Test func everythingElseIsAQuestionMarkNeverGarbage() {
        for ch: Character in ["Ω", "ж", "\u{1B}", "\u{9B}"] {
            let out = AsciiFallback.text(for: ch, width: 1)
            #expect(out == "?", "\(ch)")
        }
        #expect(AsciiFallback.text(for: "a", width: 1) == "a")
    }
}

@Suite struct GlyphPlanTests {
    @Test func asciiIsDrawnAsIs() {
        #expect(GlyphPlan.make("a", width: 1, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x61]))
    }

    @Test func vietnameseInNfcAndNfd() {
        #expect(GlyphPlan.make("ế", width: 1, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x1EBF]))
        #expect(GlyphPlan.make("e\u{0302}\u{0301}", width: 1, unicode: true, terminalWidth: libcWidth)
            == GlyphPlan(scalars: [0x65, 0x302, 0x301]))
    }

    @Test func wideCharactersAreOneGlyphOverTwoColumns() {
        #expect(GlyphPlan.make("中", width: 2, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x4E2D]))
    }

    @Test func controlCharactersAreDrawnAsPictures() {
        #expect(GlyphPlan.make("\u{1B}", width: 1, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x241B]))
        #expect(GlyphPlan.make("\u{7F}", width: 1, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x2421]))
        #expect(GlyphPlan.make("\u{9B}", width: 1, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0xFFFD]))
        #expect(GlyphPlan.make("\r\n", width: 1, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x240D]))
        #expect(GlyphPlan.make("\u{1B}", width: 1, unicode: false, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x5E]))
    }

    @Test func aWidthTheTerminalDisagreesWithBecomesAPaddedReplacement() {
        // ❤️ (U+2764 U+FE0F) is laid out in two columns; wcwidth says one.
        #expect(GlyphPlan.make("\u{2764}\u{FE0F}", width: 2, unicode: true, terminalWidth: libcWidth)
            == GlyphPlan(scalars: [0xFFFD], next: 0x20))
    }

    @Test func aJoinedEmojiShowsItsFirstPersonAndNoJoiner() {
        let family: Character = "\u{1F468}\u{200D}\u{1F469}"
        #expect(GlyphPlan.make(family, width: 2, unicode: true, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x1F468]))
    }

    @Test func atMostFourScalarsReachCurses() {
        let stacked: Character = "a\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}"
        #expect(GlyphPlan.make(stacked, width: 1, unicode: true, terminalWidth: libcWidth).scalars.count == 4)
    }

    @Test func asciiModeFillsBothColumnsOfAWideGrapheme() {
        #expect(GlyphPlan.make("中", width: 2, unicode: false, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x3F], next: 0x3F))
        #expect(GlyphPlan.make("ở", width: 1, unicode: false, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x6F]))
        #expect(GlyphPlan.make("─", width: 1, unicode: false, terminalWidth: libcWidth) == GlyphPlan(scalars: [0x2D]))
    }
}

@Suite struct LocaleSetupTests {
    @Test func utf8IsRecognisedInItsSpellings() {
        for name in ["UTF-8", "utf8", "UTF8", "utf-8"] { #expect(LocaleSetup.isUTF8(codeset: name), "\(name)") }
        for name in ["ANSI_X3.4-1968", "ISO-8859-1", "", "UTF-16"] { #expect(!LocaleSetup.isUTF8(codeset: name), "\(name)") }
    }
}
