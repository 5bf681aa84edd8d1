import Foundation
import Testing
@testable import PlanKit

/// Each layout the importer reads, written in our own invented sentences (never a fixture's words).
@Suite("Layouts of real documents")
struct LayoutReaderTests {
    private func read(_ text: String) throws -> ImportResult {
        try PlanImporter.importPlan(text: text, directory: TestSupport.directory)
    }

    private func task(_ result: ImportResult, _ code: String) -> PlanTask? {
        result.plan.tasks.first { $0.code == code }
    }

    @Test func agencyHeadingsWithBullets() throws {
        let result = try read("""
        KẾ HOẠCH
        Thí điểm sổ tay điện tử cho cán bộ
        I. PHÂN CÔNG THỰC HIỆN
        1. Sở Tư pháp
        - Chủ trì, phối hợp với Sở Y tế biên soạn tài liệu hướng dẫn, hoàn thành trong quý III năm 2027.
        - Sở Nội vụ chủ trì rà soát biên chế của các đơn vị sự nghiệp.
        2. Giao Công an tỉnh:
        a) Kiểm tra an toàn hệ thống máy chủ.
        b) Tập huấn cho cán bộ phụ trách.
        """)
        let first = try #require(task(result, "I.1.1"))
        #expect(first.lead.map(\.agencyID) == ["so-tu-phap"])
        #expect(first.cooperating.map(\.agencyID) == ["so-y-te"])
        #expect(first.timeframe.kind == .quarter)
        #expect(first.timeframe.end == TestSupport.date("2027-09-30"))
        // A bullet that names its own lead keeps it.
        #expect(task(result, "I.1.2")?.lead.map(\.agencyID) == ["so-noi-vu"])
        #expect(task(result, "I.2a")?.lead.map(\.agencyID) == ["cong-an-tinh"])
        #expect(task(result, "I.2b")?.lead.map(\.agencyID) == ["cong-an-tinh"])
        #expect(result.readers["I.1.1"] == .agencyHeading)
    }

    @Test func proseAssignmentsNameTheDoerAndTheDeadline() throws {
        let result = try read("""
        CÔNG VĂN
        Về việc cải tạo các chợ dân sinh
        1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập phương án cải tạo, xong trong tháng 6/2027.
        2. UBND phường Bình Minh chủ trì, phối hợp với Sở Xây dựng sửa chữa mái chợ, hoàn thành trong quý IV năm 2026.
        3. Sở Công Thương chủ động theo dõi giá cả hàng hóa thiết yếu.
        4. Việc cải tạo phải bảo đảm an toàn cho người dân.
        """)
        let one = try #require(task(result, "1"))
        #expect(one.lead.map(\.agencyID) == ["so-xay-dung"])
        #expect(one.cooperating.map(\.agencyID) == ["so-tai-chinh"])
        #expect(one.timeframe.kind == .month && one.timeframe.end == TestSupport.date("2027-06-30"))
        let two = try #require(task(result, "2"))
        #expect(two.lead.map(\.printed) == ["UBND phường Bình Minh"])
        #expect(two.lead.first?.isResolved == false)  // kept as printed, flagged
        #expect(two.timeframe.end == TestSupport.date("2026-12-31"))
        #expect(task(result, "3")?.lead.map(\.agencyID) == ["so-cong-thuong"])
        // A sentence that assigns nobody is not a task, and --explain says so.
        #expect(task(result, "4") == nil)
        #expect(result.plan.tasks.allSatisfy { result.readers[$0.code] == .proseSentence })
    }

