import Foundation
import Testing

/// Import warnings are said in the UI language: no English word under `--lang vi`, no Vietnamese phrase under
/// `--lang en` (the document's own quoted words aside), each with its file and line.
@Suite struct ImportWarningLanguageTests {
    static let table = """
    UỶ BAN NHÂN DÂN TỈNH X
    Số: 12/KH-UBND

    KẾ HOẠCH
    Triển khai đào tạo

    | STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú |
    |---|---|---|---|---|---|
    | **I.** | **Nhóm nhiệm vụ đào tạo** | | | | |
    | 1 | Đào tạo giảng viên | Sở Giáo dục và Đào tạo | Sở Tài chính | Quý II/2026 | |
    | 2 | Khảo sát nhu cầu | Hội Doanh nghiệp tỉnh |
    | 3 | Xây dựng đề án | | Sở Y tế | Khi có hướng dẫn | |
    | a | Việc khác | Sở Y tế | | 2026 | |

    """
    static let noTasks = "KẾ HOẠCH\nTriển khai đào tạo\n\nMục đích chung của kế hoạch.\n"

    static let englishWords = ["warning", "task", "agency", "directory", "timeframe", "understood", "lead",
                               "row", "cells", "header", "table", "code", "read", "found", "names", "has", "no"]
    static let vietnamesePhrases = ["cảnh báo", "nhiệm vụ", "cơ quan", "danh bạ", "thời hạn", "không", "dòng",
                                    "tiêu đề", "chủ trì", "tìm thấy"]

    /// The warnings' lines with the document's quoted words taken out.
    func warnings(_ text: String, language: String) throws -> [String] {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.txt")
        try Data(text.utf8).write(to: file)
        let out = try Binary.kehoach(["import", file.path, "--dry-run", "--lang", language,
                                      "--db", dir.appendingPathComponent("s.db").path])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stderr.split(separator: "\n").map(String.init)
        for line in lines { #expect(line.hasPrefix(file.path + ":"), "\(line)") }
        return lines.map { line in
            String(line.dropFirst(file.path.count))
                .replacing(/«[^»]*»/, with: "").replacing(/"[^"]*"/, with: "")
        }
    }

    func words(_ line: String) -> Set<String> {
        Set(line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    @Test func everyKindInBothLanguages() throws {
        let vi = try warnings(Self.table, language: "vi") + warnings(Self.noTasks, language: "vi")
        let en = try warnings(Self.table, language: "en") + warnings(Self.noTasks, language: "en")
        // Six about the table and its tasks, and the count of its unread rows (one, the row coded "a");
        // the letter's: no task, its unread paragraph, their count.
        #expect(vi.count == 10 && en.count == 10, "\(vi)\n\(en)")
        for line in vi {
            #expect(words(line).isDisjoint(with: Self.englishWords), "English in: \(line)")
            #expect(line.contains("cảnh báo"))
        }
        for line in en {
            #expect(!Self.vietnamesePhrases.contains { line.lowercased().contains($0) }, "Vietnamese in: \(line)")
            #expect(line.contains("warning"))
        }
        // What and where: the line number and the values survive the wording.
        #expect(vi.contains(":11: cảnh báo: dòng 2 có 3 ô; tiêu đề bảng có 6"))
        #expect(en.contains(":11: warning: row 2 has 3 cells; the header has 6"))
        #expect(vi.contains(":4: cảnh báo: đoạn chưa đọc được: "))
        #expect(en.contains(":4: warning: paragraph not understood: "))
        #expect(vi.contains(": cảnh báo: 1 đoạn chưa đọc được: dòng 4 (xem từng dòng với --explain)"))
        #expect(vi.contains(": cảnh báo: 1 đoạn chưa đọc được: dòng 13 (xem từng dòng với --explain)"))
        #expect(en.contains(": warning: 1 paragraph not understood: line 4 (see each line with --explain)"))
    }
}
