import Testing
@testable import PlanKit

/// A table's columns fitted to a width: the text column gives way first, then the widest of the others.
@Suite struct ColumnFittingTests {
    @Test func aTableThatFitsKeepsItsWidths() {
        let widths = ColumnFitting.widths(natural: [5, 10, 30], headers: [2, 4, 4], separator: 2, width: 80, givesWayFirst: 2)
        #expect(widths == [5, 10, 30])
    }

    @Test func theTextColumnGivesWayFirst() {
        // 6 + 20 + 60 + 2·2 = 90 columns into 80: only the text loses its 10.
        let widths = ColumnFitting.widths(natural: [6, 20, 60], headers: [2, 4, 8], separator: 2, width: 80, givesWayFirst: 2)
        #expect(widths == [6, 20, 50])
        #expect(widths.reduce(0, +) + 4 == 80)
    }

    @Test func thenTheWidestOtherColumnDownToItsHeader() {
        // The text stops at its floor (12); the lead column (30) then shrinks before the code (8).
        let widths = ColumnFitting.widths(natural: [8, 30, 70], headers: [2, 7, 8], separator: 2, width: 50, givesWayFirst: 2)
        #expect(widths[2] == ColumnFitting.textFloor)
        #expect(widths == [8, 26, 12])
        #expect(widths.reduce(0, +) + 4 == 50)
    }

    @Test func noColumnGoesBelowItsFloorEvenWhenTheTableCannotFit() {
        let widths = ColumnFitting.widths(natural: [8, 30, 70], headers: [2, 7, 8], separator: 2, width: 10, givesWayFirst: 2)
        #expect(widths == [4, 7, 12])
    }

    @Test func aKeyColumnIsNeverCut() {
        let widths = ColumnFitting.widths(natural: [20, 30, 70], headers: [2, 7, 8], separator: 2, width: 40,
                                          givesWayFirst: 2, keepWhole: [0])
        #expect(widths == [20, 7, 12])
    }

    @Test func withoutATextColumnTheWidestGivesWay() {
        let widths = ColumnFitting.widths(natural: [10, 40, 10], headers: [3, 3, 3], separator: 2, width: 44, givesWayFirst: nil)
        #expect(widths == [10, 20, 10])
    }

    /// The cut itself: by display width, at grapheme boundaries, with "…" (wide and combining characters).
    @Test func cellsAreCutByDisplayWidthAtGraphemes() {
        let cut = TextLayout.truncate("Sở Kế hoạch và Đầu tư", toWidth: 10)
        #expect(cut == "Sở Kế hoạ…" && DisplayWidth.of(cut) == 10)
        let decomposed = "Kê\u{0301} hoạch"  // e + circumflex + acute as separate marks
        #expect(TextLayout.truncate(decomposed, toWidth: 3) == "Kê\u{0301}…")
        let wide = TextLayout.truncate("計画計画", toWidth: 5)
        #expect(wide == "計画…" && DisplayWidth.of(wide) == 5)
    }
}
