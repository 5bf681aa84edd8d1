import Foundation
import Testing
import Yams
@testable import PlanKit

/// The export's own YAML writer: what it writes must read back through Yams as the same value, show
/// nothing raw a terminal would act on, and keep the layout a person correcting the file expects.
@Suite struct YAMLBlockWriterTests {
    struct Entry: Codable, Equatable {
        var name: String
        var note: String?
        var count: Int
        var share: Double
        var done: Bool
        var tags: [String]
        var children: [Entry]
    }

    struct Box: Codable, Equatable {
        var strings: [String]
        var byKey: [String: String]
        var entries: [Entry]
        var matrix: [[Int]]
    }

    /// Strings that each fall under one rule of the style choice: indicators, words YAML 1.1 reads as
    /// booleans, null or numbers, comments, mapping colons, spaces at the ends, lines, controls.
    static let awkward: [String] = [
        "", " ", "  leading", "trailing ", "a: b", "a:b", "ends with colon:", "a #b", "a#b", "#x", "- x", "-x", "?x",
        ":x", ",x", "[x]", "{x}", "&a", "*a", "!tag", "|pipe", ">fold", "'q'", "\"dq\"", "%p", "@at", "`bt",
        "yes", "No", "TRUE", "off", "On", "y", "N", "null", "Null", "~", "=", "<<", "123", "01", "-5", "+5", ".5",
        "1e5", "0x1F", "2026-06-30", "12:30", ".inf", "-.inf", ".nan", "---", "...", "it's", "tab\there",
        "\ttab first", "back\\slash", "Sở Kế hoạch và Đầu tư", "“curly” – dash", "line one\nline two",
        "line\n", "two breaks\n\n", "\nstarts with a break", " space then\nlines", "blank\n\nline inside",
        "indented\n    second line", "# heading\n- item", "esc \u{1B}[2J", "bell\u{07}", "nul\u{0}x", "del\u{7F}",
        "c1 \u{85} \u{9B}", "\u{202E}override", "isolate\u{2066}x\u{2069}", "line\u{2028}sep", "para\u{2029}sep",
        "crlf\r\nx", "cr\rx", "nbsp\u{A0}", "a\u{200E}mark",
        "ends with spaces\n   ", "a\n \nb", "trailing  \nspaces  ", "x\n\t", "tab\n\tindented", "\tfirst\nline",
    ]

    static func sample() -> Box {
        let leaf = Entry(name: "lá", note: nil, count: 0, share: 0.5, done: false, tags: [], children: [])
        let entries = awkward.enumerated().map { index, text in
            Entry(name: text, note: index % 2 == 0 ? text : nil, count: index - 40, share: Double(index) * 1.5,
                  done: index % 3 == 0, tags: [text, "x"], children: index % 5 == 0 ? [leaf, leaf] : [])
        }
        let byKey = Dictionary(uniqueKeysWithValues: awkward.enumerated().map { ("k\($0.offset) \($0.element)", $0.element) })
        return Box(strings: awkward, byKey: byKey, entries: entries, matrix: [[1, 2], [], [3]])
    }

    @Test func everyStyleReadsBackAsTheSameValue() throws {
        let box = Self.sample()
        let yaml = try YAMLBlockWriter.encode(box)
        let back = try YAMLDecoder().decode(Box.self, from: yaml)
        #expect(back.strings == box.strings)
        #expect(back.byKey == box.byKey)
        #expect(back.entries == box.entries)
        #expect(back == box)
    }

    @Test func nothingRawReachesATerminal() throws {
        // A byte-order mark inside text is written as an escape (libyaml's reader drops it even so).
        var sample = Self.sample()
        sample.strings.append("\u{FEFF}bom")
        let yaml = try YAMLBlockWriter.encode(sample)
        #expect(yaml.contains(#"- "\uFEFFbom""#))
        #expect(ControlCharacters.terminalText(yaml) == yaml)
        #expect(!yaml.unicodeScalars.contains { ControlCharacters.isUnsafe($0) || $0.value == 0xFEFF })
        #expect(!yaml.contains("\r"))
    }

    @Test func numbersReadBack() throws {
        let values: [Double] = [0, 1, -3, 0.1, 2.5e-7, 1e20, 123456789.125, -0.0, .greatestFiniteMagnitude]
        let yaml = try YAMLBlockWriter.encode(values)
        #expect(try YAMLDecoder().decode([Double].self, from: yaml) == values)
        let special = try YAMLDecoder().decode([Double].self, from: try YAMLBlockWriter.encode([Double.infinity, -.infinity]))
        #expect(special == [.infinity, -.infinity])
        #expect(try YAMLDecoder().decode([Double].self, from: try YAMLBlockWriter.encode([Double.nan]))[0].isNaN)
    }

    @Test func theLayoutIsBlockStyleInEncodingOrder() throws {
        let leaf = Entry(name: "Sở Tài chính", note: "ghi chú: xem lại", count: 2, share: 1, done: true,
                         tags: ["a", "01"], children: [])
        let top = Entry(name: "Kế hoạch", note: nil, count: 1, share: 0.25, done: false, tags: [],
                        children: [leaf])
        let expected = """
            name: Kế hoạch
            count: 1
            share: 0.25
            done: false
            tags: []
            children:
            - name: Sở Tài chính
              note: 'ghi chú: xem lại'
              count: 2
              share: 1.0
              done: true
              tags:
              - a
              - '01'
              children: []

            """
        #expect(try YAMLBlockWriter.encode(top) == expected)
    }

    @Test func textStartingWithADigitIsQuotedOnlyWhenItWouldReadAsANumberOrADate() throws {
        let plain = ["2025-2030", "2025-2030 (dự kiến)", "3785/KH-UBND", "12-10", "155d2fc9", "30 ngày"]
        let quoted = ["01", "2026", "2026-06-30", "12:30", "1e5", "0x1F", "3.5", "1_000"]
        for text in plain { #expect(try YAMLBlockWriter.encode([text]) == "- \(text)\n") }
        for text in quoted { #expect(try YAMLBlockWriter.encode([text]) == "- '\(text)'\n") }
        #expect(try YAMLDecoder().decode([String].self, from: try YAMLBlockWriter.encode(plain + quoted)) == plain + quoted)
    }

    @Test func linesAreLiteralBlocksIndentedUnderTheirKey() throws {
        let yaml = try YAMLBlockWriter.encode(["a": ["first\n\nthird", "kept\n"]])
        #expect(yaml == "a:\n- |-\n  first\n\n  third\n- |\n  kept\n")
        #expect(try YAMLDecoder().decode([String: [String]].self, from: yaml) == ["a": ["first\n\nthird", "kept\n"]])
        let nested = try YAMLBlockWriter.encode([[["x\ny"]]])
        #expect(nested == "- - - |-\n      x\n      y\n")
        #expect(try YAMLDecoder().decode([[[String]]].self, from: nested) == [[["x\ny"]]])
    }

    @Test func aTopLevelScalarAndEmptyContainers() throws {
        #expect(try YAMLBlockWriter.encode("Sở") == "Sở\n")
        #expect(try YAMLBlockWriter.encode("two\nlines") == "|-\n  two\n  lines\n")
        #expect(try YAMLDecoder().decode(String.self, from: try YAMLBlockWriter.encode("two\nlines")) == "two\nlines")
        #expect(try YAMLBlockWriter.encode([String]()) == "[]\n")
        #expect(try YAMLBlockWriter.encode([String: Int]()) == "{}\n")
    }
}
