import Foundation
import Testing
@testable import PlanKit

@Suite("Odd and corrupt input")
struct ImportRobustnessTests {
    @Test func nfdCrlfBomAndStraySpacesImportTheSame() throws {
        for file in [TestSupport.thaiNguyenFile, TestSupport.konTumFile] {
            let clean = try TestSupport.seedText(file)
            let messy = "\u{FEFF}" + clean.decomposedStringWithCanonicalMapping
                .replacingOccurrences(of: "\n", with: "  \r\n")
                .replacingOccurrences(of: "Sở Kế hoạch", with: "Sở\u{00A0}Kế  hoạch")
            let a = try PlanImporter.importPlan(text: clean, directory: TestSupport.directory)
            let b = try PlanImporter.importPlan(text: messy, directory: TestSupport.directory)
            #expect(b.warnings.isEmpty)
            #expect(b.plan.tasks.map(\.code) == a.plan.tasks.map(\.code))
            #expect(b.plan.tasks.map(\.lead) == a.plan.tasks.map(\.lead))
            #expect(b.plan.tasks.map(\.cooperating) == a.plan.tasks.map(\.cooperating))
            #expect(b.plan.tasks.map(\.timeframe) == a.plan.tasks.map(\.timeframe))
            #expect(b.plan.objectives == a.plan.objectives)
            #expect(b.plan.identity == a.plan.identity)
            // Stored text is NFC whatever came in.
            #expect(b.plan.tasks.allSatisfy { $0.text.unicodeScalars.elementsEqual($0.text.nfc.unicodeScalars) })
        }
    }

    @Test func emptyInputIsAClearError() {
        #expect(throws: ImportError.empty) { try PlanImporter.importPlan(data: Data(), directory: TestSupport.directory) }
        #expect(throws: ImportError.empty) { try PlanImporter.importPlan(text: "\n \n\r\n", directory: TestSupport.directory) }
    }

    @Test func binaryInputIsRefused() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(throws: ImportError.binary(byteOffset: 6)) { try PlanImporter.importPlan(data: png, directory: TestSupport.directory) }
    }

    @Test func invalidUTF8SaysWhere() {
        var bytes = Array("Kế hoạch".utf8)
        bytes.append(0xC3)  // a lead byte with no continuation
        bytes += Array(" tiếp".utf8)
        let offset = Array("Kế hoạch".utf8).count
        #expect(throws: ImportError.notUTF8(byteOffset: offset)) {
            try PlanImporter.importPlan(data: Data(bytes), directory: TestSupport.directory)
        }
        // Windows-1258 bytes of Vietnamese text are not UTF-8 either.
        #expect(throws: ImportError.self) {
            try PlanImporter.importPlan(data: Data([0x53, 0xD5, 0x20, 0x4B]), directory: TestSupport.directory)
        }
    }

    @Test func aPlanTextPastTheOldThirtyTwoMegabyteLimitIsText() throws {
        // 100,000 tasks are a 62 MB plan text: what is text is read, whatever its size below the text limit.
        let line = Array("- Sở Tài chính chủ trì, hoàn thành trong quý IV năm 2026.\n".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(40_000_100)
        while bytes.count < 40_000_000 { bytes += line }
        let text = try SourceText.decode(Data(bytes))
        #expect(text.utf8.count == bytes.count)
        #expect(SourceText.sizeLimit == DocumentFile.textSizeLimit && SourceText.sizeLimit > 1_000_000_000)
    }

    @Test func textWithNoTaskIsAPlanWithAWarning() throws {
        // Never refused: Vietnamese text imports, and the user is told nothing was assigned in it.
        let result = try PlanImporter.importPlan(text: "Xin chào.\nĐây là một bức thư.", directory: TestSupport.directory)
        #expect(result.plan.tasks.isEmpty)
        // …and that the paragraph it could not read is there, quoted (the first line is the title).
        #expect(result.warnings.map(\.kind) == [.noTasks, .unreadLine])
        #expect(result.warnings.last?.detail == .unread(.paragraph(excerpt: "Đây là một bức thư.")))
    }

    @Test func aTableWithMissingCellsWarnsWithLineNumbers() throws {
        let text = """
        KẾ HOẠCH
        Thực hiện chương trình trên địa bàn tỉnh Kon Tum
        I. MỤC TIÊU
        1. Mục tiêu chung
        - Phát triển nguồn nhân lực.
        PHỤ LỤC
        | TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú |
        |---|---|---|---|---|---|
        | **I.** | **Nhóm nhiệm vụ đào tạo** | | | | |
        | 1 | Đào tạo giảng viên | Sở Giáo dục và Đào tạo | Sở Tài chính | Quý II/2026 | |
        | 2 | Khảo sát nhu cầu | Hội Doanh nghiệp tỉnh |
        | 3 | Xây dựng đề án | | Sở Y tế | Khi có hướng dẫn | |
        """
        let result = try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
        #expect(result.plan.tasks.map(\.code) == ["I.1", "I.2", "I.3"])
        #expect(result.plan.task(code: "I.1")?.timeframe.end == TestSupport.date("2026-06-30"))
        let byLine = Dictionary(grouping: result.warnings, by: \.line)
        #expect(byLine[11]?.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.missingCells, .missingTimeframe, .unknownAgency])
        #expect(byLine[12]?.map(\.kind).contains(.missingLead) == true)
        #expect(byLine[12]?.map(\.kind).contains(.unknownTimeframe) == true)
        #expect(byLine[11]?.contains(ImportWarning(line: 11, .missingCells(row: "2", cells: 3, header: 6))) == true)
        #expect(byLine[12]?.contains(ImportWarning(line: 12, .missingLead(task: "I.3"))) == true)
    }

    @Test func tableWithoutOuterPipesAndOtherHeaderNames() throws {
        let text = """
        KẾ HOẠCH
        Về chuyển đổi số tỉnh Quảng Ngãi
        II. NHIỆM VỤ
        STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời hạn
        I | Hạ tầng số | | | |
        1 | Nâng cấp mạng | Sở Khoa học và Công nghệ | Sở Tài chính và Sở Xây dựng | Báo cáo | 6/2026
        2 | Rà soát | Sở Nội vụ | Các sở, ban, ngành | Quyết định | trước ngày 31/12/2026
        """
        let result = try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.plan.tasks.map(\.code) == ["I.1", "I.2"])
        #expect(result.plan.task(code: "I.1")?.cooperating.map(\.agencyID) == ["so-tai-chinh", "so-xay-dung"])
        #expect(result.plan.task(code: "I.1")?.result == "Báo cáo")
        #expect(result.plan.task(code: "I.2")?.timeframe.kind == .deadline)
        #expect(result.plan.identity.province == "Quảng Ngãi")
    }

    @Test func controlCharactersInsideTheTextDoNotCrash() throws {
        var text = try TestSupport.seedText(TestSupport.konTumFile)
        text = text.replacingOccurrences(of: "Hàng năm", with: "Hàng\u{7F} năm")
        let result = try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
        #expect(result.plan.tasks.count == 15)
    }
}

