import Testing
@testable import PlanKit

/// Tables laid out in columns, written here as pdftotext prints them (no poppler needed).
@Suite("PDF tables")
struct PDFTableTests {
    // Columns one space apart in the header ("chủ Cơ"), cells wrapped, and a second page whose
    // characters pdftotext spaced wider (every column a few places to the right).
    static let pageOne = """
        PHỤ LỤC
        TT   Nhiệm vụ                 Cơ quan chủ Cơ quan phối    Thời gian
                                      trì         hợp             thực hiện
        I    Nhóm nhiệm vụ về cơ chế,
             chính sách
        1    Rà soát, đề xuất sửa     Sở Tài      Sở Nội vụ, các  Năm 2026
             đổi cơ chế chính sách    chính       sở, ngành liên
             miễn, giảm học phí                   quan
        """
    static let pageTwo = """
        2      Xây dựng kế hoạch đào     Sở Giáo dục   Sở Tài chính     2025-
               tạo nhân lực              và Đào tạo                     2030
        II     Nhóm nhiệm vụ về đào
               tạo
        1      Tổ chức đào tạo | ngắn    Trường Cao    Các đơn vị liên  Hàng năm
               hạn                       đẳng          quan
        Hết phụ lục.
        """

    @Test func columnsAcrossPagesBecomeAPipeTable() {
        let text = PDFLayout.text(fromLayout: Self.pageOne + "\n\u{0C}" + Self.pageTwo + "\n\u{0C}")
        #expect(text == """
            PHỤ LỤC

            | TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
            |---|---|---|---|---|
            | I | Nhóm nhiệm vụ về cơ chế, chính sách | | | |
            | 1 | Rà soát, đề xuất sửa đổi cơ chế chính sách miễn, giảm học phí | Sở Tài chính | Sở Nội vụ, các sở, ngành liên quan | Năm 2026 |
            | 2 | Xây dựng kế hoạch đào tạo nhân lực | Sở Giáo dục và Đào tạo | Sở Tài chính | 2025-2030 |
            | II | Nhóm nhiệm vụ về đào tạo | | | |
            | 1 | Tổ chức đào tạo \\| ngắn hạn | Trường Cao đẳng | Các đơn vị liên quan | Hàng năm |

            Hết phụ lục.

            """)
    }

    @Test func aHeaderNeedsTTAndAColumnName() {
        #expect(PDFTables.headerColumns("TT   Nhiệm vụ   Chủ trì") != nil)
        #expect(PDFTables.headerColumns("STT  Nội dung   Đơn vị thực hiện   Thời gian") != nil)
        #expect(PDFTables.headerColumns("Năm   2025   2026") == nil)
        #expect(PDFTables.headerColumns("TT   Họ và tên   Chức vụ") == nil)
    }

    @Test func itemCodes() {
        for code in ["1", "12", "1.2", "II", "IV", "a)", "đ)"] { #expect(PDFTables.isItemCode(code), "\(code)") }
        for text in ["Hết", "2025-2030", "Nơi nhận:", "1. Sở Tài chính chủ trì"] { #expect(!PDFTables.isItemCode(text), "\(text)") }
    }
}
