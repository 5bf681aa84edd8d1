import Terminal
import Testing

@Suite struct PasteCollectorTests {
    func feed(_ text: String, end: Bool = true) -> PasteCollector {
        var collector = PasteCollector()
        for scalar in text.unicodeScalars { collector.feed(scalar.value) }
        if end { for code: UInt32 in [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E] { collector.feed(code) } }
        return collector
    }

    @Test func textUpToTheEndMarker() {
        let collector = feed("Đã họp\r\nngày 2/12 [ok] q")
        #expect(collector.isComplete)
        #expect(collector.text == "Đã họp\nngày 2/12 [ok] q")
    }

    @Test func waitsForTheEndAndComposes() {
        let collector = feed("Tie\u{302}\u{301}n đo\u{323}\u{302}", end: false)
        #expect(!collector.isComplete)
        #expect(collector.text == "Tiến độ")
        #expect(PasteCollector.isStart([0x32, 0x30, 0x30, 0x7E]))
        #expect(!PasteCollector.isStart([0x32, 0x30, 0x31, 0x7E]))
    }
}
