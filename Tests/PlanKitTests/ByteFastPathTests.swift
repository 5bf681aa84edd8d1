import Foundation
import Testing
@testable import PlanKit

/// The byte-level fast paths of the import's reading give what the slower, general code they stand in for
/// gives, on the awkward texts a plan may hold.
@Suite("Byte fast paths")
struct ByteFastPathTests {
    /// Texts with what byte scans get wrong most easily: decomposed marks, a mark on a space, a pipe or a
    /// comma, tabs, non-breaking and other odd spaces, empty cells, separators at either end.
    static let awkward: [String] = [
        "", " ", "  ", "\t", " \t ", "a", " a", "a ", "  a  b\t c ",
        "Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư".decomposedStringWithCanonicalMapping,
        "Sở Nội vụ;  Sở Tư pháp ; ", ";Sở Y tế;", ",Sở Y tế,", "a \u{301}b", "a\t\u{301}b", " \u{301}", "\u{301} ",
        "(\u{301}STC)", ",\u{301} cơ quan chủ trì", "Sở\u{A0}Nội vụ", "Sở\u{202F}Nội\u{3000}vụ", "a\u{200D} b",
        "| 1 | Nhiệm vụ | Sở Nội vụ |  |", "|  |  |", "||", "|", "a\\|b", "**I**", "x\n\ny\n", "\n", "\n\n",
        "中文 ab", "👍🏽 😀", "e\u{301}\u{323} \u{1EC7}", "Đ\u{300}", "\r\n", "tab\tend\t",
    ]

    @Test func collapseSpacesMatchesTheCharacterWalk() {
        for text in Self.awkward {
            #expect(TextCleanup.collapseSpaces(text).utf8.elementsEqual(TextCleanup.collapsedByCharacters(text).utf8), "\(Array(text.unicodeScalars))")
            // A substring, which is where the table's cells come from.
            let inner = ("»" + text + "«").dropFirst().dropLast()
            #expect(TextCleanup.collapseSpaces(inner).utf8.elementsEqual(TextCleanup.collapsedByCharacters(inner).utf8))
        }
    }

    @Test func hasByteMatchesTheViewsContains() {
        for text in Self.awkward {
            let inner = ("»" + text + "«").dropFirst().dropLast()
            for byte in [UInt8(ascii: "*"), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ","), UInt8(ascii: "("),
                         UInt8(ascii: "|"), 0x0A, 0xCC, 0x81] {
                #expect(text.hasByte(byte) == text.utf8.contains(byte))
                #expect(inner.hasByte(byte) == inner.utf8.contains(byte))
                #expect(ByteSearch.contains(byte, in: inner.utf8) == inner.utf8.contains(byte))
            }
        }
    }

    @Test func scalarCountMatchesTheScalarView() {
        for text in Self.awkward {
            #expect(text.scalarCount == text.unicodeScalars.count)
            let inner = ("»" + text + "«").dropFirst().dropLast()
            #expect(inner.scalarCount == inner.unicodeScalars.count)
        }
    }

    @Test func linesMatchTheGenericSplit() {
        for text in Self.awkward + ["a\nb", "\na", "a\n", "Sở\nNội vụ\n\n| x |\n"] {
            let fast = ByteSearch.lines(of: text).map { Array($0) }
            let split = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
            #expect(fast == split, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func splitAndFirstOffsetMatchTheGenericOnes() {
        for text in Self.awkward + ["|a|b|", "a||", "||b", "\u{0}x", "x\u{0}"] {
            let inner = ("»" + text + "«").dropFirst().dropLast()
            for byte in [UInt8(ascii: "|"), 0x0A, 0x00, 0xCC] {
                let fast = ByteSearch.split(inner.utf8, at: byte).map { Array($0) }
                let split = inner.utf8.split(separator: byte, omittingEmptySubsequences: false).map { Array($0) }
                #expect(fast == split, "\(Array(text.unicodeScalars))")
                let generic = text.utf8.firstIndex(of: byte).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
                #expect(ByteSearch.firstOffset(of: byte, in: text.utf8) == generic)
                #expect(ByteSearch.firstOffset(of: byte, in: Array(text.utf8)) == generic)
            }
        }
        #expect(TableTaskReader.cells("| 1 | a \\| b |  | **c** |") == ["1", "a | b", "", "c"])
        #expect(TableTaskReader.cells("1|Sở Nội vụ||") == ["1", "Sở Nội vụ", ""])
    }

    @Test func sourceLinesKeepNumbersAndCollapse() {
        let text = TextCleanup.normalizeDocument("Sở  Nội vụ\n\n\t| 1 |  a \u{301} |\nend")
        let lines = SourceText.lines(ofNormalized: text)
        let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { TextCleanup.collapsedByCharacters(Substring($0)) }
        #expect(lines.map(\.text) == expected)
        #expect(lines.map(\.number) == Array(1...expected.count))
    }

    /// A comma or bracket byte carrying a mark is no comma or bracket character: the blanking leaves the text
    /// as it is, as it did when Foundation's search decided whether to look.
    @Test func remarksBlankingIgnoresMarkedSeparators() {
        for text in ["Sở Y tế (\u{301}cơ quan chủ trì)", "Sở Y tế,\u{301} cơ quan chủ trì", "Sở Y tế", ""] {
            #expect(AgencyRemarks.blanked(text) == text)
        }
        #expect(AgencyRemarks.blanked("Sở Y tế (cơ quan chủ trì)").trimmingCharacters(in: .whitespaces) == "Sở Y tế")
        #expect(AgencyRemarks.blanked("Bộ Nội vụ, cơ quan chủ trì; Sở Y tế").hasSuffix("; Sở Y tế"))
    }

    /// FIPS 180-4's examples, across one and several blocks, and a message in pieces of odd sizes.
    @Test func sha256KnownAnswers() {
        #expect(SHA256.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: String(repeating: "a", count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex(of: Data("abc".utf8)) == SHA256.hex(of: "abc"))
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let vietnamese = "Sở Kế hoạch và Đầu tư"
        #expect(SHA256.hex(of: vietnamese[...]) == SHA256.hex(of: Array(vietnamese.utf8)))
    }
}
