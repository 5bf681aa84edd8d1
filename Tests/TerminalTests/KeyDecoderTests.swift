import CNcursesw
import Dashboard
import Testing
@testable import Terminal

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab), (KEY_ENTER, .enter),
        (KEY_RESIZE, .resize), (KEY_A1, .home), (KEY_C1, .end), (KEY_A3, .pageUp), (KEY_C3, .pageDown),
        (KEY_SR, .up), (KEY_SF, .down), (KEY_SLEFT, .left), (KEY_SRIGHT, .right),
    ])
    func functionKeys(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(UInt32(code), isFunctionKey: true) == key)
    }

    @Test func functionKeysOneToTwelveAndBeyond() {
        for n in 1...12 {
            #expect(KeyDecoder.decode(UInt32(kh_key_f(Int32(n))), isFunctionKey: true) == .function(n))
        }
        #expect(KeyDecoder.decode(UInt32(kh_key_f(24)), isFunctionKey: true) == .function(24))
    }

    @Test func unknownFunctionKeysAreIgnored() {
        #expect(KeyDecoder.decode(UInt32(KEY_MOUSE), isFunctionKey: true) == nil)
        #expect(KeyDecoder.decode(UInt32(KEY_B2), isFunctionKey: true) == nil)
    }

    @Test(arguments: [
        (UInt32(10), Key.enter), (13, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .ctrl("a")), (3, .ctrl("c")), (18, .ctrl("r")), (26, .ctrl("z")), (32, .char(" ")),
        (UInt32(("q" as Unicode.Scalar).value), .char("q")), (UInt32(("?" as Unicode.Scalar).value), .char("?")),
    ])
    func controlAndAsciiCharacters(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(code, isFunctionKey: false) == key)
    }

    @Test func theSameNumberMeansDifferentThingsAsKeyOrCharacter() {
        // KEY_UP is 259 = U+0103 "ă": the flag decides.
        #expect(KeyDecoder.decode(259, isFunctionKey: true) == .up)
        #expect(KeyDecoder.decode(259, isFunctionKey: false) == .char("ă"))
    }

    @Test func vietnameseAndWideLettersAreOneCharacter() {
        for letter in ["ế", "Đ", "ư", "ợ", "中"] {
            let scalar = letter.unicodeScalars.first?.value ?? 0
            #expect(KeyDecoder.decode(scalar, isFunctionKey: false) == .char(Character(letter)))
        }
    }

    @Test func otherControlsAreIgnored() {
        for code: UInt32 in [0, 28, 29, 30, 31, 0x80, 0x9B, 0x9F] {
            #expect(KeyDecoder.decode(code, isFunctionKey: false) == nil)
        }
        #expect(KeyDecoder.decode(0xD800, isFunctionKey: false) == nil)  // a lone surrogate is no scalar
    }

    @Test func extendedKeysKeepTheirMovement() {
        #expect(KeyDecoder.extendedKey(named: "kUP5") == .up)
        #expect(KeyDecoder.extendedKey(named: "kDN3") == .down)
        #expect(KeyDecoder.extendedKey(named: "kLFT5") == .left)
        #expect(KeyDecoder.extendedKey(named: "kRIT") == .right)
        #expect(KeyDecoder.extendedKey(named: "kHOM5") == .home)
        #expect(KeyDecoder.extendedKey(named: "kEND3") == .end)
        #expect(KeyDecoder.extendedKey(named: "kNXT5") == .pageDown)
        #expect(KeyDecoder.extendedKey(named: "kPRV5") == .pageUp)
        #expect(KeyDecoder.extendedKey(named: "kDC5") == .delete)
        #expect(KeyDecoder.extendedKey(named: "kxIN") == nil)
        #expect(KeyDecoder.extendedKey(named: "kUPx") == nil)
    }

    @Test func marksAfterALetterComposeIntoOne() {
        #expect(KeyDecoder.isCombiningMark(0x0301))
        #expect(KeyDecoder.isCombiningMark(0x0323))
        #expect(!KeyDecoder.isCombiningMark(0x65))
        #expect(!KeyDecoder.isCombiningMark(0x1EBF))
        let composed = KeyDecoder.compose("e", marks: ["\u{0302}", "\u{0301}"])
        #expect(composed.unicodeScalars.map(\.value) == [0x1EBF])
        #expect(KeyDecoder.compose("a", marks: []) == "a")
        #expect(KeyDecoder.compose("o", marks: ["\u{031B}", "\u{0323}"]).unicodeScalars.map(\.value) == [0x1EE3])
    }

    @Test func escapeSequencesEndOnAFinalByte() {
        for final in ["~", "A", "H", "@"] {
            #expect(KeyDecoder.isSequenceFinal(final.unicodeScalars.first?.value ?? 0))
        }
        for inner in ["1", ";", "9", " "] {
            #expect(!KeyDecoder.isSequenceFinal(inner.unicodeScalars.first?.value ?? 0))
        }
    }
}
