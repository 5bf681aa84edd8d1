import Dashboard
import PlanKit
import Testing

@Suite struct LayoutTests {
    @Test func fixedPercentFill() {
        let parts = Layout.columns(Rect(x: 0, y: 0, width: 100, height: 1), [.fixed(10), .percent(20), .fill(1), .fill(3)])
        #expect(parts.map(\.width) == [10, 20, 17, 53])
        #expect(parts.map(\.x) == [0, 10, 30, 47])
    }

    @Test func tooSmallShrinksTheLaterParts() {
        let parts = Layout.rows(Rect(x: 0, y: 0, width: 5, height: 6), [.fixed(4), .fixed(4), .fill(1)])
        #expect(parts.map(\.height) == [4, 2, 0])
    }

    @Test func spacingAndCentering() {
        let parts = Layout.columns(Rect(x: 2, y: 0, width: 21, height: 1), [.fill(1), .fill(1)], spacing: 1)
        #expect(parts.map(\.width) == [10, 10])
        #expect(parts[1].x == 13)
        #expect(Layout.centered(10, 4, in: Rect(x: 0, y: 0, width: 20, height: 10)) == Rect(x: 5, y: 3, width: 10, height: 4))
    }
}

@Suite struct TableTests {
    @Test func lowPriorityColumnsHideFirst() {
        let columns = [TableColumn("a", min: 10, priority: 5), TableColumn("b", min: 10, priority: 1),
                       TableColumn("c", min: 10, flex: 1, priority: 9)]
        #expect(Table.columnWidths(columns, available: 25) == [10, 0, 14])
        #expect(Table.columnWidths(columns, available: 40) == [10, 10, 18])
    }

    @Test func flexRespectsMaximum() {
        let columns = [TableColumn("a", min: 4, max: 6, flex: 1), TableColumn("b", min: 4, flex: 1)]
        #expect(Table.columnWidths(columns, available: 30) == [6, 23])
    }

    @Test func buildsOnlyVisibleRows() {
        var calls = 0
        var screen = Screen(width: 40, height: 20)
        let columns = [TableColumn("n", min: 10, flex: 1)]
        Table.draw(columns: columns, widths: [40], header: [TableCell("n")], rowCount: 100_000,
                   viewport: Viewport(selected: 54_321, offset: 54_300), in: screen.bounds, glyphs: .unicode,
                   into: &screen) { index in
            calls += 1
            return .cells([TableCell("row \(index)")])
        }
        #expect(calls == 19)
        #expect(screen.text.contains("row 54321"))
        let selected = (0..<20).first { screen[0, $0].style.selected }
        #expect(selected.map { screen.lines[$0].hasPrefix("row 54321") } == true)
    }

    @Test func viewportKeepsSelectionVisible() {
        var viewport = Viewport()
        viewport.move(by: 30, count: 100, height: 10)
        #expect(viewport.selected == 30 && viewport.offset == 21)
        viewport.move(by: -25, count: 100, height: 10)
        #expect(viewport.selected == 5 && viewport.offset == 5)
        viewport.move(by: 1000, count: 100, height: 10)
        #expect(viewport.selected == 99 && viewport.offset == 90)
    }
}

@Suite struct BoxAndPromptTests {
    @Test func boxDrawsUnicodeAndAscii() {
        var screen = Screen(width: 8, height: 3)
        let inner = Box.draw(screen.bounds, glyphs: .unicode, into: &screen)
        #expect(inner == Rect(x: 1, y: 1, width: 6, height: 1))
        #expect(screen.lines == ["┌──────┐", "│      │", "└──────┘"])
        var ascii = Screen(width: 4, height: 2)
        Box.draw(ascii.bounds, glyphs: .ascii, into: &ascii)
        #expect(ascii.lines == ["+--+", "+--+"])
    }

    @Test func promptScrollsLongTextToTheCursor() {
        var screen = Screen(width: 20, height: 1)
        let text = String(repeating: "Đầu tư ", count: 10)
        PromptLine.draw(label: "Tìm: ", text: text, cursor: text.count, in: screen.bounds, glyphs: .unicode, into: &screen)
        #expect(screen.lines[0].hasPrefix("Tìm: "))
        #expect(DisplayWidth.of(screen.lines[0]) == 20)
        #expect(screen.lines[0].contains("tư"))
    }

    @Test func promptEditsByGrapheme() {
        var prompt = PromptState(kind: .search, origin: 0)
        for c in "Đầu 👩‍💻" { prompt.insert(c) }
        #expect(prompt.cursor == 5)
        prompt.deleteBackward()
        #expect(prompt.text == "Đầu ")
        prompt.moveCursor(by: -10)
        prompt.insert("x")
        #expect(prompt.text == "xĐầu ")
    }
}

@Suite struct LocalizationTests {
    @Test func standingNamesInBothLanguages() {
        let vi = Localizer(.vi)
        #expect(Standing.allCases.map { vi.standing($0) } == [
            "Đã hoàn thành đúng hạn", "Đã hoàn thành quá hạn", "Đang thực hiện trong hạn", "Sắp đến hạn",
            "Quá hạn chưa hoàn thành", "Chưa thực hiện", "Thường xuyên", "Tạm hoãn",
        ])
        for language in Language.allCases {
            let text = Localizer(language)
            for standing in Standing.allCases {
                #expect(!text.standing(standing).isEmpty)
                #expect(DisplayWidth.of(text.standing(standing, short: true)) <= 12)
            }
        }
    }

    @Test func everyBindingHasHelpInBothLanguages() {
        for language in Language.allCases {
            let text = Localizer(language)
            for binding in Keymap.standard.bindings {
                #expect(!text(.command(binding.command)).isEmpty)
                #expect(!binding.keyLabel(text).isEmpty)
            }
        }
        #expect(Localizer(.vi)(.command(.quit)) == "thoát")
        #expect(Localizer(.en)(.command(.quit)) == "quit")
    }

    @Test func languageFromOptionAndEnvironment() {
        #expect(Language.resolve(option: nil, environment: [:]) == .vi)
        #expect(Language.resolve(option: nil, environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.resolve(option: "vi", environment: ["LANG": "en_US.UTF-8"]) == .vi)
        #expect(Language.resolve(option: "en", environment: [:]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LANG": "C.UTF-8"]) == .vi)
    }

    @Test func abbreviations() {
        #expect(AgencyAbbreviation.short("Sở Kế hoạch và Đầu tư") == "Sở KH&ĐT")
        #expect(AgencyAbbreviation.short("Sở Lao động - Thương binh và Xã hội") == "Sở LĐ-TB&XH")
        #expect(AgencyAbbreviation.short("Ủy ban nhân dân các huyện, thành phố") == "UBND các huyện, thành phố")
        #expect(AgencyAbbreviation.short("Trường Cao đẳng Kon Tum") == "Trường CĐ Kon Tum")
    }
}