/// Input shaped like nothing a reader expects: a clear error or a partial import, never a crash.
@Suite("A corpus of odd input")
struct OddInputCorpusTests {
    static let corpus: [String] = [
        "|", "||||", "|\n|\n|\n|", "|\n\n|", "| |\n|---|\n| |", "a)", "đ)", "1.", "1. ", "- ", "+", "**", "* *",
        "Số:", "Số: ", "Giao", "Giao Sở", "chủ trì", "chủ trì, phối hợp với", "phối hợp với Sở Y tế",
        "I.", "I. \n1. \na) \nb) ", "Điều 1.", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KẾ HOẠCH", "KẾ HOẠCH\n",
        "[^1]: chú thích", "[^x]: chú thích", "[^", "¹", "¹ ", "V/v", "V/v ", "#", "## ", "### 1.",
        String(repeating: "|\n", count: 500), String(repeating: "Sở Y tế, ", count: 400),
        String(repeating: "a) b) c) ", count: 200), String(repeating: "x", count: 20_000),
        "1. Sở Y tế\n- \n- Chủ trì\n2.\n", "| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|\n| 1 |",
        "| STT | Nhiệm vụ | Cơ quan chủ trì |\n| (1) | (2) | (3) |\n| I | | |\n| 1 | | |",
        "|\nSTT\n|\nNhiệm vụ\n|\nChủ trì\n|\n|\n1\n|", "|\n\n\n|\nx\n|\n|\n|\n|\n|\n|\ny",
        "hoàn thành trong quý", "chậm nhất đến ngày 31 tháng 2 năm 2027", "trước ngày 99/99 hằng năm",
        "quý IX/2026", "2026–", "–2030", "\u{0301}\u{0301}", "🙂 Sở 🙂 chủ trì 🙂", "Ủy ban KH,CN&MT,,,;;",
        "1.1.1.1.1.1.1.1. Giao Sở Y tế chủ trì", "a) Nhiệm vụ:\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì:\nc) Thời gian thực hiện:",
    ]

    @Test(arguments: corpus)
    func importsOrRefusesClearly(_ text: String) {
        do {
            let result = try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
            _ = result.explanation()
            #expect(result.plan.tasks.allSatisfy { !$0.code.isEmpty })
        } catch let error as ImportError {
            #expect(!error.description.isEmpty)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