    @Test func labelledSectionsInTheirWordings() throws {
        let result = try read("""
        KẾ HOẠCH
        Số hóa hồ sơ lưu trữ
        II. NHIỆM VỤ
        1. Số hóa hồ sơ
        1.1. Lập danh mục hồ sơ cần số hóa
        - Cơ quan (đơn vị) chủ trì (thực hiện): Sở Nội vụ
        - Đơn vị phối hợp: Sở Tài chính, Sở Tư pháp
        - Thời gian dự kiến hoàn thành: Quý II/2027
        - Lãnh đạo phụ trách: Phó Chủ tịch UBND tỉnh
        2. Đào tạo
        a) Nhiệm vụ: Mở lớp tập huấn cho văn thư.
        b) Cơ quan thực hiện:
        - Đơn vị chủ trì: Sở Y tế.
        - Đơn vị phối hợp: Sở Nội vụ.
        c) Thời hạn: Thường xuyên
        """)
        let item = try #require(task(result, "1.1"))
        #expect(item.lead.map(\.agencyID) == ["so-noi-vu"])
        #expect(item.cooperating.map(\.agencyID) == ["so-tai-chinh", "so-tu-phap"])
        #expect(item.timeframe.kind == .quarter)
        #expect(item.remark == "Lãnh đạo phụ trách: Phó Chủ tịch UBND tỉnh")  // kept, not an agency
        let group = try #require(task(result, "2"))
        #expect(group.lead.map(\.agencyID) == ["so-y-te"])
        #expect(group.cooperating.map(\.agencyID) == ["so-noi-vu"])
        #expect(group.timeframe.kind == .continuous)
        #expect(group.text.contains("Mở lớp tập huấn"))
    }

    @Test func letteredSubTasksFollowTheVietnameseOrder() throws {
        #expect(VietnameseLetters.position(of: "d") == 4)
        #expect(VietnameseLetters.position(of: "đ") == 5)
        #expect(VietnameseLetters.position(of: "e") == 6)
        #expect(VietnameseLetters.position(of: "g") == 7)  // no f
        #expect(VietnameseLetters.position(of: "f") == nil)
        #expect(VietnameseLetters.item("f) không phải mục") == nil)
        #expect(VietnameseLetters.item("đ) Mục thứ năm")?.letter == "đ")
        let result = try read("""
        KẾ HOẠCH
        Phát triển thư viện số
        II. NHIỆM VỤ CỤ THỂ
        1. Hạ tầng
        a) Mua sắm máy quét.
        b) Nâng cấp mạng.
        c) Thuê chỗ lưu trữ.
        d) Sao lưu dữ liệu.
        đ) Kiểm thử khôi phục.
        e) Bảo trì hằng năm.
        """)
        #expect(result.plan.tasks.map(\.code) == ["1a", "1b", "1c", "1d", "1đ", "1e"])
        #expect(task(result, "1e")?.timeframe.kind == .yearly)
    }

    @Test func everyDeadlineFormInASentence() {
        func due(_ sentence: String) -> Timeframe? { TimeframeParser.find(inSentence: sentence) }
        #expect(due("Sở A làm việc này, hoàn thành trong quý IV năm 2026.")?.end == TestSupport.date("2026-12-31"))
        #expect(due("Báo cáo xong trong tháng 6/2026.")?.end == TestSupport.date("2026-06-30"))
        #expect(due("Ban hành quy chế chậm nhất đến ngày 01 tháng 7 năm 2028.")?.end == TestSupport.date("2028-07-01"))
        #expect(due("Gửi báo cáo trước ngày 15/12 hằng năm.")?.kind == .yearly)
        #expect(due("Tổng kết trong quý II/2026 và báo cáo.")?.end == TestSupport.date("2026-06-30"))
        #expect(due("Hoàn thành trong năm 2026.")?.kind == .year)
        #expect(due("Triển khai giai đoạn 2026–2030 theo lộ trình.")?.kind == .yearRange)
        #expect(due("Thực hiện trong 2026-2030, ưu tiên vùng khó khăn.")?.end == TestSupport.date("2030-12-31"))
        #expect(due("Thực hiện thường xuyên.")?.kind == .continuous)
        #expect(due("Hằng năm, tổ chức hội nghị.")?.kind == .yearly)
        #expect(due("Hàng năm, tổ chức hội nghị.")?.kind == .yearly)
        #expect(due("Hoàn thành xong trước ngày 05 tháng 12 năm 2025.")?.end == TestSupport.date("2025-12-05"))
        // A date that is only a citation is not a deadline.
        #expect(due("Thực hiện Quyết định số 15/2021/QĐ-UBND ngày 08/7/2021 của tỉnh.") == nil)
        #expect(due("Tăng cường công tác tuyên truyền.") == nil)
    }

