import Foundation
import Testing
@testable import PlanKit

@Suite("Vietnamese text rules")
struct TextTests {
    let nfc = "Sở Kế hoạch và Đầu tư"
    var nfd: String { nfc.decomposedStringWithCanonicalMapping }

    @Test func nfdAndNfcHaveTheSameWidth() {
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        #expect(nfc.displayWidth == 21)
        #expect(nfd.displayWidth == 21)
        #expect(nfd.nfc.unicodeScalars.elementsEqual(nfc.unicodeScalars))
    }

    @Test func widthsOfWideMarksAndEmoji() {
        #expect("中".displayWidth == 2)
        #expect("中文 ab".displayWidth == 7)
        #expect("\u{0301}".displayWidth == 0)
        #expect("e\u{0301}".displayWidth == 1)
        #expect("😀".displayWidth == 2)
        #expect("👍🏽".displayWidth == 2)
        #expect("한국".displayWidth == 4)
        #expect("ＡＢ".displayWidth == 4)
        #expect("\u{1B}[31m".displayWidth == 5)  // a control character is drawn as one visible picture
    }

    @Test func truncationNeverSplitsAGrapheme() {
        for width in 1...25 {
            for text in [nfc, nfd, "中文中文中文", "Đài Phát thanh – Truyền hình 😀 Thái Nguyên"] {
                let cut = TextLayout.truncate(text, toWidth: width)
                #expect(cut.displayWidth <= width)
                #expect(cut == text || cut.hasSuffix("…"))
                // Every grapheme of the cut (but the ellipsis) is a whole grapheme of the original.
                let kept = cut.hasSuffix("…") && cut != text ? String(cut.dropLast()) : cut
                #expect(text.hasPrefix(kept))
            }
        }
        #expect(TextLayout.truncate("中文中文", toWidth: 4) == "中…")
        #expect(TextLayout.truncate("中文中文", toWidth: 8) == "中文中文")
        #expect(TextLayout.truncate("abc", toWidth: 0) == "")
    }

