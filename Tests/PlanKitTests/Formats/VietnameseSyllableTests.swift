import Testing
@testable import PlanKit

@Suite("Vietnamese syllables")
struct VietnameseSyllableTests {
    @Test(arguments: ["Cộng", "hòa", "xã", "hội", "chủ", "nghĩa", "Việt", "Nam", "quốc", "giữa", "gì", "khuya", "nguyễn",
                      "thuở", "xoong", "oanh", "uyên", "tỉnh", "được", "hướng", "Đầu", "tư", "ngoằn", "khuếch", "y", "a",
                      "trưởng", "phường", "nghiêng", "quyết", "hoạch", "thuyền", "giấy"])
    func syllables(word: String) {
        #expect(VietnameseSyllable.isSyllable(word), "\(word)")
    }

    @Test(arguments: ["Céng", "hoµ", "héi", "chñ", "nghÜa", "ViÖt", "smart", "xyz", "b", "ngh", "tiếǹ", "cáct", "hoàt",
                      "quu", "gh", "information"])
    func notSyllables(word: String) {
        #expect(!VietnameseSyllable.isSyllable(word), "\(word)")
    }

    @Test func censusLeavesAbbreviationsAndNumbersOut() {
        let census = VietnameseSyllable.census("Số: 7432/UBND-XD ngày 21/7/2026 của Sở KH&ĐT")
        #expect(census.syllables == 4)
        #expect(census.others == 0)
        let garbled = VietnameseSyllable.census("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
        #expect(garbled.others > garbled.syllables)
    }
}