    @Test func collectiveBodiesAndAbbreviationsStayWhole() {
        let parser = AgencyListParser(directory: TestSupport.directory)
        #expect(parser.parse("Các bộ, ngành, địa phương").map(\.agencyID) == ["cac-bo-nganh-dia-phuong"])
        #expect(parser.parse("các Sở, ban, ngành thuộc UBND tỉnh").map(\.agencyID) == ["cac-so-ban-nganh"])
        #expect(parser.parse("Ủy ban nhân dân các xã, phường").map(\.agencyID) == ["ubnd-cap-xa"])
        #expect(parser.parse("các cơ quan, đơn vị, địa phương có liên quan").map(\.agencyID) == ["cac-don-vi-lien-quan"])
        #expect(parser.parse("Bộ KH&CN, Bộ NN&MT").map(\.agencyID) == ["bo-khoa-hoc-cong-nghe", "bo-nong-nghiep-moi-truong"])
        #expect(parser.parse("BCH Quân sự tỉnh").map(\.agencyID) == ["bo-chi-huy-quan-su-tinh"])
        // A comma inside an abbreviation is not a list separator.
        #expect(parser.parse("Ủy ban KH,CN&MT và Hội đồng Dân tộc").map(\.agencyID)
                == ["uy-ban-khoa-hoc-cong-nghe-moi-truong", "hoi-dong-dan-toc"])
        // A body of any province: the place is part of the name as printed.
        let placed = parser.parse("Sở Xây dựng tỉnh Cao Bằng và Kho bạc Nhà nước khu vực IX")
        #expect(placed.map(\.agencyID) == ["so-xay-dung", "kho-bac-nha-nuoc"])
        #expect(placed.map(\.printed) == ["Sở Xây dựng tỉnh Cao Bằng", "Kho bạc Nhà nước khu vực IX"])
    }

    @Test func agencyPatternsTellNamesFromProse() {
        #expect(AgencyPatterns.looksLikeAgency("Trung tâm Dịch vụ việc làm"))
        #expect(AgencyPatterns.looksLikeAgency("Phòng Kinh tế thuộc UBND xã Tân Lập"))
        #expect(AgencyPatterns.looksLikeAgency("Tổ đảng ở khu dân cư số 3"))
        #expect(!AgencyPatterns.looksLikeAgency("bổ sung danh mục tài liệu"))
        #expect(!AgencyPatterns.looksLikeAgency("Tổ chức rà soát hồ sơ"))
        #expect(!AgencyPatterns.looksLikeAgency("các nội dung cần sửa đổi"))
        #expect(AgencyPatterns.trimmingPredicate("Trung tâm Dữ liệu tỉnh xây dựng kho dữ liệu") == "Trung tâm Dữ liệu tỉnh")
        #expect(AgencyPatterns.trimmingPredicate("các Ban Xây dựng Đảng") == "các Ban Xây dựng Đảng")
    }

    @Test func flattenedTablesAreRebuilt() throws {
        // One cell per line between lone pipes, a header cell split over two lines, a column-number row,
        // an empty cell, a group row, and a column the reader has no field for.
        let result = try read("""
        KẾ HOẠCH
        Chuyển đổi số ngành y tế
        |
        STT
        |
        Nội dung
        nhiệm vụ
        |
        Cơ quan chủ trì
        |
        Cơ quan phối hợp
        |
        Thời gian
        |
        Nguồn kinh phí
        |
        |
        (1)
        |
        (2)
        |
        (3)
        |
        (4)
        |
        (5)
        |
        (6)
        |
        |
        I
        |
        Hạ tầng
        |
        |
        1
        |
        Trang bị máy tính
        cho trạm y tế
        |
        Sở Y tế
        |
        |
        2026
        |
        Ngân sách tỉnh
        |
        |
        2
        |
        Kết nối bệnh án điện tử
        |
        Sở Y tế
        |
        Sở Tài chính
        |
        Quý I/2027
        |
        Xã hội hóa
        |

        Nơi nhận: như trên.
        """)
        #expect(result.plan.groups.map(\.code) == ["I"])
        #expect(result.plan.tasks.map(\.code) == ["I.1", "I.2"])
        let one = try #require(task(result, "I.1"))
        #expect(one.text == "Trang bị máy tính cho trạm y tế")
        #expect(one.cooperating.isEmpty)
        #expect(one.timeframe.kind == .year)
        #expect(one.remark == "Nguồn kinh phí: Ngân sách tỉnh")
        #expect(task(result, "I.2")?.cooperating.map(\.agencyID) == ["so-tai-chinh"])
        #expect(result.readers["I.1"] == .table)
        #expect(!result.warnings.contains { $0.kind == .unreadLine })
    }

    @Test func wordTableCellsKeepTheirPipesAndParagraphs() {
        #expect(TableTaskReader.cells("| 1 | Lập sổ A \\| B | Sở Y tế<br>Sở Nội vụ |") == ["1", "Lập sổ A | B", "Sở Y tế<br>Sở Nội vụ"])
        #expect(TableTaskReader.paragraphs("Sở Y tế<br>Sở Nội vụ", listing: true) == "Sở Y tế; Sở Nội vụ")
        #expect(TableTaskReader.paragraphs("Dòng một<br>dòng hai", listing: false) == "Dòng một dòng hai")
    }

    @Test func aBlankReportFormIsNotATask() throws {
        let result = try read("""
        CÔNG VĂN
        Về việc báo cáo tiến độ
        1. Giao Sở Tài chính chủ trì tổng hợp báo cáo, hoàn thành trong tháng 3/2027.
        Biểu số 01
        | STT | Nhiệm vụ | Cơ quan chủ trì | Kết quả |
        |---|---|---|---|
        | | | | |
        | | | | |
        """)
        #expect(result.plan.tasks.map(\.code) == ["1"])
    }

    @Test func theHeadingBlockIsNeverGluedTogether() throws {
        let twoColumns = try read("""
        ỦY BAN NHÂN DÂN TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 134/KH-UBND Cao Bằng, ngày 26 tháng 3 năm 2026 |
        KẾ HOẠCH
        Trồng cây xanh
        1. Giao Sở Nông nghiệp và Môi trường chủ trì trồng cây, hoàn thành trong năm 2026.
        """)
        #expect(twoColumns.plan.identity.number == "134/KH-UBND")
        let draft = try read("""
        ỦY BAN NHÂN DÂN TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: /KH-UBND | Cao Bằng, ngày tháng năm 2026 |
        KẾ HOẠCH
        Trồng cây xanh
        1. Giao Sở Nông nghiệp và Môi trường chủ trì trồng cây, hoàn thành trong năm 2026.
        """)
        #expect(draft.plan.identity.number == "/KH-UBND")
        #expect(draft.plan.identity.issuer == "Ủy ban nhân dân tỉnh Cao Bằng")
    }

    @Test func explainSaysWhatEachParagraphBecame() throws {
        let result = try read("""
        CÔNG VĂN
        Về việc phòng cháy
        1. Giao Công an tỉnh chủ trì kiểm tra các chợ, hoàn thành trong quý II/2027.
        2. Việc kiểm tra cần chú ý các khu nhà trọ.
        """)
        let roles = Dictionary(uniqueKeysWithValues: result.explanation().compactMap { line in line.role.map { (line.number, $0) } })
        #expect(roles[3] == .task("1"))
        if case .notUnderstood = roles[4] {} else { Issue.record("line 4 should be reported as not understood: \(String(describing: roles[4]))") }
    }

    @Test func indicatorTablesAreObjectivesWithTargets() throws {
        let result = try read("""
        QUYẾT ĐỊNH
        Về chỉ tiêu chuyển đổi số
        | TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi |
        |---|---|---|---|---|
        | I | Dịch vụ công | | | |
        | 1 | Tỉ lệ hồ sơ nộp trực tuyến | % | 80% | Văn phòng Chính phủ |
        | 2 | Số nền tảng dùng chung | nền tảng | 12 | Bộ Công an |
        """)
        #expect(result.plan.objectives.count == 2)
        let first = try #require(result.plan.objectives.first)
        #expect(first.heading == "Dịch vụ công")
        #expect(first.text == "Tỉ lệ hồ sơ nộp trực tuyến (%): 80% — theo dõi: Văn phòng Chính phủ")
        #expect(first.targets.first?.value == 80)
        #expect(result.plan.tasks.isEmpty)
    }

    @Test func aUsersDirectoryIsMergedOverTheBundledOne() throws {
        let merged = try TestSupport.directory.merging(userYAML: """
        agencies:
          - id: so-y-te
            aliases: [Sở Y tế nhà]
          - id: hoi-nguoi-mu-tinh
            name: Hội Người mù tỉnh
            kind: department
        """, path: "user.yaml")
        #expect(merged.reference(for: "Sở Y tế nhà").agencyID == "so-y-te")
        #expect(merged.reference(for: "Hội Người mù tỉnh").agencyID == "hoi-nguoi-mu-tinh")
        #expect(merged.reference(for: "Sở Tư pháp").agencyID == "so-tu-phap")  // the bundled ones stay
        do {
            _ = try TestSupport.directory.merging(userYAML: "agencies:\n  - id: x\n    name: [sai\n", path: "user.yaml")
            Issue.record("a broken file must be refused")
        } catch let error as AgencyDirectory.LoadError {
            #expect(String(describing: error).contains("user.yaml"))
            // libyaml finds the unclosed list at the end of the text: line 4, column 1.
            #expect(String(describing: error).contains("line 4, column 1"))
        }
        #expect(throws: AgencyDirectory.LoadError.self) {
            try TestSupport.directory.merging(userYAML: "agencies:\n  - id: moi\n    name: Cơ quan mới\n", path: "user.yaml")
        }
    }

    /// A department's plan: themes under *Nhiệm vụ*, each with its bullets and then the labelled fields
    /// that name the department's own units; a blank report form in the appendix.
    private static let departmentPlan = """
    UBND TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    SỞ TÀI CHÍNH | Độc lập - Tự do - Hạnh phúc |
    Số: 07/KH-STC | Cao Bằng, ngày 02 tháng 4 năm 2026 |
    KẾ HOẠCH
    Nâng cao chất lượng quản lý ngân sách xã
    I. NHIỆM VỤ TRỌNG TÂM
    1. Chuẩn hóa quy trình lập dự toán
    - Rà soát biểu mẫu dự toán của các xã.
    - Hướng dẫn cán bộ kế toán xã áp dụng biểu mẫu mới.
    Lãnh đạo phụ trách: Phó Giám đốc phụ trách ngân sách.
    Đơn vị chủ trì: Phòng Quản lý ngân sách; Đơn vị phối hợp: Văn phòng Sở, Thanh tra Sở.
    2. Kiểm tra việc sử dụng kinh phí
    - Kiểm tra chọn mẫu mười xã mỗi năm.
    Đơn vị chủ trì: Thanh tra Sở; Đơn vị phối hợp: Phòng Tin học và Thống kê.
    II. TỔ CHỨC THỰC HIỆN
    Các phòng báo cáo kết quả về Văn phòng Sở.
    PHỤ LỤC
    | TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Kết quả |
    |---|---|---|---|
    | | | | |
    | | | | |
    """

    @Test func themesWithTheirBulletsThenTheFieldsAreTasks() throws {
        let result = try read(Self.departmentPlan)
        #expect(result.plan.tasks.map(\.code) == ["1", "2"])
        let first = try #require(task(result, "1"))
        #expect(first.text == "Chuẩn hóa quy trình lập dự toán: Rà soát biểu mẫu dự toán của các xã. "
            + "Hướng dẫn cán bộ kế toán xã áp dụng biểu mẫu mới.")
        #expect(first.lead.map(\.printed) == ["Phòng Quản lý ngân sách"])
        #expect(first.cooperating.map(\.printed) == ["Văn phòng Sở", "Thanh tra Sở"])
        // The bullets are the task's text, not unread paragraphs.
        #expect(!result.warnings.contains { $0.kind == .unreadLine && (8...9).contains($0.line) }, "\(result.warnings)")
    }

    @Test func aDepartmentsOwnUnitsAreUnitsOfTheIssuer() throws {
        let result = try read(Self.departmentPlan)
        #expect(result.plan.identity.issuer == "Sở Tài chính")
        let units = result.plan.tasks.flatMap { $0.lead + $0.cooperating }
        #expect(units.count == 5)
        for unit in units {
            #expect(unit.parentID == "so-tai-chinh", "\(unit.printed)")
            #expect(unit.kind == .department)
        }
        // Known by their parent: not reported as unknown agencies.
        #expect(!result.warnings.contains { $0.kind == .unknownAgency }, "\(result.warnings)")
        // The same names in a province's plan are not the province's units: they stay unknown.
        let provincial = try read(Self.departmentPlan.replacingOccurrences(of: "SỞ TÀI CHÍNH | Độc lập", with: "| Độc lập")
            .replacingOccurrences(of: "UBND TỈNH CAO BẰNG |", with: "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG |")
            .replacingOccurrences(of: "07/KH-STC", with: "07/KH-UBND"))
        #expect(provincial.plan.identity.issuer == "Ủy ban nhân dân tỉnh Cao Bằng")
        #expect(provincial.plan.tasks.first?.lead.first?.parentID == nil)
    }
}