    @Test func fitPadsToTheExactWidth() {
        #expect(TextLayout.fit("Sở", width: 5) == "Sở   ")
        #expect(TextLayout.fit("中文", width: 5) == "中文 ")
        #expect(TextLayout.fit("中文中文", width: 5).displayWidth == 5)
        #expect(TextLayout.fit("7", width: 3, alignRight: true) == "  7")
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWords() {
        let lines = TextLayout.wrap("Sở Kế hoạch và Đầu tư chủ trì", width: 10)
        #expect(lines == ["Sở Kế", "hoạch và", "Đầu tư chủ", "trì"])
        #expect(lines.allSatisfy { $0.displayWidth <= 10 })
        #expect(TextLayout.wrap("中文中文中文", width: 5) == ["中文", "中文", "中文"])
        #expect(TextLayout.wrap("", width: 5) == [""])
    }

    @Test func searchKeyFoldsMarksCaseAndD() {
        #expect(SearchKey.make("Sở Kế hoạch và Đầu tư") == "so ke hoach va dau tu")
        #expect(SearchKey.make("SỞ KẾ HOẠCH") == "so ke hoach")
        #expect(SearchKey.make(nfd) == "so ke hoach va dau tu")
        #expect(SearchKey.make("đường Đồng") == "duong dong")
        #expect(SearchKey.matches(key: SearchKey.make(nfc), query: "so ke hoach"))
        #expect(SearchKey.matches(key: SearchKey.make(nfc), query: "ĐẦU TƯ kế"))
        #expect(!SearchKey.matches(key: SearchKey.make(nfc), query: "tai chinh"))
        #expect(SearchKey.slug("Kon Tum") == "kon-tum")
        #expect(SearchKey.slug("Thái Nguyên") == "thai-nguyen")
        // The byte-level path gives the same keys as the scalar one, NFD, CJK and emoji included.
        for text in [nfc, nfd, "  Đài Phát thanh – Truyền hình  ", "中文 ABC 😀 Ủy ban", "e\u{0301}\u{0323} Ǆ"] {
            var bytes: [UInt8] = []
            SearchKey.append(utf8: text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == SearchKey.make(text), "\(text)")
        }
    }

    @Test func vietnameseCollationOrder() {
        let expected = ["An", "Ăn", "Âm", "Bảo", "Dân", "Đầu", "Ong", "Ô tô", "Ơn", "Ủy", "Ưu", "Xây"]
        let shuffled = ["Xây", "Ơn", "Đầu", "An", "Ưu", "Ô tô", "Âm", "Ủy", "Ăn", "Bảo", "Ong", "Dân"]
        #expect(shuffled.sorted(by: VietnameseCollation.areInIncreasingOrder) == expected)
    }

    /// The sort key orders as ICU does wherever it answers: on every pair of the bundled directory's names
    /// and on 20,000 pairs of random names drawn from Vietnamese letters in both cases with every tone,
    /// the foreign letters, digits, spaces and the punctuation of names (close pairs too: one letter, tone or case changed).
    @Test func collationKeysOrderAsICUDoes() throws {
        func sign(_ r: ComparisonResult) -> Int { r == .orderedAscending ? -1 : r == .orderedSame ? 0 : 1 }
        // Foundation hands ICU only what follows the strings' common prefix, decomposed: "AB" against "Â"
        // becomes "B" against a lone circumflex, which ICU ignores, so "Â" comes first. In Vietnamese order
        // (and ICU's, given the whole strings) A comes before Â: such pairs are the key's to answer.
        func splitsALetter(_ a: String, _ b: String) -> Bool {
            let x = Array(a.decomposedStringWithCanonicalMapping.unicodeScalars)
            let y = Array(b.decomposedStringWithCanonicalMapping.unicodeScalars)
            let common = zip(x, y).prefix { $0 == $1 }.count
            return [x, y].contains { common < $0.count && (0x300...0x36F).contains($0[common].value) }
        }
        func agree(_ a: String, _ b: String) {
            guard VietnameseCollation.sortKey(a) != nil, VietnameseCollation.sortKey(b) != nil, !splitsALetter(a, b) else { return }
            #expect(sign(VietnameseCollation.compare(a, b)) == sign(VietnameseCollation.icuCompare(a, b)), "\(a) | \(b)")
        }
        let names = try AgencyDirectory.bundled().agencies.map(\.name)
        #expect(names.filter { VietnameseCollation.sortKey($0) != nil }.count > names.count / 2)
        for a in names { for b in names.prefix(60) { agree(a, b) } }
        var letters = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars) + Array(" -,.()/&0123456789".unicodeScalars)
        for base in "aăâeêioôơuưy" {
            for mark in ["\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"] {
                letters += (String(base) + mark).precomposedStringWithCanonicalMapping.unicodeScalars
            }
        }
        letters += letters.flatMap { String($0).uppercased().unicodeScalars }
        var random = SplitMix64(seed: 7)
        func pick() -> Unicode.Scalar { letters[Int(random.nextUInt64() % UInt64(letters.count))] }
        for _ in 0..<10_000 {
            let length = 1 + Int(random.nextUInt64() % 6)
            var a = String.UnicodeScalarView()
            for _ in 0..<length { a.append(pick()) }
            var b = a
            let at = b.index(b.startIndex, offsetBy: Int(random.nextUInt64() % UInt64(length)))
            b.replaceSubrange(at...at, with: [pick()])
            agree(String(a), String(b))
            var c = String.UnicodeScalarView()
            for _ in 0..<(1 + Int(random.nextUInt64() % 6)) { c.append(pick()) }
            agree(String(a), String(c))
        }
        // Punctuation against punctuation, spaces and letters, where the level weights meet.
        let marks = Array(" -,.()/&0aÂđ".unicodeScalars)
        var checked = 0
        for _ in 0..<5_000 {
            func word() -> String {
                var w = String.UnicodeScalarView()
                for _ in 0..<(1 + Int(random.nextUInt64() % 4)) { w.append(marks[Int(random.nextUInt64() % UInt64(marks.count))]) }
                return String(w)
            }
            let (a, b) = (word(), word())
            if !splitsALetter(a, b) { checked += 1 }
            agree(a, b)
        }
        #expect(checked > 4_000)
        #expect(VietnameseCollation.compare("AB", "Â") == .orderedAscending)
        #expect(VietnameseCollation.compare("eẸi", "ê") == .orderedAscending)
        // What the table does not know is ICU's to answer.
        #expect(VietnameseCollation.sortKey("Sở KH&ĐT; Sở Y tế") == nil)
        #expect(VietnameseCollation.sortKey("e\u{301}") == nil)
    }

