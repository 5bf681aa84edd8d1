import Testing
@testable import PlanKit

/// The joining of `pdftotext -layout` output, on layout text written here (no poppler needed).
@Suite("PDF layout joining")
struct PDFLayoutTests {
    static let header = "      CÔNG BÁO TỈNH LÀO CAI / Số 12"

    static func page(_ number: Int, _ lines: [String]) -> String {
        ([header, ""] + lines + ["", "                                 Trang \(number)"]).joined(separator: "\n")
    }

    static let layout = [
        page(1, [
            "      ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "        TỈNH LÀO CAI                        Độc lập - Tự do - Hạnh phúc",
            "",
            "      Số: 12/KH-UBND                  Lào Cai, ngày 02 tháng 3 năm 2026",
            "",
            "                               KẾ HOẠCH",
            "       1. Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát nguồn kinh",
            "phí thực hiện; tổng hợp báo cáo Ủy ban nhân dân tỉnh theo Quyết định số 1074/QĐ-",
            "BXD của Bộ Xây dựng và các văn bản hướng dẫn của Bộ Tài chính về công tác infor-",
            "mation trước ngày 30 tháng 6 năm 2026.",
            "       2. Sở Nội vụ chủ trì:",
            "       - Hướng dẫn các xã, phường thực hiện; kiểm tra việc thực hiện tại các cơ sở",
            "trên địa bàn tỉnh trong năm 2026, báo cáo kết quả thực hiện với Ủy ban nhân dân",
        ]),
        page(2, [
            "tỉnh trước ngày 15 tháng 12 năm 2026.",
            "       + Tổng hợp kết quả.",
        ]),
        page(3, [
            "       3. Tổ chức thực hiện",
            "Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN",
            "- Như trên;                                           CHỦ TỊCH",
            "- Lưu: VT.",
            "",
            "                                                   Nguyễn Văn A",
        ]),
    ].joined(separator: "\u{0C}") + "\u{0C}"

    @Test func pagesHeadingColumnsParagraphsAndTheSignature() {
        let paragraphs = PDFLayout.text(fromLayout: Self.layout).components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }
        #expect(paragraphs == [
            "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 12/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 02 tháng 3 năm 2026",
            "KẾ HOẠCH",
            "1. Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát nguồn kinh phí thực hiện; tổng hợp báo cáo "
                + "Ủy ban nhân dân tỉnh theo Quyết định số 1074/QĐ-BXD của Bộ Xây dựng và các văn bản hướng dẫn của Bộ "
                + "Tài chính về công tác information trước ngày 30 tháng 6 năm 2026.",
            "2. Sở Nội vụ chủ trì:",
            "- Hướng dẫn các xã, phường thực hiện; kiểm tra việc thực hiện tại các cơ sở trên địa bàn tỉnh trong năm "
                + "2026, báo cáo kết quả thực hiện với Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.",
            "+ Tổng hợp kết quả.",
            "3. Tổ chức thực hiện",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A",
        ])
    }

    @Test func pageNumbersInTheirUsualShapes() {
        for line in ["2", "  - 2 -", "Trang 3", "3/8", "(4)"] { #expect(PDFPages.isPageNumber(line), "\(line)") }
        for line in ["2030", "12345", "Điều 2", "1.", "a)"] { #expect(!PDFPages.isPageNumber(line), "\(line)") }
    }

    @Test func ethAndLigaturesAreMended() {
        #expect(PDFLayout.cleanCharacters("Ðiều ﬁ\u{00A0}x") == "Điều fi x")
        #expect(PDFLayout.cleanCharacters("a\u{0B}b\u{00}c\n\u{0C}") == "a b c\n\u{0C}")
    }
}
