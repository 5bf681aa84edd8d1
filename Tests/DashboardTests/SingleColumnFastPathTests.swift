import Dashboard
import PlanKit
import Testing

/// The single-column fast paths (`SingleColumnText`) of widths, truncation, sanitising and `Screen.put`
/// give exactly what the grapheme-by-grapheme paths give, on text mixing what they take with what they
/// must leave to the slow path (combining marks, C1 and C0 controls, bidi controls, wide and emoji
/// graphemes, CR LF, the soft hyphen).
@Suite struct SingleColumnFastPathTests {
    static let pieces: [String] = [
        "a", "Z", " ", ",", "~", "é", "Đ", "ư", "ʼ", "\u{AD}", "\u{A0}", "ạ", "ế", "ữ", "Ỹ", "ỹ", "Ủy ban",
        "\u{301}", "\u{323}", "\u{85}", "\u{9B}", "\t", "\n", "\r\n", "\u{1B}", "\u{7F}", "\u{202E}", "\u{2066}",
        "中", "👍🏽", "🇻🇳", "\u{200B}", "“", "–", "\u{FE0F}", "\u{1100}",
    ]

    /// A deterministic mix: the same strings on every run.
    static func samples(count: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            // Half of them from single-column pieces only, so the fast path is taken, not only refused.
            let simpleOnly = next(2) == 0
            return (0..<next(40)).map { _ in Self.pieces[next(simpleOnly ? 17 : Self.pieces.count)] }.joined()
        }
    }

    /// The widths and cut the grapheme walk gives.
    static func referenceTruncate(_ text: String, width: Int, ellipsis: Bool) -> String {
        guard width > 0 else { return "" }
        let budget = ellipsis ? width - 1 : width
        var cut = "", used = 0, all = ""
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width { return cut + (ellipsis ? "…" : "") }
            used += w
            all.append(character)
            if used <= budget { cut = all }
        }
        return text
    }

    @Test func columnsAreCountedOnlyForSingleColumnText() {
        #expect(SingleColumnText.columns("Sở Kế hoạch và Đầu tư chủ trì".nfc) == 29)
        #expect(SingleColumnText.columns("") == 0)
        for refused in ["e\u{301}", "a\u{85}", "tab\t", "x\u{202E}", "中", "\r\n", "“a”", "a\u{7F}"] {
            #expect(SingleColumnText.columns(refused) == nil, "\(refused.unicodeScalars.map(\.value))")
        }
    }

    /// (A CR LF counts two columns in text and one as a grapheme, as before the fast path: a screen never
    /// measures one, it shows both as pictures.)
    @Test func widthsMatchTheGraphemeWalk() {
        for text in Self.samples(count: 2_000) where !text.unicodeScalars.contains("\r") {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func truncationMatchesTheGraphemeWalk() {
        for (n, text) in Self.samples(count: 1_500).enumerated() {
            let width = 1 + n % 30
            for ellipsis in [true, false] {
                #expect(TextLayout.truncate(text, toWidth: width, ellipsis: ellipsis)
                        == Self.referenceTruncate(text, width: width, ellipsis: ellipsis),
                        "\(text.unicodeScalars.map(\.value)) width \(width)")
            }
        }
    }

    @Test func sanitisingMatchesTheGraphemeWalk() {
        for text in Self.samples(count: 2_000) {
            #expect(ControlCharacters.sanitize(text) == String(text.map(ControlCharacters.sanitize)))
        }
    }

    /// `Screen.put` of a text against putting its sanitised, truncated graphemes one by one.
    @Test func screenCellsMatchGraphemeByGrapheme() {
        for (n, text) in Self.samples(count: 1_500).enumerated() {
            let width = 1 + n % 25
            let x = n % 7
            var fast = Screen(width: 24, height: 2)
            var slow = Screen(width: 24, height: 2)
            let used = fast.put(text, x: x, y: 1, width: width, ellipsis: n % 3 != 0)
            var column = x
            for character in TextLayout.truncate(ControlCharacters.sanitize(text), toWidth: width, ellipsis: n % 3 != 0) {
                column += slow.put(character, x: column, y: 1, style: .normal, limit: x + width)
            }
            #expect(fast == slow, "\(text.unicodeScalars.map(\.value)) width \(width) at \(x)")
            #expect(used == column - x)
        }
    }

    /// `fill` writes whole runs: the same cells as putting its grapheme cell by cell, wide graphemes cut at
    /// either end of the run included.
    @Test func fillMatchesCellByCell() {
        for (n, text) in Self.samples(count: 400).enumerated() {
            var fast = Screen(width: 20, height: 3)
            fast.put(text, x: 0, y: n % 3, width: 20)
            fast.put("中中中中中中中中中中", x: n % 2, y: (n + 1) % 3, width: 20)
            var slow = fast
            let rect = Rect(x: n % 9 - 2, y: n % 4 - 1, width: n % 13, height: n % 3 + 1)
            let style = Style(.accent, bold: n % 2 == 0)
            fast.fill(rect, with: n % 2 == 0 ? " " : "─", style: style)
            for row in max(rect.y, 0)..<max(max(rect.y, 0), min(rect.maxY, 3)) {
                for col in max(rect.x, 0)..<max(max(rect.x, 0), min(rect.maxX, 20)) {
                    slow.put(n % 2 == 0 ? " " : "─", x: col, y: row, style: style)
                }
            }
            #expect(fast == slow, "\(rect)")
        }
    }
}