    @Test func controlCharactersBecomeVisible() {
        #expect(ControlCharacters.sanitize("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(ControlCharacters.sanitize("tab\there") == "tab␉here")
        #expect(ControlCharacters.sanitize("\u{7F}\u{9B}") == "␡\u{FFFD}")
        #expect(ControlCharacters.sanitize("Sở") == "Sở")
    }

    @Test func documentNormalisation() {
        let messy = "\u{FEFF}Sở\u{00A0}Tài chính  \r\nDòng hai\r"
        #expect(TextCleanup.normalizeDocument(messy) == "Sở Tài chính\nDòng hai\n")
        #expect(TextCleanup.collapseSpaces("  a   b\t c ") == "a b c")
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: String(repeating: "a", count: 1000)).count == 64)
        // FIPS 180-4's two-block message (56 bytes: the padding takes a second block) and a million "a"s
        // (15,625 whole blocks, hashed in place), each the same from a String, bytes and Data.
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(of: twoBlocks) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex(of: million) == expected)
        #expect(SHA256.hex(of: Data(million)) == expected)
        #expect(SHA256.hex(of: String(decoding: million, as: UTF8.self)) == expected)
        // Every length around a block's edge agrees between a String's slice and its bytes.
        for length in 54...66 {
            let text = String(repeating: "ạ", count: length)[...]
            #expect(SHA256.hex(of: text) == SHA256.hex(of: Array(text.utf8)))
        }
    }

    @Test func composingLineByLineIsFoundationsNFC() {
        // Decomposed Vietnamese (as macOS and some converters write it) on some lines, an Å sign and
        // superscripts on others, empty lines and a final line feed: the same as NFC of the whole.
        let text = "Sở Tài chi\u{0301}nh\n\nKế hoa\u{0323}ch m\u{00B2} ⁴\n\u{212B} 2026\nô\u{0301}\n"
        #expect(TextCleanup.composedLineByLine(text) == text.precomposedStringWithCanonicalMapping)
        #expect(Array(text.nfc.utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8))  // bytes: `==` on strings is canonical equivalence
        #expect(TextCleanup.composedLineByLine("") == "")
        #expect(TextCleanup.composedLineByLine("\n") == "\n")
        // Superscripts and the đồng sign are left alone by NFC, so they take the quick path.
        #expect("Diện tích 10⁴ m², giá 5₫".unicodeScalars.allSatisfy(TextCleanup.isStableUnderNFC))
    }

    @Test func calendarDates() {
        let d = TestSupport.date("2024-02-29")
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 1) == TestSupport.date("2024-03-01"))
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(iso: "2025-13-01") == nil)
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
        #expect(TestSupport.date("2026-11-23").days(until: TestSupport.date("2026-12-10")) == 17)
        #expect(d.vietnamese == "29/02/2024")
    }
}

@Suite("Byte search")
struct ByteSearchTests {
    @Test func findsWordsAnywhereAndOnlyWhole() {
        let key = SearchKey.make("Sở Kế hoạch và Đầu tư; Sở Tài chính")
        for word in ["so", "ke hoach", "chinh", "tu;", "s", "a"] { #expect(key.includes(word), "\(word)") }
        for word in ["chinhx", "kehoach", "z", "so ke hoach va dau tu; so tai chinh ", String(repeating: "a", count: 80)] {
            #expect(!key.includes(word), "\(word)")
        }
        #expect("aaab".includes("aab"))
        #expect("".includes(""))
        #expect(!"".includes("a"))
        #expect("Sở".includes("Sở"))
        #expect(Substring("xxSởyy").dropFirst(2).includes("Sở"))
    }

    @Test func terminalTextKeepsQuotesAndDashesAndStillShowsControls() {
        // Bytes C2/E2 lead “quotes”, dashes and superscripts as well as C1 and bidi controls.
        let plain = "“Sở Tài chính” – mục tiêu 10² ¹ … \u{A0}"
        #expect(ControlCharacters.terminalText(plain) == plain)
        #expect(ControlCharacters.terminalText("“x”\u{9B}2J") == "“x”\u{FFFD}2J")
        #expect(ControlCharacters.terminalText("– a\u{202E}b") == "– a\u{FFFD}b")
        #expect(ControlCharacters.terminalText("“a”\r\nb\rc") == "“a”\r\nb\u{240D}c")
    }

    /// The byte test that lets clean text skip the scalar scan flags exactly the scalars the scan acts on,
    /// alone, between letters and at the end of a string, for every scalar of the first three planes' start.
    @Test func theByteTestFlagsExactlyTheUnsafeScalars() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unsafe = ControlCharacters.isUnsafe(scalar)
            for text in [String(scalar), "a\(scalar)b", "ở\(scalar)"] {
                #expect(ControlCharacters.hasSuspiciousByte(text) == unsafe, "U+\(String(value, radix: 16))")
            }
        }
        #expect(ControlCharacters.clean("“Sở” – \u{202E}x\u{2028}y") == "“Sở” – x\ny")
        // terminalText keeps a CSV's CRLF: only a lone CR is flagged for it, any CR for clean.
        #expect(!ControlCharacters.hasSuspiciousByte("a\r\nb\r\n", keepingCRLF: true))
        #expect(ControlCharacters.hasSuspiciousByte("a\r\nb\r", keepingCRLF: true))
        #expect(ControlCharacters.hasSuspiciousByte("a\r\nb"))
        #expect(ControlCharacters.terminalText("“a”\r\nb\r\n") == "“a”\r\nb\r\n")
    }

    /// The one-pass CSV field (quotes doubled while unsafe scalars are looked for) writes the bytes the
    /// two passes wrote, for every scalar below U+3000 at the start, middle and end of a field, and for
    /// fields that start like formulas, hold quotes, CRLF or a lone CR.
    @Test func theOnePassCSVFieldMatchesTheTwoPasses() {
        func twoPasses(_ field: String) -> [UInt8] {
            var out: [UInt8] = []
            CSVField.appendQuoted(OutputEscaping.csvSafe(field), to: &out)
            return out
        }
        func onePass(_ field: String) -> [UInt8] {
            var out: [UInt8] = [0x41]  // what the record holds already stays
            CSVField.appendSafeQuoted(field, to: &out)
            return Array(out.dropFirst())
        }
        var fields = ["", "\"", "a\"\"b", "=1+2", "-", "+84", "@x", "\tx", "\r\nx", "\rx", "\u{1}=x", "“Sở” – 10²",
                      "a\r\nb", "a\rb", "x\u{202E}\"y\"", "\"=", "Sở Kế hoạch, \"Đầu tư\"\u{9B}"]
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            fields += [String(scalar), "\"\(scalar)b", "ở\(scalar)"]
        }
        for field in fields {
            #expect(onePass(field) == twoPasses(field), "\(field.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The byte test that lets stable text skip the normaliser agrees with the scalar test, for every
    /// scalar below U+3000 and the letters and marks Vietnamese text is made of, alone and in words.
    @Test func theNFCByteTestMatchesTheScalarTest() {
        var texts = ["", "Sở Kế hoạch và Đầu tư", "Lê Thị Hồng", "u\u{31B}", "e\u{301}", "ờ\u{323}", "₫ m² ⁴", "“—”", "中文", "😀"]
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts += [String(scalar), "a\(scalar)", "ở\(scalar)b"]
        }
        for value in UInt32(0x1E00)..<0x1F00 { texts.append(String(Unicode.Scalar(value)!)) }
        for text in texts {
            var copy = text
            let bytes = copy.withUTF8 { TextCleanup.isStableUnderNFC(utf8: $0) }
            #expect(bytes == text.unicodeScalars.allSatisfy(TextCleanup.isStableUnderNFC), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(text.nfc.utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8))  // bytes: `==` on strings is canonical equivalence
        }
    }
}
